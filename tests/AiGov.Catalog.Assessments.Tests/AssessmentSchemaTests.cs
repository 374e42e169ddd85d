using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiGov.Catalog.Assessments.Tests;

/// <summary>The published JSON Schema agrees with the reader: the words it allows are the reader's, and its required fields are the reader's.</summary>
public sealed class AssessmentSchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(TestFiles.Schema))!;

    [Fact]
    public void The_statuses_of_the_schema_are_the_readers()
    {
        Schema["$defs"]!["status"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal(AssessmentNames.Statuses.Append(AssessmentStatus.Unassessed).Select(AssessmentNames.Of));
    }

    [Fact]
    public void The_measure_states_and_measure_fields_of_the_schema_are_the_readers()
    {
        Schema["$defs"]!["measureState"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal(AssessmentNames.MeasureStates.Select(AssessmentNames.Of));
        Schema["properties"]!["format-version"]!["enum"]!.AsArray().Select(n => n!.GetValue<int>()).Should().Equal(Assessment.OldestFormatVersion, Assessment.CurrentFormatVersion);
        var risk = GovernanceCatalog.Default.Edition(Edition.V2_0).Risks.First(r => !r.Measures.IsEmpty);
        var entry = new AssessmentEntry(risk.Id, AssessmentStatus.NotApplicable, notes: "n", measures: new[] { new MeasureAnswer(risk.Measures[0].Id, MeasureState.NotApplicable, new[] { "https://e.example/1" }, "why") });
        using var document = JsonDocument.Parse(AssessmentWriter.ToJson(new Assessment(Edition.V2_0, "Org", new DateOnly(2026, 12, 1), new[] { entry })));
        var fields = document.RootElement.GetProperty("entries")[0].GetProperty("measures")[0].EnumerateObject().Select(p => p.Name);
        Names(Schema["$defs"]!["measureAnswer"]!["properties"]!).Should().Equal(fields);
        Names(Schema["$defs"]!["entry"]!["properties"]!).Should().Contain("measures");
        Names(Schema["$defs"]!["prior"]!["properties"]!).Should().Contain("measures");
    }

    [Fact]
    public void The_relations_of_the_schema_are_the_readers()
    {
        Schema["$defs"]!["relation"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal(EditionDiff.AllChangeKinds.Where(k => k != ChangeKind.Added).Select(AssessmentNames.Of));
    }

    [Fact]
    public void Every_field_the_writer_writes_is_in_the_schema()
    {
        var migrated = AssessmentMigrator.Migrate(TestFiles.LoadSample(), Edition.V2_0).Migrated;
        using var document = JsonDocument.Parse(AssessmentWriter.ToJson(migrated));
        var root = document.RootElement;

        Names(Schema["properties"]!).Should().Contain(root.EnumerateObject().Select(p => p.Name));
        var entryFields = root.GetProperty("entries").EnumerateArray().SelectMany(e => e.EnumerateObject().Select(p => p.Name)).Distinct();
        Names(Schema["$defs"]!["entry"]!["properties"]!).Should().Contain(entryFields);
        var priorFields = root.GetProperty("entries").EnumerateArray()
            .Where(e => e.TryGetProperty("migrated-from", out _))
            .SelectMany(e => e.GetProperty("migrated-from").EnumerateArray())
            .Concat(root.GetProperty("retired").EnumerateArray())
            .SelectMany(p => p.EnumerateObject().Select(x => x.Name)).Distinct();
        Names(Schema["$defs"]!["prior"]!["properties"]!).Should().Contain(priorFields);
        Schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("format", "format-version", "edition", "organisation", "assessed", "entries");
    }

    private static IEnumerable<string> Names(JsonNode properties) => properties.AsObject().Select(p => p.Key);
}
