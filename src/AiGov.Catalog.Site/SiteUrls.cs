using System.Text;

namespace AiGov.Catalog.Site;

/// <summary>The site's URL scheme: every path is relative to the site root and built from the catalogue's URL-safe IDs.</summary>
internal static class SiteUrls
{
    public const string Home = "index.html";
    public const string Sources = "sources.html";
    public const string Instruments = "instruments.html";
    public const string Css = "assets/site.css";
    public const string Script = "assets/site.js";
    public const string SearchIndex = "assets/search-index.js";

    public static string EditionFolder(Edition edition) => "e/" + edition + "/";

    public static string EditionIndex(Edition edition) => EditionFolder(edition) + "index.html";

    public static string Matrix(Edition edition) => EditionFolder(edition) + "matrix.html";

    public static string Coverage(Edition edition) => EditionFolder(edition) + "coverage.html";

    public static string Diff(Edition from, Edition to) => "diff/" + from + "-" + to + ".html";

    /// <summary>The element's page: <c>e/1.0/3.1.1.a.html</c> for <c>1.0:3.1.1.a</c>.</summary>
    public static string Element(CatalogElement element) => EditionFolder(element.Edition) + LocalId(element) + ".html";

    /// <summary>The part of the ID after the edition, kept to characters safe in a URL and a file name.</summary>
    public static string LocalId(CatalogElement element)
    {
        var id = element.Id;
        var colon = id.IndexOf(':');
        var local = colon >= 0 ? id.Substring(colon + 1) : id;
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
