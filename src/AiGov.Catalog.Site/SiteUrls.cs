using System.Text;

namespace AiGov.Catalog.Site;

/// <summary>The site's URL scheme: every path is relative to the site root and built from the catalogue's URL-safe IDs.</summary>
internal static class SiteUrls
{
    public const string Home = "index.html";
    public const string Sources = "sources.html";
    public const string Instruments = "instruments.html";
    public const string Crosswalks = "crosswalks/index.html";
    public const string Css = "assets/site.css";
    public const string Script = "assets/site.js";
    public const string SearchIndex = "assets/search-index.js";

    public static string EditionFolder(Edition edition) => "e/" + edition + "/";

    public static string EditionIndex(Edition edition) => EditionFolder(edition) + "index.html";

    public static string Matrix(Edition edition) => EditionFolder(edition) + "matrix.html";

    public static string Coverage(Edition edition) => EditionFolder(edition) + "coverage.html";

    public static string Diff(Edition from, Edition to) => "diff/" + from + "-" + to + ".html";

    /// <summary>A target framework's page: <c>crosswalks/nist-ai-rmf-1.0.html</c>.</summary>
    public static string Framework(TargetFramework framework) => "crosswalks/" + Safe(framework.Id + "-" + framework.Version) + ".html";

    /// <summary>The anchor of a term on its framework's page: <c>t-MAP_5.1</c> for <c>MAP 5.1</c>.</summary>
    public static string TermAnchor(FrameworkTerm term) => "t-" + Safe(term.Id);

    /// <summary>A term on its framework's page.</summary>
    public static string Term(FrameworkTerm term) => Framework(term.Framework) + "#" + TermAnchor(term);

    /// <summary>The element's page: <c>e/1.0/3.1.1.a.html</c> for <c>1.0:3.1.1.a</c>.</summary>
    public static string Element(CatalogElement element) => EditionFolder(element.Edition) + LocalId(element) + ".html";

    /// <summary>The part of the ID after the edition, kept to characters safe in a URL and a file name.</summary>
    public static string LocalId(CatalogElement element)
    {
        var id = element.Id;
        var colon = id.IndexOf(':');
        return Safe(colon >= 0 ? id.Substring(colon + 1) : id);
    }

    /// <summary>Keeps the characters safe in a URL, a file name and an HTML id; any other becomes <c>_</c>.</summary>
    private static string Safe(string local)
    {
        var b = new StringBuilder(local.Length);
        foreach (var c in local)
        {
            b.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_' ? c : '_');
        }

        return b.ToString();
    }

    /// <summary>The prefix that leads from a page back to the site root (<c>../../</c> for <c>e/1.0/x.html</c>).</summary>
    public static string RootFrom(string path)
    {
        var b = new StringBuilder();
        foreach (var c in path)
        {
            if (c == '/')
            {
                b.Append("../");
            }
        }

        return b.ToString();
    }
}
