using System;

namespace AiGov.Catalog.Site;

/// <summary>Where and how <see cref="SiteGenerator"/> writes the site.</summary>
public sealed class SiteOptions
{
    /// <summary>Gets or sets the folder the site is written to (created when missing).</summary>
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the absolute URL the site will be published at (e.g. <c>https://example.org/aigov/</c>), or null.
    /// Used only for canonical links and <c>sitemap.xml</c>: every link between pages stays relative.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Gets or sets a value indicating whether a non-empty existing output folder may be written into.</summary>
    public bool Force { get; set; }
}
