namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>
/// Coverage target 3 of issue 16 for edition 1.0: every technical and governance measure looked at against NIST AI
/// RMF 1.0 subcategories and ISO/IEC 42001 Annex A controls, every governance measure and guideline item against the
/// EU AI Act; a measure with no counterpart is a negated row with its reason, never silence.
/// </summary>
public sealed class MeasureCrosswalkCoverageTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    // The reference (edition-1.0.md, sections 4-6): 21 technical countermeasures, 10 governance measures, 35 guideline items.
    [Theory]
    [InlineData(ElementKind.TechnicalMeasure, 21)]
    [InlineData(ElementKind.GovernanceMeasure, 10)]
    [InlineData(ElementKind.GuidelineItem, 35)]
    public void The_1_0_counts_are_the_reference_s(ElementKind kind, int count)
    {
        Catalog.Edition(Edition.V1_0).Elements.Count(e => e.Kind == kind).Should().Be(count);
    }

    [Theory]
    [InlineData(ElementKind.TechnicalMeasure, "nist-ai-rmf", 21)]
    [InlineData(ElementKind.GovernanceMeasure, "nist-ai-rmf", 10)]
    [InlineData(ElementKind.TechnicalMeasure, "iso-iec-42001", 21)]
    [InlineData(ElementKind.GovernanceMeasure, "iso-iec-42001", 10)]
    [InlineData(ElementKind.GovernanceMeasure, "eu-ai-act", 10)]
    [InlineData(ElementKind.GuidelineItem, "eu-ai-act", 35)]
    public void Every_1_0_element_of_the_kind_is_looked_at(ElementKind kind, string framework, int count)
    {
        Catalog.NotYetMapped(Edition.V1_0, kind, framework).Select(e => e.Id).Should().BeEmpty();

        var subjects = Catalog.Crosswalk(framework).Where(m => m.Set.Edition == Edition.V1_0)
            .Select(m => Catalog.Find(m.SubjectId)).Where(e => e.Kind == kind).Select(e => e.Id).Distinct();
        subjects.Should().HaveCount(count);
    }

    [Theory]
    [InlineData("aisgf-1.0-iso-iec-42001", "control")]
    [InlineData("aisgf-1.0-eu-ai-act", "article")]
    public void Measure_and_guideline_rows_name_a_control_or_article_of_the_term_list(string setId, string kind)
    {
        var set = Catalog.MappingSets.Single(s => s.Id == setId);

        set.Mappings.Should().NotBeEmpty();
        foreach (var m in set.Mappings)
        {
            set.Framework.TryFindTerm(m.ObjectId, out var term).Should().BeTrue(m.ObjectId);
            term!.Kind.Should().Be(kind, because: m + " maps to a " + kind + ", not to a group or an objective");
        }
    }

    [Fact]
    public void Measure_rows_to_nist_name_subcategories()
    {
        var rows = Catalog.Crosswalk("nist-ai-rmf").Where(m => m.Set.Edition == Edition.V1_0 && Catalog.Find(m.SubjectId).Kind != ElementKind.Risk).ToList();

        rows.Should().HaveCount(46);
        rows.Should().OnlyContain(m => m.Term.Kind == "subcategory");
    }

    [Theory]
    [InlineData("aisgf-1.0-nist-ai-rmf", 2)]
    [InlineData("aisgf-1.0-iso-iec-42001", 7)]
    [InlineData("aisgf-1.0-eu-ai-act", 16)]
    public void A_considered_non_match_says_what_was_considered_and_why_not(string setId, int negated)
    {
        var rows = Catalog.MappingSets.Single(s => s.Id == setId).Mappings.Where(m => m.IsNegated).ToList();

        rows.Should().HaveCount(negated);
        rows.Should().OnlyContain(m => m.Rationale.StartsWith("Considered: ", StringComparison.Ordinal) && m.Rationale.Contains(m.ObjectId, StringComparison.Ordinal));
        Catalog.MappingSets.Single(s => s.Id == setId).Mappings.Where(m => !m.IsNegated)
            .Should().OnlyContain(m => !m.Rationale.StartsWith("Considered", StringComparison.Ordinal), because: "a positive row gives a correspondence, not a rejection");
    }

    [Fact]
    public void An_element_with_no_counterpart_is_a_negated_row_not_silence()
    {
        // International cooperation between states (5.10) has no counterpart in any of the three.
        foreach (var framework in new[] { "nist-ai-rmf", "iso-iec-42001", "eu-ai-act" })
        {
            var rows = Catalog.MappingsOf("1.0:5.10").Where(m => m.Set.Framework.Id == framework).ToList();
            rows.Should().ContainSingle().Which.IsNegated.Should().BeTrue(framework);
        }

        Catalog.MappingsOf("1.0:6.2.h").Single(m => m.Set.Framework.Id == "eu-ai-act").ToString()
            .Should().Be("1.0:6.2.h skos:closeMatch eu-ai-act Art. 73@2024");
    }

    [Fact]
    public void Governance_measures_addressed_to_the_state_are_at_most_related_to_nist()
    {
        // The set's header says so: section 5 is addressed mainly to the state, the NIST Core to one organisation.
        Catalog.Crosswalk("nist-ai-rmf").Where(m => m.Set.Edition == Edition.V1_0 && Catalog.Find(m.SubjectId).Kind == ElementKind.GovernanceMeasure)
            .Should().OnlyContain(m => m.Predicate == MappingPredicate.RelatedMatch);
    }

    [Fact]
    public void No_pair_is_written_in_both_directions_and_broad_reads_narrow_from_the_term()
    {
        foreach (var set in Catalog.MappingSets.Where(s => s.Edition == Edition.V1_0))
        {
            set.Mappings.Select(m => m.SubjectId + "|" + m.ObjectId).Should().OnlyHaveUniqueItems(set.Id);
        }

        var row = Catalog.MappedFrom("nist-ai-rmf", "MANAGE 3.1").Single(m => m.SubjectId == "1.0:4.1.3.d");
        row.Predicate.Should().Be(MappingPredicate.BroadMatch);
        row.InversePredicate.Should().Be(MappingPredicate.NarrowMatch);
    }

    [Fact]
    public void The_new_sets_carry_the_editorial_metadata()
    {
        foreach (var (id, framework, version) in new[] { ("aisgf-1.0-iso-iec-42001", "iso-iec-42001", "2023"), ("aisgf-1.0-eu-ai-act", "eu-ai-act", "2024") })
        {
            var set = Catalog.MappingSets.Single(s => s.Id == id);
            set.Edition.Should().Be(Edition.V1_0);
            set.Framework.Id.Should().Be(framework);
            set.Framework.Version.Should().Be(version);
            set.Authors.Should().Equal("AiGov.Catalog contributors");
            set.Licence.Should().Be("https://opensource.org/licenses/MIT");
            set.Citation.Should().BeNull();
            set.Mappings.Should().OnlyContain(m => m.Author == "AiGov.Catalog contributors" && m.Justification == "semapv:ManualMappingCuration");
        }

        Catalog.MappingSets.Single(s => s.Id == "aisgf-1.0-nist-ai-rmf").Title.Should().Contain("risks and measures");
    }
}
