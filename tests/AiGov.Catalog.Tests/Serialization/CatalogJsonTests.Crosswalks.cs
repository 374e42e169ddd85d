using System.Text;
using System.Text.Json.Nodes;

namespace AiGov.Catalog.Tests.Serialization;

/// <summary>
/// The crosswalks in the JSON data file: written whole, read back, and the loaded catalogue's crosswalk queries answer
/// from the file, never from the compiled data; a file without crosswalks (older, or with them removed) has none.
/// </summary>
public sealed partial class CatalogJsonTests
{
    private static JsonObject Crosswalks(JsonObject document) => document["crosswalks"]!.AsObject();

    private static (int Set, int Row) RowOf(JsonObject document, string setId, string subject)
    {
        var sets = Crosswalks(document)["mappingSets"]!.AsArray();
        for (var s = 0; s < sets.Count; s++)
        {
            if ((string?)sets[s]!["id"] != setId)
            {
                continue;
            }

            var rows = sets[s]!["mappings"]!.AsArray();
            for (var r = 0; r < rows.Count; r++)
            {
                if ((string?)rows[r]!["subject"] == subject)
                {
                    return (s, r);
                }
            }
        }

        throw new InvalidOperationException(setId + " " + subject);
    }

    private static JsonObject Row(JsonObject document, (int Set, int Row) at) =>
        Crosswalks(document)["mappingSets"]![at.Set]!["mappings"]![at.Row]!.AsObject();

    [Fact]
    public void The_file_carries_every_framework_term_and_mapping_set()
    {
        var crosswalks = Crosswalks(Document());
        var catalog = GovernanceCatalog.Default;

        crosswalks["frameworks"]!.AsArray().Select(f => (string)f!["id"]! + "@" + (string)f["version"]!)
            .Should().Equal(catalog.Frameworks.Select(f => f.ToString()));
        crosswalks["frameworks"]!.AsArray().Sum(f => f!["terms"]!.AsArray().Count).Should().Be(catalog.Frameworks.Sum(f => f.Terms.Length));
        crosswalks["mappingSets"]!.AsArray().Select(s => (string)s!["id"]!).Should().Equal(catalog.MappingSets.Select(s => s.Id));
        crosswalks["mappingSets"]!.AsArray().Sum(s => s!["mappings"]!.AsArray().Count).Should().Be(catalog.MappingSets.Sum(s => s.Mappings.Length));
        DefaultJson.Should().NotContain("\"mit\":", because: "MIT's codings are a mapping set now; the retired field is only read");
    }

    [Fact]
    public void A_loaded_catalogue_answers_crosswalk_queries_from_the_file()
    {
        var document = Document();
        var at = RowOf(document, "aisgf-1.0-mit-ai-risk-repository", "1.0:3.1.1.a");
        Row(document, at)["rationale"] = "Changed in the file, not in the compiled data.";
        Row(document, at)["object"] = "7.3";

        var loaded = Load(Encoding.UTF8.GetBytes(document.ToJsonString(Indented)));

        var row = loaded.MappingsOf("1.0:3.1.1.a").Single(m => m.Set.Id == "aisgf-1.0-mit-ai-risk-repository");
        row.Rationale.Should().Be("Changed in the file, not in the compiled data.");
        row.Term.Id.Should().Be("7.3");
        row.Term.Should().NotBeSameAs(GovernanceCatalog.Default.FindFramework("mit-ai-risk-repository").Terms.Single(t => t.Id == "7.3"));
        loaded.MappedFrom("mit-ai-risk-repository", "7.3").Should().Contain(row);
        loaded.Find<Risk>("1.0:3.1.1.a").Mit!.Domain.Should().Be("7.3", because: "Risk.Mit is derived from the file's MIT set");
        GovernanceCatalog.Default.Find<Risk>("1.0:3.1.1.a").Mit!.Domain.Should().Be("7.4");
    }

    [Fact]
    public void A_file_without_crosswalks_loads_with_no_frameworks_and_no_mapping_sets()
    {
        var document = Document();
        document.Remove("crosswalks");

        var loaded = Load(Encoding.UTF8.GetBytes(document.ToJsonString(Indented)));

        loaded.Frameworks.Should().BeEmpty();
        loaded.MappingSets.Should().BeEmpty();
        loaded.MappingsOf("1.0:3.1.1.a").Should().BeEmpty();
        loaded.Find<Risk>("1.0:3.1.1.a").Mit.Should().BeNull(because: "the file has neither the MIT set nor a legacy mit field");
        loaded.Invoking(c => c.Crosswalk("nist-ai-rmf")).Should().Throw<KeyNotFoundException>();
        Encoding.UTF8.GetString(Export(loaded)).Should().Contain("\"crosswalks\": null");
    }

    [Fact]
    public void Bad_crosswalk_rows_are_each_reported_at_their_path()
    {
        var document = Document();
        var at = RowOf(document, "aisgf-1.0-mit-ai-risk-repository", "1.0:3.1.1.b");
        var path = "$.crosswalks.mappingSets[" + at.Set + "].mappings[" + at.Row + "]";
        Row(document, at)["subject"] = "1.0:3.9.9.z";
        Row(document, at)["predicate"] = "skos:noMatch";
        Row(document, at)["object"] = "99.9";
        Row(document, at)["confidence"] = 1.5;
        Row(document, at).Remove("negated");

        var problems = LoadFails(document).Problems;

        problems.Should().BeEquivalentTo(
            path + ".subject: '1.0:3.9.9.z' is not the canonical ID of an element of edition 1.0.",
            path + ".predicate: 'skos:noMatch' is not a mapping predicate (skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch or skos:relatedMatch).",
            path + ".negated: is missing.",
            path + ".object: '99.9' is not a term of mit-ai-risk-repository@v3.",
            path + ".confidence: must be a number from 0 to 1.");
    }

    [Fact]
    public void A_set_naming_a_framework_the_file_lacks_is_reported()
    {
        var document = Document();
        var sets = Crosswalks(document)["mappingSets"]!.AsArray();
        var index = sets.Select((s, i) => (Id: (string)s!["id"]!, i)).First(s => s.Id == "aisgf-1.0-mit-ai-risk-repository").i;
        sets[index]!["frameworkVersion"] = "v9";

        LoadFails(document).Problems.Should().Equal("$.crosswalks.mappingSets[" + index + "].framework: 'mit-ai-risk-repository@v9' is not a framework of the file's crosswalks.");
    }

    [Fact]
    public void The_schema_describes_the_crosswalks_and_rejects_a_made_up_predicate()
    {
        var document = Document();
        var at = RowOf(document, "aisgf-1.0-mit-ai-risk-repository", "1.0:3.1.1.c");
        Row(document, at)["predicate"] = "noMatch";
        Row(document, at).Remove("rationale");
        Crosswalks(document)["frameworks"]![0]!.AsObject().Remove("idPattern");

        var errors = Errors(Evaluate(document)).ToList();

        var row = "/crosswalks/mappingSets/" + at.Set + "/mappings/" + at.Row;
        errors.Should().Contain(e => e.StartsWith(row + "/predicate", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith(row + ":", StringComparison.Ordinal) && e.Contains("required", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("/crosswalks/frameworks/0:", StringComparison.Ordinal) && e.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void The_committed_v1_fixture_keeps_its_mit_codings_and_has_no_crosswalks()
    {
        // Data 2026.11.0 wrote MIT's coding as a risk's "mit" field, before the crosswalks: it loads with no mapping sets
        // (never the compiled ones) and Risk.Mit is the file's own value.
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalog-v1.json"));

        var loaded = Load(bytes);

        loaded.Frameworks.Should().BeEmpty();
        loaded.MappingSets.Should().BeEmpty();
        loaded.MappingsOf("1.0:3.1.1.a").Should().BeEmpty();
        var mit = loaded.Edition(Edition.V1_0).Risks.Select(r => (r.Id, r.Mit!.Id, r.Mit.Domain)).ToList();
        mit.Should().HaveCount(26);
        mit.Should().Contain(("1.0:3.1.1.a", "45.01.01", "7.4")).And.Contain(("1.0:3.2.4.c", "45.02.13", "7.1"));
        foreach (var risk in loaded.Edition(Edition.V1_0).Risks)
        {
            var coding = GovernanceCatalog.Default.MappingsOf(risk.Id).Single(m => m.Set.Id == "aisgf-1.0-mit-ai-risk-repository");
            risk.Mit!.Id.Should().Be(coding.Evidence, because: risk.Id + ": the fixture's field and MIT's set agree");
            risk.Mit.Domain.Should().Be(coding.ObjectId, because: risk.Id);
        }

        var again = Encoding.UTF8.GetString(Export(loaded));
        again.Should().Contain("\"mit\": {", because: "exporting a catalogue loaded from an older file keeps its MIT codings");
        CatalogEquivalence.Differences(loaded, Load(Encoding.UTF8.GetBytes(again))).Should().BeEmpty();
    }
}
