using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using AiGov.Catalog.Site.Output;
using AiGov.Catalog.Site.Pages;
using AiGov.Catalog.Site.Search;

namespace AiGov.Catalog.Site;

/// <summary>
/// Generates the static catalogue website: a home page, each edition's hierarchy, one page per element, a diff page
/// per pair of editions, the stage × category matrix, the coverage report, the source registry, the related instruments,
/// the crosswalks (a page per target framework, with the elements mapped to each term) and an in-page search.
/// </summary>
/// <remarks>
/// Every link between pages is relative, so the site works from <c>file://</c>, from any web server and under a
/// sub-path. No CDN, no web font, no request at view time. The output is deterministic: the same catalogue gives
/// byte-identical files whatever the culture.
/// </remarks>
public static class SiteGenerator
{
    /// <summary>Renders the whole site in memory.</summary>
    /// <param name="catalog">The catalogue, e.g. <see cref="GovernanceCatalog.Default"/>.</param>
    /// <param name="baseUrl">The absolute URL the site will be published at, for canonical links and the sitemap; or null.</param>
    /// <returns>Every file of the site, ordered by path (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static ImmutableArray<SiteFile> Render(GovernanceCatalog catalog, Uri? baseUrl = null)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        if (baseUrl is not null && !baseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The base URL must be absolute (e.g. https://example.org/aigov/), not '" + baseUrl + "'.", nameof(baseUrl));
        }

        var site = new SiteContext(catalog, baseUrl);
        var files = new List<SiteFile>();
        var diffs = new List<EditionDiff>();
        var editions = catalog.Editions;
        var connected = new Dictionary<Edition, List<Edition>>();
        foreach (var e in editions)
        {
            connected[e.Edition] = new List<Edition> { e.Edition };
        }

        for (var i = 0; i < editions.Length; i++)
        {
            for (var j = i + 1; j < editions.Length; j++)
            {
                EditionDiff diff;
                try
                {
                    diff = catalog.Diff(editions[i].Edition, editions[j].Edition);
                }
                catch (InvalidOperationException)
                {
                    continue; // no chain of lineages connects these two editions: no diff, no counterparts
                }

                diffs.Add(diff);
                connected[editions[i].Edition].Add(editions[j].Edition);
                connected[editions[j].Edition].Add(editions[i].Edition);
            }
        }

        files.Add(HomePage.Render(site, diffs.Select(d => (d.From, d.To)).ToList()));
        files.Add(SourcesPage.Render(site));
        files.Add(InstrumentsPage.Render(site));
        if (!catalog.Frameworks.IsEmpty)
        {
            files.Add(CrosswalksPage.RenderIndex(site));
            foreach (var framework in catalog.Frameworks)
            {
                files.Add(CrosswalksPage.RenderFramework(site, framework));
            }
        }

        foreach (var edition in editions)
        {
            var others = connected[edition.Edition].OrderBy(x => x).ToList();
            files.Add(EditionPage.Render(site, edition));
            files.Add(MatrixPage.Render(site, edition));
            files.Add(CoveragePage.Render(site, edition));
            foreach (var element in edition.Elements)
            {
                files.Add(ElementPage.Render(site, element, others));
            }
        }

        foreach (var diff in diffs)
        {
            files.Add(DiffPage.Render(site, diff));
        }

        files.Add(SearchIndexWriter.Write(catalog));
        files.Add(new SiteFile(SiteUrls.Css, SiteAssets.Read("site.css")));
        files.Add(new SiteFile(SiteUrls.Script, SiteAssets.Read("site.js")));
        files.Add(new SiteFile(".nojekyll", string.Empty));
        if (baseUrl is not null)
        {
            files.Add(Sitemap(site, files));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var duplicate = files.Zip(files.Skip(1), (a, b) => (a, b)).FirstOrDefault(x => x.a.Path == x.b.Path);
        if (duplicate.a is not null)
        {
            throw new InvalidOperationException("Two files of the site have the path " + duplicate.a.Path + ".");
        }

        return files.ToImmutableArray();
    }

    /// <summary>Generates the site into <see cref="SiteOptions.OutputDirectory"/>.</summary>
    /// <param name="catalog">The catalogue, e.g. <see cref="GovernanceCatalog.Default"/>.</param>
    /// <param name="options">Where to write, the base URL, and whether a non-empty folder may be written into.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The output folder is empty, or the base URL is not absolute.</exception>
    /// <exception cref="IOException">The output folder is not empty and <see cref="SiteOptions.Force"/> is false, it is a file, or a write failed.</exception>
    public static ImmutableArray<SiteFile> Generate(GovernanceCatalog catalog, SiteOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var files = Render(catalog, options.BaseUrl);
        SiteFolderWriter.Write(options.OutputDirectory, files, options.Force);
        return files;
    }

    private static SiteFile Sitemap(SiteContext site, List<SiteFile> files)
    {
        var b = new StringBuilder();
        b.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var file in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            b.Append("<url><loc>").Append(Html.Html.E(site.Absolute(file.Path))).Append("</loc></url>\n");
        }

        b.Append("</urlset>\n");
        return new SiteFile("sitemap.xml", b.ToString());
    }
}
