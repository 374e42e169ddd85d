using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>The source registry: every document the data relies on, with its trust level.</summary>
internal static class SourcesPage
{
    public static SiteFile Render(SiteContext site)
    {
        var p = new PageBuilder(site, SiteUrls.Sources, "Source registry");
        p.Line("<h1>Source registry</h1>");
        p.Line("<p>Every document the catalogue relies on. Trust, from highest: official, official platform commentary, reputable secondary, secondary, low.</p>");
        p.Line("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways on narrow screens)\">");
        p.Line("<table class=\"registry\">");
        p.Line("<thead><tr><th scope=\"col\">ID</th><th scope=\"col\">Title</th><th scope=\"col\">Trust</th><th scope=\"col\">Editions</th><th scope=\"col\">Used for</th><th scope=\"col\">Location</th></tr></thead>");
        p.Line("<tbody>");
        foreach (var s in site.Catalog.Sources)
        {
            p.Line("<tr id=\"" + E(s.Id) + "\"><th scope=\"row\">" + E(s.Id) + "</th><td>" + E(s.Title) + "</td><td><span class=\"trust tr-" + s.Trust.ToString().ToLowerInvariant() + "\">" + Labels.Trust(s.Trust) + "</span></td><td>"
                + string.Join(", ", s.Editions.Select(e => e.ToString())) + "</td><td>" + E(s.UsedFor) + (s.Note is { } n ? " <span class=\"note\">" + E(n) + "</span>" : string.Empty) + "</td><td class=\"loc\">" + E(s.Location) + "</td></tr>");
        }

        p.Line("</tbody>");
        p.Line("</table>");
        p.Line("</div>");
        return new SiteFile(SiteUrls.Sources, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home))));
    }
}
