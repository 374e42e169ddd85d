using System.Collections.Immutable;
using AiGov.Catalog.Site;

namespace AiGov.Catalog.Site.Tests.Infrastructure;

/// <summary>The site of the default catalogue, rendered once and written once under the test output folder.</summary>
internal static class GeneratedSite
{
    private static readonly Lazy<ImmutableArray<SiteFile>> LazyFiles = new(() => SiteGenerator.Render(GovernanceCatalog.Default));
    private static readonly Lazy<string> LazyFolder = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "site-under-test");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        SiteGenerator.Generate(GovernanceCatalog.Default, new SiteOptions { OutputDirectory = folder });
        return folder;
    });

    public static ImmutableArray<SiteFile> Files => LazyFiles.Value;

    /// <summary>The folder the site is written to (absolute).</summary>
    public static string Folder => LazyFolder.Value;

    public static IEnumerable<SiteFile> Pages => Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal));

    public static SiteFile File(string path) => Files.Single(f => f.Path == path);

    /// <summary>The folder for test artefacts (screenshots), under the test output folder.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
