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

    [Fact]
    public void Mit_set_tsv_matches_the_golden_file()
    {
        Snapshot.Match(Catalog.ToSssomTsv(Catalog.MappingSets.Single(s => s.Id == "aisgf-1.0-mit-ai-risk-repository")), "sssom-aisgf-1.0-mit-ai-risk-repository", "sssom.tsv");
    }
}
