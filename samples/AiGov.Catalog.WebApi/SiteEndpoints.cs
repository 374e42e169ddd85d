using System.Collections.Frozen;
using AiGov.Catalog;
using AiGov.Catalog.Site;

namespace AiGov.Catalog.WebApi;

/// <summary>
/// The catalogue website under <c>/site/</c>: rendered in memory on first request by <see cref="SiteGenerator"/>
/// (the same files `aigov site` writes), so the API and the browsable site come from one process and one catalogue.
/// </summary>
internal static class SiteEndpoints
{
    public const string Prefix = "/site/";

    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        var files = new Lazy<FrozenDictionary<string, SiteFile>>(
            () => SiteGenerator.Render(app.ServiceProvider.GetRequiredService<GovernanceCatalog>()).ToFrozenDictionary(f => f.Path, StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
        app.MapGet("/site", () => Results.Redirect(Prefix + "index.html"));
        app.MapGet(Prefix + "{**path}", (string? path) =>
        {
            var key = string.IsNullOrEmpty(path) || path.EndsWith('/') ? (path ?? string.Empty) + "index.html" : path;
            return files.Value.TryGetValue(key, out var file)
                ? Results.Text(file.Content, ContentType(key))
                : Results.NotFound();
        });
        return app;
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
