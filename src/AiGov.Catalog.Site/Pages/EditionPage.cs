using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>An edition's own hierarchy as a navigable tree (sections, categories, sub-categories, risks, measure groups, measures, guidelines, appendices).</summary>
internal static class EditionPage
{
    public static SiteFile Render(SiteContext site, EditionCatalog edition)
    {
        var path = SiteUrls.EditionIndex(edition.Edition);
        var p = new PageBuilder(site, path, "Edition " + edition.Edition);
        var info = edition.Info;
        p.Line("<h1>Edition " + edition.Edition + ": " + PageBuilder.TitleInline(info.Title) + "</h1>");
        p.Line("<p>Released " + info.Released.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " · data " + Labels.Completeness(info.Completeness)
            + (info.CompletenessNote is { } n ? " (" + E(n) + ")" : string.Empty) + " · " + edition.Elements.Length + " elements.</p>");
        p.Line("<p>" + E(info.Summary) + "</p>");
        p.Line("<ul class=\"tools\">");
        p.Line("<li>" + p.Link(SiteUrls.Matrix(edition.Edition), "Stage × category matrix") + "</li>");
        p.Line("<li>" + p.Link(SiteUrls.Coverage(edition.Edition), "Coverage report: what the data lacks") + "</li>");
        p.Line("</ul>");
        p.Line("<h2>Contents</h2>");
        p.Line("<nav class=\"tree\" aria-label=\"Edition " + edition.Edition + " contents\">");
        p.Line("<ul>");
        foreach (var top in edition.Elements.Where(e => e.ParentId is null))
        {
            Node(p, top);
        }

        p.Line("</ul>");
        p.Line("</nav>");
        return new SiteFile(path, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home))));
    }

    private static void Node(PageBuilder p, CatalogElement element)
    {
        var children = element.Children;
        if (children.Length == 0)
        {
            p.Line("<li>" + p.ElementLink(element) + " <span class=\"kind\">" + E(Labels.Kind(element.Kind)) + "</span></li>");
            return;
        }

        p.Line("<li>" + p.ElementLink(element) + " <span class=\"kind\">" + E(Labels.Kind(element.Kind)) + " · " + children.Length + "</span>");
        p.Line("<ul>");
        foreach (var child in children)
        {
            Node(p, child);
        }

        p.Line("</ul>");
        p.Line("</li>");
    }
}
