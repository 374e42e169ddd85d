// AiGov.Catalog behind a minimal HTTP API. Run:
//   dotnet run --project samples/AiGov.Catalog.WebApi --urls http://127.0.0.1:5080
// then, for example:
//   curl http://127.0.0.1:5080/editions
//   curl 'http://127.0.0.1:5080/risks?edition=1.0&stage=design'
//   curl 'http://127.0.0.1:5080/risks?q=%E4%BF%A1%E6%81%AF%E8%8C%A7%E6%88%BF'      (q=信息茧房)
//   curl 'http://127.0.0.1:5080/risks/1.0:3.1.1(a)'
//   curl http://127.0.0.1:5080/editions/1.0/markdown
// and open http://127.0.0.1:5080/site/ in a browser for the catalogue website (the pages `aigov site` writes).
using System.Text.Encodings.Web;
using AiGov.Catalog.WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAiGovCatalog();
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
    options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // Chinese as is, not \u-escaped
    options.SerializerOptions.WriteIndented = true;
});

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapCatalogEndpoints();
app.MapSiteEndpoints();
app.Run();

/// <summary>The entry point, visible to the integration tests (WebApplicationFactory).</summary>
public partial class Program
{
}
