using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiGov.Catalog.WebApi;

/// <summary>Source-generated JSON for the API's responses (camelCase, as ASP.NET Core's web defaults).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IndexResponse))]
[JsonSerializable(typeof(EditionResponse))]
[JsonSerializable(typeof(List<EditionResponse>))]
[JsonSerializable(typeof(RiskSummaryResponse))]
[JsonSerializable(typeof(List<RiskSummaryResponse>))]
[JsonSerializable(typeof(RiskDetailResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
}
