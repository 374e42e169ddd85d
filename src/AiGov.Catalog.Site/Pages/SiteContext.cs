using System;

namespace AiGov.Catalog.Site.Pages;

/// <summary>What every page of one generation shares: the catalogue and the options.</summary>
internal sealed class SiteContext
{
    public SiteContext(GovernanceCatalog catalog, Uri? baseUrl)
    {
        Catalog = catalog;
        BaseUrl = baseUrl;
    }

    public GovernanceCatalog Catalog { get; }

    public Uri? BaseUrl { get; }

    /// <summary>The absolute URL of a page, when a base URL was given.</summary>
    public string? Absolute(string path)
    {
        if (BaseUrl is null)
        {
            return null;
        }

        var b = BaseUrl.AbsoluteUri;
        return (b.EndsWith("/", StringComparison.Ordinal) ? b : b + "/") + path;
    }
}
