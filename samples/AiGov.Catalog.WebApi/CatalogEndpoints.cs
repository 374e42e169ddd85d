using AiGov.Catalog;

namespace AiGov.Catalog.WebApi;

/// <summary>The HTTP endpoints over <see cref="GovernanceCatalog"/>, which comes from DI (<c>AddAiGovCatalog()</c>).</summary>
internal static class CatalogEndpoints
{
    private const string Markdown = "text/markdown; charset=utf-8";
    private const string Csv = "text/csv; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (GovernanceCatalog catalog) => new IndexResponse(
            "AiGov.Catalog",
            catalog.DataVersion,
            catalog.Editions.Select(e => e.Edition.ToString()).ToList(),
            new List<string>
            {
                "/editions", "/editions/{edition}", "/editions/{edition}/markdown", "/editions/{edition}/oscal",
                "/risks?edition=&stage=&q=", "/risks/{id}", "/diff/{from}/{to}?format=json|markdown",
                "/export/json", "/export/csv/{risks|measures|mappings}", SiteEndpoints.Prefix,
            }));

        app.MapGet("/editions", (GovernanceCatalog catalog) => catalog.Editions.Select(ApiModels.Edition).ToList());

        app.MapGet("/editions/{edition}", (string edition, GovernanceCatalog catalog) =>
            FindEdition(catalog, edition, out var found, out var problem) ? Results.Ok(ApiModels.Edition(found!)) : problem!);

        app.MapGet("/editions/{edition}/markdown", (string edition, GovernanceCatalog catalog) =>
            FindEdition(catalog, edition, out var found, out var problem) ? Results.Text(catalog.ToMarkdown(found!.Edition), Markdown) : problem!);

        app.MapGet("/editions/{edition}/oscal", (string edition, GovernanceCatalog catalog) =>
            FindEdition(catalog, edition, out var found, out var problem) ? Results.Text(catalog.ToOscalJson(found!.Edition), Json) : problem!);

        app.MapGet("/risks", (string? edition, string? stage, string? q, GovernanceCatalog catalog) =>
        {
            IEnumerable<Risk> risks;
            if (edition is not null)
            {
                if (!FindEdition(catalog, edition, out var found, out var problem))
                {
                    return problem!;
                }

                risks = string.IsNullOrWhiteSpace(q) ? found!.Risks : catalog.Search(q, found!.Edition).OfType<Risk>();
            }
            else
            {
                risks = string.IsNullOrWhiteSpace(q) ? catalog.Editions.SelectMany(e => e.Risks) : catalog.Search(q).OfType<Risk>();
            }

            if (stage is not null)
            {
                var known = catalog.Stages.FirstOrDefault(s => s.Key == stage);
                if (known is null)
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Unknown lifecycle stage",
                        detail: "'" + stage + "' is not a lifecycle stage. Stages: " + string.Join(", ", catalog.Stages.Select(s => s.Key)) + ".");
                }

                // A broad stage (research-and-development) also matches risks mapped to its phases (training, …).
                var atStage = catalog.Editions.SelectMany(e => catalog.Risks(e.Edition).At(known)).ToHashSet();
                risks = risks.Where(atStage.Contains);
            }

            return Results.Ok(risks.Select(ApiModels.RiskSummary).ToList());
        });

        app.MapGet("/risks/{id}", (string id, GovernanceCatalog catalog) =>
            catalog.TryFind(id, out var element) && element is Risk risk
                ? Results.Ok(ApiModels.RiskDetail(risk))
                : Results.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "No such risk",
                    detail: element is null
                        ? "No element has the ID '" + id + "'. IDs look like 1.0:3.1.1.a, 1.0:3.1.1(a) or 1.0:explainability."
                        : "'" + id + "' is a " + element.Kind + " (" + element.Id + "), not a risk."));

        app.MapGet("/diff/{from}/{to}", (string from, string to, string? format, GovernanceCatalog catalog) =>
        {
            if (!FindEdition(catalog, from, out var older, out var problem) || !FindEdition(catalog, to, out var newer, out problem))
            {
                return problem!;
            }

            if (format is not (null or "json" or "md" or "markdown"))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format", detail: "'" + format + "' is not a diff format: json, md or markdown.");
            }

            var diff = catalog.Diff(older!.Edition, newer!.Edition);
            return format is "md" or "markdown" ? Results.Text(diff.ToMarkdown(), Markdown) : Results.Text(diff.ToJson(), Json);
        });

        app.MapGet("/export/json", async (GovernanceCatalog catalog, HttpResponse response, CancellationToken cancellationToken) =>
        {
            response.ContentType = Json;
            await catalog.ExportAsync(response.Body, cancellationToken);
        });

        app.MapGet("/export/csv/{table}", (string table, GovernanceCatalog catalog) =>
            Enum.TryParse<CatalogCsvTable>(table, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? Results.Text(catalog.ToCsv(parsed), Csv)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such table", detail: "Tables: risks, measures, mappings."));

        return app;
    }

    private static bool FindEdition(GovernanceCatalog catalog, string text, out EditionCatalog? edition, out IResult? problem)
    {
        edition = null;
        problem = null;
        if (!Edition.TryParse(text, out var number))
        {
            problem = Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an edition", detail: "'" + text + "' is not an edition such as 1.0 or 2.0.");
            return false;
        }

        if (!catalog.TryGetEdition(number, out edition))
        {
            problem = Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such edition",
                detail: "The catalogue has no edition " + number + "; it has " + string.Join(", ", catalog.Editions.Select(e => e.Edition)) + ".");
            return false;
        }

        return true;
    }
}
