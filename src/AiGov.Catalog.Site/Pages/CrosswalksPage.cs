using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>
/// The crosswalks: an index of the target frameworks and mapping sets, and a page per framework version with its
/// registry facts and its terms, each with the catalogue elements mapped to it (considered non-matches shown as such).
/// </summary>
internal static class CrosswalksPage
{
    public static SiteFile RenderIndex(SiteContext site)
    {
        var catalog = site.Catalog;
        var p = new PageBuilder(site, SiteUrls.Crosswalks, "Crosswalks");
        p.Line("<h1>Crosswalks</h1>");
        p.Line("<p>How the framework's elements relate to the frameworks compliance teams already use. Each row of a mapping set relates one element of one edition "
            + "to one term of one framework version, with a SKOS predicate, a confidence and a one-line rationale in the editors' own words. "
            + "A considered non-match is recorded as such; an element with no row for a framework has not been looked at yet. "
            + "Target terms are shown by ID and title only.</p>");
        p.Line("<h2>Target frameworks</h2>");
        p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Target frameworks\">");
        p.Line("<table class=\"frameworks\">");
        p.Line("<thead><tr><th scope=\"col\">Framework</th><th scope=\"col\">Version</th><th scope=\"col\">Publisher</th><th scope=\"col\">Terms</th><th scope=\"col\">Rows mapped to it</th></tr></thead>");
        p.Line("<tbody>");
        foreach (var framework in catalog.Frameworks)
        {
            p.Line("<tr><td>" + p.Link(SiteUrls.Framework(framework), E(framework.Title)) + "</td><td><code>" + E(framework.Id + "@" + framework.Version) + "</code></td><td>"
                + E(framework.Publisher) + "</td><td>" + framework.Terms.Length + "</td><td>" + RowsTo(catalog, framework).Length + "</td></tr>");
        }

        p.Line("</tbody>");
        p.Line("</table>");
        p.Line("</div>");
        p.Line("<h2>Mapping sets</h2>");
        if (catalog.MappingSets.IsEmpty)
        {
            p.Line("<p>No mapping set yet.</p>");
        }
        else
        {
            p.Line("<ul class=\"sets\">");
            foreach (var set in catalog.MappingSets)
            {
                p.Line("<li>" + SetLine(p, set) + "</li>");
            }

            p.Line("</ul>");
        }

        return new SiteFile(SiteUrls.Crosswalks, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home))));
    }

    public static SiteFile RenderFramework(SiteContext site, TargetFramework framework)
    {
        var catalog = site.Catalog;
        var path = SiteUrls.Framework(framework);
        var p = new PageBuilder(site, path, framework.Title);
        var rows = RowsTo(catalog, framework);
        p.Line("<p class=\"kicker\">Target framework · <code>" + E(framework.Id + "@" + framework.Version) + "</code></p>");
        p.Line("<h1>" + E(framework.Title) + "</h1>");
        p.Line("<dl class=\"facts\">");
        p.Line("<dt>ID</dt><dd><code>" + E(framework.Id) + "</code> · version <code>" + E(framework.Version) + "</code></dd>");
        p.Line("<dt>Publisher</dt><dd>" + E(framework.Publisher) + "</dd>");
        p.Line("<dt>Licence</dt><dd>" + E(framework.Licence) + "</dd>");
        p.Line("<dt>Citation</dt><dd>" + E(framework.Citation) + "</dd>");
        p.Line("<dt>Location</dt><dd><code class=\"url\">" + E(framework.Url) + "</code></dd>");
        p.Line("<dt>Terms</dt><dd>" + framework.Terms.Length + " · " + rows.Length + " rows map catalogue elements to them</dd>");
        p.Line("</dl>");

        var sets = catalog.MappingSets.Where(s => ReferenceEquals(s.Framework, framework)).ToList();
        p.Line("<h2>Mapping sets</h2>");
        if (sets.Count == 0)
        {
            p.Line("<p>No mapping set to this framework version yet: no element has been looked at for it.</p>");
        }
        else
        {
            p.Line("<ul class=\"sets\">");
            foreach (var set in sets)
            {
                p.Line("<li>" + SetLine(p, set) + "</li>");
            }

            p.Line("</ul>");
        }

        p.Line("<h2>Terms</h2>");
        p.Line("<p>Each term with the catalogue elements mapped to it, read from the element's side (\"the element falls under the term\"). "
            + "A term with no row has not been mapped from any element.</p>");
        p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Terms of " + E(framework.Id + "@" + framework.Version) + "\">");
        p.Line("<table class=\"terms\">");
        p.Line("<thead><tr><th scope=\"col\">Term</th><th scope=\"col\">Level</th><th scope=\"col\">Title</th><th scope=\"col\">Mapped from</th></tr></thead>");
        p.Line("<tbody>");
        foreach (var term in framework.Terms)
        {
            var mapped = catalog.MappedFrom(framework.Id + "@" + framework.Version, term.Id);
            var cell = mapped.IsEmpty
                ? "<span class=\"missing\">—</span>"
                : "<ul class=\"mapped-from\">" + string.Join(string.Empty, mapped.Select(m => "<li>" + MappedFromItem(p, catalog, m) + "</li>")) + "</ul>";
            p.Line("<tr id=\"" + SiteUrls.TermAnchor(term) + "\"><th scope=\"row\"><code>" + E(term.PinnedId) + "</code></th><td>" + E(term.Kind) + "</td><td>"
                + (term.Label.Length == 0 ? "<span class=\"missing\">no title</span>" : E(term.Label)) + "</td><td>" + cell + "</td></tr>");
        }

        p.Line("</tbody>");
        p.Line("</table>");
        p.Line("</div>");
        return new SiteFile(path, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home), ("Crosswalks", SiteUrls.Crosswalks))));
    }

    /// <summary>The "Mappings" section of an element's page: its rows grouped by mapping set, with the set's credit.</summary>
    public static void ElementSection(SiteContext site, PageBuilder p, CatalogElement element)
    {
        var rows = site.Catalog.MappingsOf(element);
        if (rows.IsEmpty)
        {
            return;
        }

        p.Line("<h2 id=\"mappings\">Mappings</h2>");
        p.Line("<p>How this element relates to terms of other frameworks (" + p.Link(SiteUrls.Crosswalks, "crosswalks") + "). Read as \"this element … the term\".</p>");
        var sets = new List<MappingSet>();
        foreach (var row in rows)
        {
            if (!sets.Contains(row.Set))
            {
                sets.Add(row.Set);
            }
        }

        foreach (var set in sets)
        {
            var framework = set.Framework;
            p.Line("<section class=\"mapping-set\" aria-labelledby=\"ms-" + E(set.Id) + "\">");
            p.Line("<h3 id=\"ms-" + E(set.Id) + "\">" + p.Link(SiteUrls.Framework(framework), E(framework.Title)) + "</h3>");
            p.Line("<p class=\"small\">" + Credit(set) + "</p>");
            p.Line("<ul class=\"mappings\">");
            foreach (var row in rows)
            {
                if (!ReferenceEquals(row.Set, set))
                {
                    continue;
                }

                p.Line("<li><span class=\"pred" + (row.IsNegated ? " negated" : string.Empty) + "\" title=\"" + E((row.IsNegated ? "not " : string.Empty) + row.Predicate.ToCurie()) + "\">"
                    + E(Labels.Predicate(row)) + "</span> "
                    + p.Link(SiteUrls.Term(row.Term), "<code>" + E(row.Term.PinnedId) + "</code>") + (row.Term.Label.Length == 0 ? string.Empty : " " + E(row.Term.Label))
                    + " · " + Labels.MappingConfidence(row.Confidence)
                    + " · by " + E(row.Author)
                    + (row.Evidence is { } evidence ? " (evidence " + E(evidence) + ")" : string.Empty)
                    + "<br><span class=\"note\">" + E(row.Rationale) + "</span></li>");
            }

            p.Line("</ul>");
            p.Line("</section>");
        }
    }

    private static string MappedFromItem(PageBuilder p, GovernanceCatalog catalog, CrosswalkMapping row)
    {
        var element = catalog.Find(row.SubjectId);
        var subject = element is null ? "<code>" + E(row.SubjectId) + "</code>" : "Edition " + element.Edition + ": " + p.ElementLink(element);
        return subject + " <span class=\"pred" + (row.IsNegated ? " negated" : string.Empty) + "\">" + E(Labels.Predicate(row)) + "</span>"
            + " · " + Labels.MappingConfidence(row.Confidence) + " · by " + E(row.Author);
    }

    /// <summary>Who made a set, under what licence, and how to cite it when others made it (MIT's codings).</summary>
    private static string Credit(MappingSet set) =>
        "Mapping set <code>" + E(set.Id) + "</code> (version " + E(set.Version) + ", " + E(set.Date) + ") by " + E(string.Join(", ", set.Authors))
        + ", licence " + E(Labels.Licence(set.Licence)) + "."
        + (set.Citation is { } citation ? " Cite: " + E(citation) : string.Empty);

    private static string SetLine(PageBuilder p, MappingSet set) =>
        "Edition " + set.Edition + " → " + p.Link(SiteUrls.Framework(set.Framework), "<code>" + E(set.Framework.Id + "@" + set.Framework.Version) + "</code>")
        + ": " + E(set.Title) + " (" + set.Mappings.Length + " rows). <span class=\"small\">" + Credit(set) + "</span>";

    private static ImmutableArray<CrosswalkMapping> RowsTo(GovernanceCatalog catalog, TargetFramework framework) =>
        catalog.Crosswalk(framework.Id + "@" + framework.Version);
}
