using System.Text.Json;
using System.Text.RegularExpressions;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>
/// SSSOM/TSV export, checked against the SSSOM specification's slots (https://mapping-commons.github.io/sssom/):
/// the required MappingSet slots (mapping_set_id, license) and Mapping slots (subject_id, predicate_id, object_id,
/// mapping_justification), every column a Mapping slot, every CURIE's prefix in the curie_map, predicate_modifier
/// only "Not", confidence a number in [0, 1]; and pinned by a golden file.
/// </summary>
public sealed class SssomExportTests
{
    // The SSSOM 1.0 Mapping slots (the columns a mapping row may have).
    private static readonly HashSet<string> MappingSlots = new(StringComparer.Ordinal)
    {
        "record_id", "subject_id", "subject_label", "subject_category", "subject_type", "subject_source", "subject_source_version",
        "subject_preprocessing", "predicate_id", "predicate_label", "predicate_modifier", "predicate_type", "object_id", "object_label",
        "object_category", "object_type", "object_source", "object_source_version", "object_preprocessing", "mapping_justification",
        "author_id", "author_label", "reviewer_id", "reviewer_label", "creator_id", "creator_label", "license", "mapping_provider",
        "mapping_tool", "mapping_tool_id", "mapping_tool_version", "mapping_date", "publication_date", "review_date", "confidence",
        "reviewer_agreement", "curation_rule", "curation_rule_text", "subject_match_field", "object_match_field", "match_string",
        "issue_tracker_item", "see_also", "other", "comment", "similarity_score", "similarity_measure", "cardinality_scope",
        "mapping_cardinality",
    };

    private static readonly string[] RequiredMappingSlots = { "subject_id", "predicate_id", "object_id", "mapping_justification" };

    // The SSSOM MappingSet slots (the properties of a set object in SSSOM/JSON; curie_map is a slot of the model since
    // SSSOM 1.0, mappings holds the rows).
    private static readonly HashSet<string> MappingSetSlots = new(StringComparer.Ordinal)
    {
        "curie_map", "mappings", "mapping_set_id", "mapping_set_version", "mapping_set_source", "mapping_set_title",
        "mapping_set_description", "creator_id", "creator_label", "license", "subject_type", "subject_source",
        "subject_source_version", "object_type", "object_source", "object_source_version", "mapping_provider",
        "mapping_tool", "mapping_tool_id", "mapping_tool_version", "mapping_date", "publication_date", "review_date",
        "subject_match_field", "object_match_field", "subject_preprocessing", "object_preprocessing",
        "similarity_measure", "curation_rule", "curation_rule_text", "issue_tracker", "see_also", "other", "comment",
        "extension_definitions", "cardinality_scope",
    };

    // The multivalued slots, arrays in SSSOM/JSON (the SSSOM JSON Schema).
    private static readonly HashSet<string> Multivalued = new(StringComparer.Ordinal)
    {
        "author_id", "author_label", "creator_id", "creator_label", "reviewer_id", "reviewer_label", "see_also",
        "subject_preprocessing", "object_preprocessing", "subject_match_field", "object_match_field", "match_string",
        "mapping_set_source", "curation_rule", "curation_rule_text",
    };

    private static readonly Regex Justification = new("^semapv:(MappingReview|ManualMappingCuration|LogicalReasoning|LexicalMatching|CompositeMatching|UnspecifiedMatching|SemanticSimilarityThresholdMatching|LexicalSimilarityThresholdMatching|MappingChaining)$");

    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        foreach (var set in GovernanceCatalog.Default.MappingSets)
        {
            data.Add(set.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Tsv_meets_the_sssom_slot_and_value_rules(string id)
    {
        var tsv = Catalog.ToSssomTsv(Catalog.MappingSets.Single(s => s.Id == id));
        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var meta = lines.TakeWhile(l => l.StartsWith('#')).Select(l => l[1..]).ToList();
        var table = lines.SkipWhile(l => l.StartsWith('#')).Select(l => l.Split('\t')).ToList();

        meta.Should().Contain(l => l.StartsWith("mapping_set_id: \"https://", StringComparison.Ordinal));
        meta.Should().Contain(l => l.StartsWith("license: \"https://", StringComparison.Ordinal));
        meta.Should().Contain("curie_map:");
        var prefixes = meta.SkipWhile(l => l != "curie_map:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(':')[0]).ToHashSet(StringComparer.Ordinal);

        var header = table[0];
        header.Should().OnlyContain(c => MappingSlots.Contains(c));
        header.Should().Contain(RequiredMappingSlots);
        table.Skip(1).Should().NotBeEmpty().And.OnlyContain(r => r.Length == header.Length);
        foreach (var row in table.Skip(1))
        {
            string Cell(string column) => row[Array.IndexOf(header, column)];
            foreach (var required in RequiredMappingSlots)
            {
                Cell(required).Should().NotBeEmpty();
            }

            foreach (var curie in new[] { Cell("subject_id"), Cell("predicate_id"), Cell("object_id"), Cell("mapping_justification") })
            {
                curie.Should().NotContain(" ");
                prefixes.Should().Contain(curie[..curie.IndexOf(':')], because: curie + " needs its prefix in the curie_map");
            }

            Cell("predicate_id").Should().BeOneOf("skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch", "skos:relatedMatch");
            Cell("predicate_modifier").Should().BeOneOf(string.Empty, "Not");
            if (Cell("confidence").Length > 0)
            {
                double.Parse(Cell("confidence"), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(0, 1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Json_meets_the_sssom_slot_and_value_rules(string id)
    {
        var set = Catalog.MappingSets.Single(s => s.Id == id);
        using var document = JsonDocument.Parse(Catalog.ToSssomJson(set));
        var root = document.RootElement;

        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.EnumerateObject().Select(p => p.Name).Should().OnlyContain(n => MappingSetSlots.Contains(n)).And.OnlyHaveUniqueItems();
        root.EnumerateObject().First().Name.Should().Be("curie_map");
        root.GetProperty("mapping_set_id").GetString().Should().StartWith("https://").And.EndWith("/" + set.Id);
        root.GetProperty("license").GetString().Should().Be(set.Licence).And.StartWith("https://");
        root.GetProperty("mapping_date").GetString().Should().MatchRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        foreach (var slot in root.EnumerateObject().Where(p => p.Name is not ("curie_map" or "mappings")))
        {
            slot.Value.ValueKind.Should().Be(Multivalued.Contains(slot.Name) ? JsonValueKind.Array : JsonValueKind.String, because: slot.Name);
        }

        root.GetProperty("creator_label").EnumerateArray().Select(a => a.GetString()).Should().Equal(set.Authors);
        var prefixes = root.GetProperty("curie_map").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        prefixes.Values.Should().OnlyContain(iri => iri.StartsWith("http", StringComparison.Ordinal));

        var mappings = root.GetProperty("mappings").EnumerateArray().ToList();
        mappings.Should().HaveCount(set.Mappings.Length);
        for (var i = 0; i < mappings.Count; i++)
        {
            var m = mappings[i];
            var names = m.EnumerateObject().Select(p => p.Name).ToList();
            names.Should().OnlyContain(n => MappingSlots.Contains(n)).And.Contain(RequiredMappingSlots).And.OnlyHaveUniqueItems();
            foreach (var slot in m.EnumerateObject())
            {
                var expected = Multivalued.Contains(slot.Name) ? JsonValueKind.Array : slot.Name == "confidence" ? JsonValueKind.Number : JsonValueKind.String;
                slot.Value.ValueKind.Should().Be(expected, because: slot.Name);
            }

            foreach (var curie in new[] { "subject_id", "predicate_id", "object_id", "mapping_justification" }.Select(n => m.GetProperty(n).GetString()!))
            {
                curie.Should().NotContain(" ");
                prefixes.Should().ContainKey(curie[..curie.IndexOf(':')], because: curie + " needs its prefix in the curie_map");
            }

            m.GetProperty("predicate_id").GetString().Should().Be(set.Mappings[i].Predicate.ToCurie());
            m.GetProperty("mapping_justification").GetString().Should().MatchRegex(Justification.ToString());
            if (m.TryGetProperty("predicate_modifier", out var modifier))
            {
                modifier.GetString().Should().Be("Not");
            }

            (m.TryGetProperty("predicate_modifier", out _)).Should().Be(set.Mappings[i].IsNegated);
            if (m.TryGetProperty("confidence", out var confidence))
            {
                confidence.GetDouble().Should().BeInRange(0, 1).And.Be(set.Mappings[i].Confidence!.Value);
            }
            else
            {
                set.Mappings[i].Confidence.Should().BeNull();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Json_and_tsv_carry_the_same_rows_and_metadata(string id)
    {
        var set = Catalog.MappingSets.Single(s => s.Id == id);
        using var document = JsonDocument.Parse(Catalog.ToSssomJson(set));
        var tsv = Catalog.ToSssomTsv(set).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var table = tsv.SkipWhile(l => l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var header = table[0];

        var rows = document.RootElement.GetProperty("mappings").EnumerateArray().ToList();
        rows.Should().HaveCount(table.Count - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var column in header)
            {
                var cell = table[i + 1][Array.IndexOf(header, column)];
                var value = rows[i].TryGetProperty(column, out var v)
                    ? v.ValueKind switch
                    {
                        JsonValueKind.Array => string.Join("|", v.EnumerateArray().Select(a => a.GetString())),
                        JsonValueKind.Number => v.GetDouble().ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture),
                        _ => v.GetString(),
                    }
                    : string.Empty;
                value.Should().Be(cell, because: id + " row " + i + " " + column);
            }
        }

        foreach (var line in tsv.TakeWhile(l => l.StartsWith('#')).Where(l => !l.StartsWith("#  ", StringComparison.Ordinal) && !l.EndsWith(':')))
        {
            var slot = line[1..line.IndexOf(':')];
            var value = JsonSerializer.Deserialize<string>(line[(line.IndexOf(':') + 2)..]);
            document.RootElement.GetProperty(slot).GetString().Should().Be(value, because: slot);
        }
    }

    [Fact]
    public void Mit_set_json_matches_the_golden_file()
    {
        Snapshot.Match(Catalog.ToSssomJson(Catalog.MappingSets.Single(s => s.Id == "aisgf-1.0-mit-ai-risk-repository")), "sssom-aisgf-1.0-mit-ai-risk-repository", "sssom.json");
    }

    [Fact]
    public void Mit_set_tsv_matches_the_golden_file()
    {
        Snapshot.Match(Catalog.ToSssomTsv(Catalog.MappingSets.Single(s => s.Id == "aisgf-1.0-mit-ai-risk-repository")), "sssom-aisgf-1.0-mit-ai-risk-repository", "sssom.tsv");
    }
}
