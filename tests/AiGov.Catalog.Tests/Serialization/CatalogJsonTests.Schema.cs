using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AiGov.Catalog.Tests.Serialization;

/// <summary>The published JSON Schema (catalog/schema/export/aigov-catalog.schema.json) describes what Export writes.</summary>
public sealed partial class CatalogJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "aigov-catalog.schema.json"))));

    private static EvaluationResults Evaluate(JsonNode? node)
    {
        using var json = JsonDocument.Parse(node!.ToJsonString());
        return Schema.Value.Evaluate(json.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + ": " + e.Value));

    [Fact]
    public void The_export_validates_against_the_published_schema()
    {
        var results = Evaluate(JsonNode.Parse(DefaultJson));

        results.IsValid.Should().BeTrue(string.Join("\n", Errors(results).Take(20)));
    }

    [Fact]
    public void The_schema_rejects_what_the_format_does_not_allow()
    {
        var document = Document();
        ElementOf(document, "1.0:3.1.1.a")["provenance"]!["status"] = "verfied";
        ElementOf(document, "1.0:3.1.1.b").Remove("risk");
        document["formatVersion"] = 2;

        var errors = Errors(Evaluate(document)).ToList();

        errors.Should().Contain(e => e.StartsWith("/formatVersion", StringComparison.Ordinal));
        errors.Should().Contain(e => e.Contains("/provenance/status", StringComparison.Ordinal));
        errors.Should().Contain(e => e.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_property_the_exporter_writes_is_in_the_schema()
    {
        // The schema is strict (additionalProperties: false), so an exporter change that is not documented fails the
        // validation above. This test checks the converse on one element of each kind: a removed property is noticed.
        var document = Document();
        ElementOf(document, "1.0:3.1.1.a").Remove("notes");

        Errors(Evaluate(document)).Should().Contain(e => e.Contains("required", StringComparison.Ordinal));
    }
}
