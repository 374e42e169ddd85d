using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>The stage × category matrix of an edition: how many risks each lifecycle stage touches in each category.</summary>
internal static class MatrixPage
{
    public static SiteFile Render(SiteContext site, EditionCatalog edition)
    {
        var path = SiteUrls.Matrix(edition.Edition);
        var matrix = site.Catalog.StageMatrix(edition.Edition);
        var p = new PageBuilder(site, path, "Stage × category matrix, edition " + edition.Edition);
        p.Line("<h1>Stage × category matrix, edition " + edition.Edition + "</h1>");
        p.Line("<p>Risks by lifecycle stage and risk category: " + matrix.NormativeStageMappings + " normative and " + matrix.EditorialStageMappings
            + " editorial stage mappings. Most mappings are editorial: the framework rarely names a stage.</p>");
        p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways on narrow screens)\">");
        p.Line("<table class=\"matrix\">");
        p.Line("<thead><tr><th scope=\"col\">Stage</th>");
        foreach (var col in matrix.Columns)
        {
            p.Line("<th scope=\"col\">" + (col.Category is { } cat ? p.Link(SiteUrls.Element(cat), E(col.Label)) : E(col.Label)) + "<br><span class=\"t-zh\" lang=\"zh-Hans\">" + E(col.TitleZh) + "</span><span class=\"t-sep\" aria-hidden=\"true\"> </span><span class=\"t-en\">" + E(col.TitleEn) + "</span></th>");
        }

        p.Line("<th scope=\"col\">Total</th></tr></thead>");
        p.Line("<tbody>");
        foreach (var row in matrix.Rows)
        {
            p.Line("<tr><th scope=\"row\" class=\"depth-" + row.Depth + "\"><span class=\"t-zh\" lang=\"zh-Hans\">" + E(row.Stage.TitleZh) + "</span><span class=\"t-sep\" aria-hidden=\"true\"> · </span><span class=\"t-en\">" + E(row.Stage.TitleEn) + "</span></th>");
            foreach (var cell in row.Cells)
            {
                p.Line(cell.Count == 0
                    ? "<td class=\"zero\">0</td>"
                    : "<td><details><summary>" + cell.Count + "</summary>" + string.Join(" ", cell.Risks.Select(r => p.Link(SiteUrls.Element(r), E(r.Clause ?? SiteUrls.LocalId(r))))) + "</details></td>");
            }

            p.Line("<td>" + row.Total + "</td></tr>");
        }

        p.Line("</tbody>");
        p.Line("</table>");
        p.Line("</div>");
        if (matrix.Unstaged.Length > 0)
        {
            p.Line("<h2>Risks with no stage</h2>");
            p.Line("<ul>");
            foreach (var r in matrix.Unstaged)
            {
                p.Line("<li>" + p.ElementLink(r) + "</li>");
            }

            p.Line("</ul>");
        }

        return new SiteFile(path, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home), ("Edition " + edition.Edition, SiteUrls.EditionIndex(edition.Edition)))));
    }
}
