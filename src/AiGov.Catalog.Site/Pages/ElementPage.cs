using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>One element's page: clause, both titles with their status, pages, summary, risks ↔ measures, stages, actors, related instruments, crosswalk mappings, counterparts, provenance.</summary>
internal static class ElementPage
{
    public static SiteFile Render(SiteContext site, CatalogElement element, IReadOnlyList<Edition> connected)
    {
        var path = SiteUrls.Element(element);
        var p = new PageBuilder(site, path, (element.Clause ?? SiteUrls.LocalId(element)) + " " + (element.Title.Display ?? element.Key) + " (" + element.Edition + ")");
        var crumbs = ImmutableArray.CreateBuilder<(string, string)>();
        crumbs.Add(("Home", SiteUrls.Home));
        crumbs.Add(("Edition " + element.Edition, SiteUrls.EditionIndex(element.Edition)));
        var ancestors = new List<CatalogElement>();
        for (var a = element.Parent; a is not null; a = a.Parent)
        {
            ancestors.Insert(0, a);
        }

        foreach (var a in ancestors)
        {
            crumbs.Add((E(a.Clause ?? SiteUrls.LocalId(a)), SiteUrls.Element(a)));
        }

        p.Line("<article class=\"element kind-" + Labels.Kind(element.Kind).ToLowerInvariant().Replace(' ', '-') + "\">");
        p.Line("<p class=\"kicker\">" + E(Labels.Kind(element.Kind)) + " · edition " + element.Edition + "</p>");
        p.Line("<h1>" + (element.Clause is { } c ? "<span class=\"id\">" + E(c) + "</span> " : string.Empty) + PageBuilder.TitleInline(element.Title) + "</h1>");

        p.Line("<dl class=\"facts\">");
        p.Line("<dt>ID</dt><dd><code>" + E(element.Id) + "</code> · key <code>" + E(element.Key) + "</code></dd>");
        p.Line("<dt>Clause</dt><dd>" + (element.Clause is { } clause ? E(clause) : "<span class=\"missing\">unknown</span>")
            + (element.ClauseStatus is { } cs ? " <span class=\"prov p-" + Labels.Provenance(cs) + "\" title=\"" + E(Labels.ProvenanceMeaning(cs)) + "\">" + Labels.Provenance(cs) + "</span>" : string.Empty) + "</dd>");
        TitleRow(p, "Chinese title", "zh-Hans", "t-zh", element.Title.Zh);
        TitleRow(p, "English title", "en", "t-en", element.Title.En);
        p.Line("<dt>Pages</dt><dd>" + PagesText(element.Pages) + "</dd>");
        if (element is Risk risk)
        {
            p.Line("<dt>Category</dt><dd>" + p.ElementLink(risk.Category) + "</dd>");
            p.Line("<dt>Sub-category</dt><dd>" + p.ElementLink(risk.Subcategory) + "</dd>");
            p.Line("<dt>Risk area</dt><dd><span lang=\"zh-Hans\" class=\"t-zh\">" + E(risk.Area.TitleZh) + "</span><span class=\"t-sep\" aria-hidden=\"true\"> · </span><span class=\"t-en\">" + E(risk.Area.TitleEn) + "</span> " + PageBuilder.BasisMark(risk.AreaBasis) + "</dd>");
        }

        p.Line("</dl>");

        p.Line("<h2>Summary</h2>");
        p.Line("<p class=\"summary\">" + E(element.Summary) + "</p>");
        if (element.Notes is { } notes)
        {
            p.Line("<p class=\"note\">" + E(notes) + "</p>");
        }

        if (element.Aliases.Length > 0)
        {
            p.Line("<h2>Also known as</h2>");
            p.Line("<ul>");
            foreach (var alias in element.Aliases)
            {
                p.Line("<li>" + E(alias.Text) + (alias.Sources.Length > 0 ? " " + SourceLinks(p, alias.Sources) : string.Empty) + (alias.Note is { } n ? " — " + E(n) : string.Empty) + "</li>");
            }

            p.Line("</ul>");
        }

        if (element.Children.Length > 0)
        {
            p.Line("<h2>Contents</h2>");
            p.Line("<ul class=\"children\">");
            foreach (var child in element.Children)
            {
                p.Line("<li>" + p.ElementLink(child) + "</li>");
            }

            p.Line("</ul>");
        }

        if (element is Risk r)
        {
            p.Line("<h2>Measures that address this risk</h2>");
            if (r.Measures.Length == 0)
            {
                p.Line("<p>No measure of this edition names this risk." + (r.UnaddressedNote is { } un ? " " + E(un) : string.Empty) + "</p>");
            }
            else
            {
                p.Line("<ul>");
                foreach (var m in r.Measures)
                {
                    var address = m.Addresses.FirstOrDefault(x => x.TargetId == r.Id || x.TargetId == r.Subcategory.Id || x.TargetId == r.Category.Id);
                    p.Line("<li>" + p.ElementLink(m) + (address is not null ? " " + PageBuilder.BasisMark(address.Basis) : string.Empty) + "</li>");
                }

                p.Line("</ul>");
            }
        }

        if (element is Measure measure)
        {
            p.Line("<h2>Risks this measure addresses</h2>");
            if (measure.Addresses.Length == 0)
            {
                p.Line("<p>The catalogue maps this measure to no risk.</p>");
            }
            else
            {
                p.Line("<ul>");
                foreach (var address in measure.Addresses)
                {
                    var target = element.Catalog.Find(address.TargetId);
                    p.Line("<li>" + (target is null ? "<code>" + E(address.TargetId) + "</code>" : p.ElementLink(target)) + " " + PageBuilder.BasisMark(address.Basis)
                        + (address.Note is { } an ? " <span class=\"note\">" + E(an) + "</span>" : string.Empty) + "</li>");
                }

                p.Line("</ul>");
            }
        }

        if (element.Stages.Length > 0)
        {
            p.Line("<h2>Lifecycle stages</h2>");
            p.Line("<ul class=\"mapped\">");
            foreach (var s in element.Stages)
            {
                p.Line("<li>" + Term(s.Stage) + " " + PageBuilder.BasisMark(s.Basis) + (s.Note is { } sn ? " <span class=\"note\">" + E(sn) + "</span>" : string.Empty) + "</li>");
            }

            p.Line("</ul>");
        }

        if (element.Actors.Length > 0)
        {
            p.Line("<h2>Actors</h2>");
            p.Line("<ul class=\"mapped\">");
            foreach (var a in element.Actors)
            {
                p.Line("<li>" + Term(a.Actor) + " " + PageBuilder.BasisMark(a.Basis) + (a.Note is { } an ? " <span class=\"note\">" + E(an) + "</span>" : string.Empty) + "</li>");
            }

            p.Line("</ul>");
        }

        var instruments = site.Catalog.InstrumentLinksFor(element);
        if (instruments.Length > 0)
        {
            p.Line("<h2>Related instruments</h2>");
            p.Line("<ul>");
            foreach (var link in instruments)
            {
                p.Line("<li>" + p.Link(SiteUrls.Instruments + "#" + link.InstrumentKey, "<span class=\"t-zh\" lang=\"zh-Hans\">" + E(link.Instrument.TitleZh.Value ?? link.InstrumentKey) + "</span>"
                    + "<span class=\"t-sep\" aria-hidden=\"true\"> · </span><span class=\"t-en\" lang=\"en\">" + E(link.Instrument.TitleEn.Value ?? link.InstrumentKey) + "</span>")
                    + " — " + E(InstrumentsPage.Relation(link)) + " " + PageBuilder.BasisMark(link.Basis) + "</li>");
            }

            p.Line("</ul>");
        }

        CrosswalksPage.ElementSection(site, p, element);
        Counterparts(site, p, element, connected);
        Provenance(site, p, element.Provenance, element.Title);
        p.Legend();
        p.Line("</article>");
        return new SiteFile(path, p.Finish(crumbs.ToImmutable()));
    }

    private static void TitleRow(PageBuilder p, string label, string lang, string cls, TitleText title)
    {
        p.Line("<dt>" + label + "</dt><dd class=\"" + cls + "-row\">" + (title.Text is { } t ? "<span lang=\"" + lang + "\">" + E(t) + "</span>" : "<span class=\"missing\">unknown</span>")
            + " " + PageBuilder.Badge(title.Status)
            + (title.Sources.Length > 0 ? " " + SourceLinks(p, title.Sources) : string.Empty)
            + (title.Note is { } n ? " <span class=\"note\">" + E(n) + "</span>" : string.Empty) + "</dd>");
    }

    internal static string PagesText(AiGov.Catalog.Pages? pages)
    {
        if (pages is null || (pages.Zh is null && pages.En is null))
        {
            return "<span class=\"missing\">unknown</span>" + (pages?.Note is { } n0 ? " <span class=\"note\">" + E(n0) + "</span>" : string.Empty);
        }

        return "Chinese text " + Range(pages.Zh) + " · English text " + Range(pages.En) + (pages.Note is { } n ? " <span class=\"note\">" + E(n) + "</span>" : string.Empty);
    }

    private static string Range(PageRange? range) => range is { } r
        ? (r.First == r.Last ? "p. " + r.First : "pp. " + r.First + "–" + r.Last)
        : "<span class=\"missing\">unknown</span>";

    private static string Term(VocabularyTerm term) =>
        "<span class=\"t-zh\" lang=\"zh-Hans\">" + E(term.TitleZh) + "</span><span class=\"t-sep\" aria-hidden=\"true\"> · </span><span class=\"t-en\">" + E(term.TitleEn) + "</span>";

    internal static string SourceLinks(PageBuilder p, ImmutableArray<string> sources) =>
        "<span class=\"srcs\">" + string.Join(" ", sources.Select(s => p.Link(SiteUrls.Sources + "#" + s, E(s), "src"))) + "</span>";

    private static void Counterparts(SiteContext site, PageBuilder p, CatalogElement element, IReadOnlyList<Edition> connected)
    {
        var any = false;
        foreach (var edition in connected)
        {
            if (edition == element.Edition)
            {
                continue;
            }

            var counterparts = edition < element.Edition ? site.Catalog.Predecessors(element, edition) : site.Catalog.Successors(element, edition);
            if (!any)
            {
                p.Line("<h2>In other editions</h2>");
                any = true;
            }

            p.Line("<h3>Edition " + edition + "</h3>");
            if (counterparts.Length == 0)
            {
                p.Line("<p>No counterpart in edition " + edition + " (" + (edition < element.Edition ? "added after it" : "removed or not tracked") + ").</p>");
                continue;
            }

            p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Counterparts in edition " + edition + "\">");
            p.Line("<table class=\"counterparts\">");
            p.Line("<thead><tr><th scope=\"col\">Element</th><th scope=\"col\">Change</th><th scope=\"col\">Confidence</th><th scope=\"col\">Basis</th></tr></thead>");
            p.Line("<tbody>");
            foreach (var cp in counterparts)
            {
                p.Line("<tr><td>" + p.ElementLink(cp.Element) + "</td><td>" + E(Labels.Change(cp.ChangeKind)) + "</td><td>" + Labels.Confidence(cp.Confidence) + "</td><td>"
                    + (cp.Basis is { } b ? PageBuilder.BasisMark(b) : "—") + "</td></tr>");
            }

            p.Line("</tbody>");
            p.Line("</table>");
            p.Line("</div>");
        }
    }

    private static void Provenance(SiteContext site, PageBuilder p, Provenance provenance, Title title)
    {
        p.Line("<h2>Provenance</h2>");
        p.Line("<p><span class=\"prov p-" + Labels.Provenance(provenance.Status) + "\">" + Labels.Provenance(provenance.Status) + "</span> " + E(Labels.ProvenanceMeaning(provenance.Status))
            + (provenance.Note is { } n ? " " + E(n) : string.Empty) + "</p>");
        var ids = provenance.Sources.Concat(title.Zh.Sources).Concat(title.En.Sources).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Sources of this element\">");
        p.Line("<table class=\"sources\">");
        p.Line("<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Title</th><th scope=\"col\">Trust</th></tr></thead>");
        p.Line("<tbody>");
        foreach (var id in ids)
        {
            var source = site.Catalog.FindSource(id);
            p.Line("<tr><td>" + p.Link(SiteUrls.Sources + "#" + id, E(id)) + "</td><td>" + E(source?.Title ?? "(not in the registry)") + "</td><td>"
                + (source is null ? "—" : "<span class=\"trust tr-" + source.Trust.ToString().ToLowerInvariant() + "\">" + Labels.Trust(source.Trust) + "</span>") + "</td></tr>");
        }

        p.Line("</tbody>");
        p.Line("</table>");
        p.Line("</div>");
    }
}
