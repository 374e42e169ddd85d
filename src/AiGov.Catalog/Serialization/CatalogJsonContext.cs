using System.Text.Json.Serialization;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// The System.Text.Json source-generated context of the data file: no reflection, so export and load are trimming- and
/// NativeAOT-safe. Nulls are written (null means unknown in this catalogue), except the kind-specific parts of an element.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(CatalogDocumentDto))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext
{
}
