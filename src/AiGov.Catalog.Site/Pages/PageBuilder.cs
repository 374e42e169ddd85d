using System.Collections.Immutable;
using System.Text;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>Builds one page: the shared shell (head, header with navigation, language switch and search, footer) around its content.</summary>
internal sealed class PageBuilder
{
    private readonly SiteContext _site;
    private readonly string _title;

    public PageBuilder(SiteContext site, string path, string title)
    {
        _site = site;
        Path = path;
        _title = title;
        Root = SiteUrls.RootFrom(path);
    }

    public string Path { get; }

    /// <summary>The prefix from this page to the site root.</summary>
    public string Root { get; }

    /// <summary>The page's content (inside <c>main</c>).</summary>
    public StringBuilder B { get; } = new();

    /// <summary>The relative URL from this page to a path of the site: short within the page's folder, else via the root.</summary>
    public string Href(string target)
    {
        var slash = Path.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : Path.Substring(0, slash + 1);
        return E(folder.Length > 0 && target.StartsWith(folder, System.StringComparison.Ordinal) ? target.Substring(folder.Length) : Root + target);
    }

    public PageBuilder Raw(string html)
    {
        B.Append(html);
        return this;
    }

    public PageBuilder Line(string html)
    {
        B.Append(html).Append('\n');
        return this;
    }

    public string Link(string target, string html, string? cls = null) =>
        "<a href=\"" + Href(target) + "\"" + (cls is null ? string.Empty : " class=\"" + cls + "\"") + ">" + html + "</a>";

    public string ElementLink(CatalogElement element) =>
        Link(SiteUrls.Element(element), "<span class=\"id\">" + E(element.Clause ?? SiteUrls.LocalId(element)) + "</span> " + TitleInline(element.Title));

    /// <summary>Both titles inline; the language switch hides one of them.</summary>
    public static string TitleInline(Title title)
    {
        var zh = title.Zh.Text;
        var en = title.En.Text;
        var b = new StringBuilder();
        b.Append("<span class=\"t-zh\" lang=\"zh-Hans\">").Append(zh is null ? "<span class=\"missing\" lang=\"en\">(Chinese title unknown)</span>" : E(zh) + Caveat(title.Zh.Status)).Append("</span>");
        b.Append("<span class=\"t-sep\" aria-hidden=\"true\"> · </span>");
        b.Append("<span class=\"t-en\" lang=\"en\">").Append(en is null ? "<span class=\"missing\">(English title unknown)</span>" : E(en) + Caveat(title.En.Status)).Append("</span>");
        return b.ToString();
    }

    /// <summary>
    /// The caveat an inline title keeps wherever it is shown (lists, trees, links): a partial title is "(unconfirmed)",
    /// our own English rendering "(our translation)", as in <c>aigov</c> and <c>Title.ToString()</c>; a verified title has
    /// none. Plain text, because inline titles sit inside links.
    /// </summary>
    private static string Caveat(TitleStatus status) => status switch
    {
        TitleStatus.Partial => " <span class=\"caveat\" lang=\"en\" title=\"" + E(Labels.TitleStatusMeaning(status)) + "\">(unconfirmed)</span>",
        TitleStatus.Translation => " <span class=\"caveat\" lang=\"en\" title=\"" + E(Labels.TitleStatusMeaning(status)) + "\">(our translation)</span>",
        _ => string.Empty,
    };

    /// <summary>A title status badge: the meaning shows on hover (title attribute and a visible tip) and it links to the legend.</summary>
    public static string Badge(TitleStatus status)
    {
        var slug = Labels.TitleStatusSlug(status);
        var meaning = E(Labels.TitleStatusMeaning(status));
        return "<a class=\"badge b-" + slug + "\" href=\"#legend\" title=\"" + meaning + "\" data-tip=\"" + meaning + "\">" + E(Labels.TitleStatusLabel(status)) + "</a>";
    }

    public static string BasisMark(MappingBasis basis)
    {
        var meaning = E(Labels.BasisMeaning(basis));
        return "<span class=\"mark m-" + Labels.Basis(basis) + "\" title=\"" + meaning + "\">" + Labels.Basis(basis) + "</span>";
    }

    /// <summary>The legend of title statuses and mapping bases (the target of every badge).</summary>
    public void Legend()
    {
        Line("<section class=\"legend\" aria-labelledby=\"legend\">");
        Line("<h2 id=\"legend\">Legend</h2>");
        Line("<dl>");
        foreach (var status in new[] { TitleStatus.Verified, TitleStatus.Partial, TitleStatus.Translation, TitleStatus.Unknown })
        {
            var slug = Labels.TitleStatusSlug(status);
            Line("<dt><span class=\"badge b-" + slug + "\">" + E(Labels.TitleStatusLabel(status)) + "</span></dt><dd>" + E(Labels.TitleStatusMeaning(status)) + "</dd>");
        }

        foreach (var basis in new[] { MappingBasis.Normative, MappingBasis.StatedBySource, MappingBasis.Editorial })
        {
            Line("<dt><span class=\"mark m-" + Labels.Basis(basis) + "\">" + Labels.Basis(basis) + "</span></dt><dd>" + E(Labels.BasisMeaning(basis)) + "</dd>");
        }

        Line("</dl>");
        Line("</section>");
    }

    public string Finish(ImmutableArray<(string Label, string Path)> breadcrumb)
    {
        var h = new StringBuilder(B.Length + 4096);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\" data-lang=\"both\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(E(_title)).Append(" — AiGov Catalogue</title>\n");
        if (_site.Absolute(Path) is { } canonical)
        {
            h.Append("<link rel=\"canonical\" href=\"").Append(E(canonical)).Append("\">\n");
        }

        h.Append("<link rel=\"icon\" href=\"data:,\">\n");
        h.Append("<link rel=\"stylesheet\" href=\"").Append(Href(SiteUrls.Css)).Append("\">\n");
        h.Append("<script src=\"").Append(Href(SiteUrls.Script)).Append("\"></script>\n");
        h.Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n");
        h.Append("<header class=\"site\">\n<div class=\"bar\">\n");
        h.Append("<a class=\"brand\" href=\"").Append(Href(SiteUrls.Home)).Append("\">AiGov Catalogue <span lang=\"zh-Hans\">人工智能安全治理框架</span></a>\n");
        h.Append("<nav aria-label=\"Site\">\n<ul>\n");
        h.Append("<li><a href=\"").Append(Href(SiteUrls.Home)).Append("\">Home</a></li>\n");
        foreach (var edition in _site.Catalog.Editions)
        {
            h.Append("<li><a href=\"").Append(Href(SiteUrls.EditionIndex(edition.Edition))).Append("\">Edition ").Append(edition.Edition).Append("</a></li>\n");
        }

        h.Append("<li><a href=\"").Append(Href(SiteUrls.Instruments)).Append("\">Instruments</a></li>\n");
        if (!_site.Catalog.Frameworks.IsEmpty)
        {
            h.Append("<li><a href=\"").Append(Href(SiteUrls.Crosswalks)).Append("\">Crosswalks</a></li>\n");
        }

        h.Append("<li><a href=\"").Append(Href(SiteUrls.Sources)).Append("\">Sources</a></li>\n");
        h.Append("</ul>\n</nav>\n");
        h.Append("<div class=\"lang\" role=\"group\" aria-label=\"Title language\" hidden>\n");
        h.Append("<button type=\"button\" data-set-lang=\"zh\" aria-pressed=\"false\" lang=\"zh-Hans\">中文</button>\n");
        h.Append("<button type=\"button\" data-set-lang=\"en\" aria-pressed=\"false\">English</button>\n");
        h.Append("<button type=\"button\" data-set-lang=\"both\" aria-pressed=\"true\">Both</button>\n");
        h.Append("</div>\n");
        h.Append("<form class=\"search\" role=\"search\" action=\"#\" hidden data-index=\"").Append(Href(SiteUrls.SearchIndex)).Append("\" data-root=\"").Append(E(Root)).Append("\">\n");
        h.Append("<label for=\"q\">Search</label>\n");
        h.Append("<input id=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"信息茧房, information cocoon, 3.1.1(a)…\" role=\"combobox\" aria-expanded=\"false\" aria-controls=\"search-results\" aria-autocomplete=\"list\">\n");
        h.Append("<ul id=\"search-results\" role=\"listbox\" aria-label=\"Search results\" hidden></ul>\n");
        h.Append("<p id=\"search-status\" class=\"visually-hidden\" role=\"status\"></p>\n");
        h.Append("</form>\n</div>\n</header>\n");
        if (breadcrumb.Length > 0)
        {
            h.Append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\">\n<ol>\n");
            foreach (var (label, path) in breadcrumb)
            {
                h.Append("<li><a href=\"").Append(Href(path)).Append("\">").Append(label).Append("</a></li>\n");
            }

            h.Append("</ol>\n</nav>\n");
        }

        h.Append("<main id=\"main\">\n").Append(B).Append("</main>\n");
        h.Append("<footer class=\"site\">\n<p>Catalogue data ").Append(E(_site.Catalog.DataVersion))
            .Append(". Titles, clauses and pages come from the cited sources; summaries are the editors' own words, not the framework's text. ")
            .Append("<a href=\"").Append(Href(SiteUrls.Sources)).Append("\">Source registry</a>.</p>\n</footer>\n</body>\n</html>\n");
        return h.ToString();
    }
}
