using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>The home page: the editions, the data version, completeness and how the data is sourced.</summary>
internal static class HomePage
{
    public static SiteFile Render(SiteContext site, IReadOnlyList<(Edition From, Edition To)> diffs)
    {
        var catalog = site.Catalog;
        var p = new PageBuilder(site, SiteUrls.Home, "AI Safety Governance Framework");
        p.Line("<h1><span lang=\"zh-Hans\" class=\"t-zh\">人工智能安全治理框架</span><span class=\"t-sep\" aria-hidden=\"true\"> · </span><span class=\"t-en\">AI Safety Governance Framework</span></h1>");
        p.Line("<p class=\"lead\">A browsable, bilingual edition of the framework published by TC260, generated from the AiGov catalogue (data version <strong>" + E(catalog.DataVersion) + "</strong>). "
            + "Every title shows where it comes from and how sure we are of it.</p>");
        p.Line("<h2>Editions</h2>");
        p.Line("<ul class=\"cards\">");
        foreach (var edition in catalog.Editions)
        {
            var info = edition.Info;
            var kinds = edition.Elements.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => g.Count() + " " + E(Labels.Plural(g.Key, g.Count())));
            p.Line("<li class=\"card\">");
            p.Line("<h3>" + p.Link(SiteUrls.EditionIndex(edition.Edition), "Edition " + edition.Edition) + "</h3>");
            p.Line("<p>" + PageBuilder.TitleInline(info.Title) + "</p>");
            p.Line("<p>Released " + info.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " by " + PageBuilder.TitleInline(info.Issuer) + ".</p>");
            p.Line("<p>Data: <strong>" + Labels.Completeness(info.Completeness) + "</strong>.</p>");
            if (info.CompletenessNote is { } n)
            {
                p.Line("<details><summary>What is known and what is missing</summary><p>" + E(n) + "</p></details>");
            }

            p.Line("<p class=\"small\">" + string.Join(", ", kinds) + ".</p>");
            p.Line("<p>" + p.Link(SiteUrls.Matrix(edition.Edition), "Stage × category matrix") + " · " + p.Link(SiteUrls.Coverage(edition.Edition), "Coverage report") + "</p>");
            p.Line("</li>");
        }

        p.Line("</ul>");
        if (diffs.Count > 0)
        {
            p.Line("<h2>What changed between editions</h2>");
            p.Line("<ul>");
            foreach (var (from, to) in diffs)
            {
                p.Line("<li>" + p.Link(SiteUrls.Diff(from, to), "Edition " + from + " → " + to) + "</li>");
            }

            p.Line("</ul>");
        }

        p.Line("<h2>How the data is sourced</h2>");
        p.Line("<p>Titles, clause numbers and page numbers are taken from the sources in the " + p.Link(SiteUrls.Sources, "source registry") + ", each rated for trust. "
            + "What no source confirms stays unknown instead of being guessed; English titles without an official text are marked as our translation. "
            + "Summaries are written by the catalogue's editors and never copy the framework's text.</p>");
        p.Line("<table>");
        p.Line("<caption>Sources by trust</caption>");
        p.Line("<thead><tr><th scope=\"col\">Trust</th><th scope=\"col\">Sources</th></tr></thead>");
        p.Line("<tbody>");
        foreach (var group in catalog.Sources.GroupBy(s => s.Trust).OrderBy(g => g.Key))
        {
            p.Line("<tr><td>" + Labels.Trust(group.Key) + "</td><td>" + string.Join(" ", group.Select(s => p.Link(SiteUrls.Sources + "#" + s.Id, E(s.Id)))) + "</td></tr>");
        }

        p.Line("</tbody>");
        p.Line("</table>");
        p.Legend();
        return new SiteFile(SiteUrls.Home, p.Finish(ImmutableArray<(string, string)>.Empty));
    }
}
