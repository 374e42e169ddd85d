using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>The coverage report of an edition: elements by provenance, and every title, clause or page the data lacks.</summary>
internal static class CoveragePage
{
    public static SiteFile Render(SiteContext site, EditionCatalog edition)
    {
        var path = SiteUrls.Coverage(edition.Edition);
        var coverage = site.Catalog.Coverage(edition.Edition);
        var p = new PageBuilder(site, path, "Coverage, edition " + edition.Edition);
        p.Line("<h1>Coverage report, edition " + edition.Edition + "</h1>");
        p.Line("<p>Data " + Labels.Completeness(coverage.Completeness) + (coverage.CompletenessNote is { } n ? " — " + E(n) : string.Empty) + ". " + coverage.Total + " elements; " + coverage.Gaps.Length + " gaps.</p>");
        p.Line("<table>");
        p.Line("<caption>Elements by provenance</caption>");
        p.Line("<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Verified</th><th scope=\"col\">Partial</th><th scope=\"col\">Inferred</th><th scope=\"col\">Total</th></tr></thead>");
        p.Line("<tbody>");
        foreach (var c in coverage.Counts.Where(c => c.Total > 0))
        {
            p.Line("<tr><th scope=\"row\">" + E(Labels.Kind(c.Kind)) + "</th><td>" + c.Verified + "</td><td>" + c.Partial + "</td><td>" + c.Inferred + "</td><td>" + c.Total + "</td></tr>");
        }

        p.Line("</tbody>");
        p.Line("</table>");
        p.Line("<h2>What the data lacks</h2>");
        if (coverage.Gaps.Length == 0)
        {
            p.Line("<p>No gaps are recorded.</p>");
        }
        else
        {
            p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways on narrow screens)\">");
            p.Line("<table class=\"gaps\">");
            p.Line("<thead><tr><th scope=\"col\">Element</th><th scope=\"col\">Field</th><th scope=\"col\">Status</th><th scope=\"col\">Note</th></tr></thead>");
            p.Line("<tbody>");
            foreach (var gap in coverage.Gaps)
            {
                var who = gap.Element is { } e ? p.ElementLink(e) : E(gap.Clause ?? gap.ElementId ?? "edition");
                p.Line("<tr><td>" + who + "</td><td>" + E(gap.Field) + "</td><td>" + Labels.Gap(gap.Status) + "</td><td>" + E(gap.Note) + "</td></tr>");
            }

            p.Line("</tbody>");
            p.Line("</table>");
            p.Line("</div>");
        }

        return new SiteFile(path, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home), ("Edition " + edition.Edition, SiteUrls.EditionIndex(edition.Edition)))));
    }
}
