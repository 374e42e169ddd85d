using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>What changed between two editions, one section per change kind; without JavaScript the sections are the filter, with it checkboxes hide kinds.</summary>
internal static class DiffPage
{
    public static SiteFile Render(SiteContext site, EditionDiff diff)
    {
        var path = SiteUrls.Diff(diff.From, diff.To);
        var p = new PageBuilder(site, path, "Changes from edition " + diff.From + " to " + diff.To);
        p.Line("<h1>Changes from edition " + diff.From + " to " + diff.To + "</h1>");
        p.Line("<p>" + diff.Entries.Length + " entries from the catalogue's lineage between the editions. Each entry says how sure the mapping is (confidence) and whether the framework states it (normative) or the editors read it so (editorial).</p>");
        var kinds = EditionDiff.AllChangeKinds.Where(k => diff.Count(k) > 0).ToList();
        p.Line("<nav class=\"jump\" aria-label=\"Change kinds\">");
        p.Line("<ul>");
        foreach (var k in kinds)
        {
            p.Line("<li><a href=\"#" + Labels.Slug(k) + "\">" + Labels.Change(k) + " (" + diff.Count(k) + ")</a></li>");
        }

        p.Line("</ul>");
        p.Line("</nav>");
        p.Line("<fieldset class=\"filter\" hidden>");
        p.Line("<legend>Show change kinds</legend>");
        foreach (var k in kinds)
        {
            var slug = Labels.Slug(k);
            p.Line("<label><input type=\"checkbox\" name=\"kind\" value=\"" + slug + "\" checked> " + Labels.Change(k) + " <span class=\"count\">(" + diff.Count(k) + ")</span></label>");
        }

        p.Line("</fieldset>");
        foreach (var k in kinds)
        {
            var slug = Labels.Slug(k);
            p.Line("<section class=\"change-kind\" data-kind=\"" + slug + "\" aria-labelledby=\"" + slug + "\">");
            p.Line("<h2 id=\"" + slug + "\">" + Labels.Change(k) + " <span class=\"count\">(" + diff.Count(k) + ")</span></h2>");
            p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways on narrow screens)\">");
            p.Line("<table class=\"diff\">");
            p.Line("<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Edition " + diff.From + "</th><th scope=\"col\">Edition " + diff.To + "</th><th scope=\"col\">Confidence</th><th scope=\"col\">Details</th></tr></thead>");
            p.Line("<tbody>");
            foreach (var entry in diff.Entries.Where(e => e.ChangeKind == k))
            {
                var details = string.Join("<br>", entry.FieldChanges.Select(f => "<span class=\"field\">" + E(f.Field) + "</span>: " + E(f.Before ?? "—") + " → " + E(f.After ?? "—")));
                if (entry.Also.Length > 0)
                {
                    details += (details.Length > 0 ? "<br>" : string.Empty) + "also " + string.Join(", ", entry.Also.Select(Labels.Change));
                }

                if (Mappings(diff, entry.Mappings) is { Length: > 0 } mappings)
                {
                    details += (details.Length > 0 ? "<br>" : string.Empty) + mappings;
                }

                if (entry.Note is { } note)
                {
                    details += (details.Length > 0 ? "<br>" : string.Empty) + "<span class=\"note\">" + E(note) + "</span>";
                }

                p.Line("<tr><td>" + E(Labels.Kind(entry.Kind)) + "</td><td>" + Elements(p, entry.Before) + "</td><td>" + Elements(p, entry.After) + "</td><td>" + Labels.Confidence(entry.Confidence)
                    + (entry.Basis is { } b ? " " + PageBuilder.BasisMark(b) : string.Empty) + "</td><td>" + details + "</td></tr>");
            }

            p.Line("</tbody>");
            p.Line("</table>");
            p.Line("</div>");
            p.Line("</section>");
        }

        return new SiteFile(path, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home))));
    }

    /// <summary>The crosswalk rows that changed: new and dropped ones, those the other edition has not mapped, and how many are shared.</summary>
    private static string Mappings(EditionDiff diff, MappingChanges changes)
    {
        var parts = new System.Collections.Generic.List<(string Label, string Html)>();
        if (!changes.New.IsEmpty)
        {
            parts.Add(("mappings new in " + diff.To, Rows(changes.New)));
        }

        if (!changes.Dropped.IsEmpty)
        {
            parts.Add(("mappings dropped from " + diff.From, Rows(changes.Dropped)));
        }

        if (!changes.NotComparedBefore.IsEmpty)
        {
            parts.Add(("mappings of " + diff.From + " not compared (" + diff.To + " not mapped to the framework yet)", Rows(changes.NotComparedBefore)));
        }

        if (!changes.NotComparedAfter.IsEmpty)
        {
            parts.Add(("mappings of " + diff.To + " not compared (" + diff.From + " not mapped to the framework yet)", Rows(changes.NotComparedAfter)));
        }

        if (!changes.Shared.IsEmpty)
        {
            parts.Add(("mappings shared", changes.Shared.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return string.Join("<br>", parts.Select(x => "<span class=\"field\">" + E(x.Label) + "</span>: " + x.Html));
    }

    private static string Rows(ImmutableArray<CrosswalkMapping> rows) =>
        string.Join(", ", rows.Select(r => "<code>" + E(r.Set.Framework.Id + ":" + r.Term.PinnedId) + "</code> " + (r.IsNegated ? "not " : string.Empty) + E(r.Predicate.ToCurie().Substring(5))));

    private static string Elements(PageBuilder p, ImmutableArray<CatalogElement> elements) =>
        elements.Length == 0 ? "—" : string.Join("<br>", elements.Select(p.ElementLink));
}
