namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>
/// Coverage target 3 of issue 16 for editions 2.0 and 3.0: every technical and governance measure is looked at against
/// NIST AI RMF subcategories and ISO/IEC 42001 Annex A controls, every governance measure and guideline item against the
/// EU AI Act, and 3.0's agent checklist (Appendix 2) against NIST and ISO; where nothing corresponds the row is a
/// considered non-match, never silence.
/// </summary>
public sealed class Edition2And3MeasureCrosswalkTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Theory]
    // Reference counts: 2.0 has 3 untitled technical items and governance measures 5.1-5.14, no guideline items;
    // 3.0 has 3 technical measures, 17 governance measures (SRC-53's list) and 7 guideline items.
    [InlineData("2.0", 3, 14, 0)]
    [InlineData("3.0", 3, 17, 7)]
    public void The_editions_have_the_reference_counts_of_measures_and_guideline_items(string edition, int technical, int governance, int guideline)
    {
        var data = Catalog.Edition(Edition.Parse(edition));

        data.TechnicalMeasures.Should().HaveCount(technical);
        data.AppendixMeasures.Should().HaveCount(edition == "3.0" ? 32 : 0, because: "3.0's Appendix 2 agent checklist has 32 items");
        data.GovernanceMeasures.Should().HaveCount(governance);
        data.GuidelineItems.Should().HaveCount(guideline);
    }

    [Theory]
    [InlineData("2.0", ElementKind.TechnicalMeasure, "nist-ai-rmf", 3)]
    [InlineData("2.0", ElementKind.GovernanceMeasure, "nist-ai-rmf", 14)]
    [InlineData("2.0", ElementKind.TechnicalMeasure, "iso-iec-42001", 3)]
    [InlineData("2.0", ElementKind.GovernanceMeasure, "iso-iec-42001", 14)]
    [InlineData("2.0", ElementKind.GovernanceMeasure, "eu-ai-act", 14)]
    [InlineData("2.0", ElementKind.GuidelineItem, "eu-ai-act", 0)]
    [InlineData("3.0", ElementKind.TechnicalMeasure, "nist-ai-rmf", 3)]
    [InlineData("3.0", ElementKind.GovernanceMeasure, "nist-ai-rmf", 17)]
    [InlineData("3.0", ElementKind.TechnicalMeasure, "iso-iec-42001", 3)]
    [InlineData("3.0", ElementKind.GovernanceMeasure, "iso-iec-42001", 17)]
    [InlineData("3.0", ElementKind.GovernanceMeasure, "eu-ai-act", 17)]
    [InlineData("3.0", ElementKind.GuidelineItem, "eu-ai-act", 7)]
    [InlineData("3.0", ElementKind.AppendixMeasure, "nist-ai-rmf", 32)]
    [InlineData("3.0", ElementKind.AppendixMeasure, "iso-iec-42001", 32)]
    public void Every_measure_and_guideline_item_is_looked_at(string edition, ElementKind kind, string framework, int count)
    {
        var number = Edition.Parse(edition);

        Catalog.NotYetMapped(number, kind, framework).Select(e => e.Id).Should().BeEmpty();
        Catalog.Crosswalk(framework).Where(m => m.Set.Edition == number && Catalog.Find(m.SubjectId).Kind == kind)
            .Select(m => m.SubjectId).Distinct().Should().HaveCount(count, because: "every element of the kind has a row, and only those");
    }

    [Fact]
    public void What_the_coverage_target_does_not_ask_for_is_reported_as_not_yet_looked_at()
    {
        // Guideline items are mapped to the AI Act only, technical measures not to the AI Act: the report lists them all.
        Catalog.NotYetMapped(Edition.V3_0, ElementKind.GuidelineItem, "iso-iec-42001").Should().HaveCount(7);
        Catalog.NotYetMapped(Edition.V3_0, ElementKind.GuidelineItem, "nist-ai-rmf").Should().HaveCount(7);
        Catalog.NotYetMapped(Edition.V2_0, ElementKind.TechnicalMeasure, "eu-ai-act").Select(e => e.Id)
            .Should().Equal("2.0:flaw-propagation-assessment", "2.0:sensitive-training-data-exclusion", "2.0:emergency-stop-mechanisms");
        Catalog.NotYetMapped(Edition.V3_0, ElementKind.AppendixMeasure, "eu-ai-act").Should().HaveCount(32);
    }

    [Theory]
    [InlineData("nist-ai-rmf", "subcategory")]
    [InlineData("iso-iec-42001", "control")]
    [InlineData("eu-ai-act", "article", "annex")]
    public void Measure_rows_name_the_finest_terms_of_the_target(string framework, params string[] kinds)
    {
        var rows = MeasureRows(framework).ToList();

        rows.Should().NotBeEmpty();
        rows.Should().OnlyContain(m => kinds.Contains(m.Term.Kind), because: "measures map to subcategories, controls (not groups or objectives) and articles or annexes");
    }

    [Fact]
    public void Considered_non_matches_say_so_and_never_contradict_a_match()
    {
        var rows = new[] { "nist-ai-rmf", "iso-iec-42001", "eu-ai-act" }.SelectMany(MeasureRows).ToList();
        var negated = rows.Where(m => m.IsNegated).ToList();

        negated.Should().HaveCountGreaterThan(10);
        negated.Should().OnlyContain(m => m.Rationale.StartsWith("Considered: ", StringComparison.Ordinal));
        rows.Where(m => !m.IsNegated).Should().OnlyContain(m => !m.Rationale.StartsWith("Considered", StringComparison.Ordinal));
        rows.GroupBy(m => (m.SubjectId, m.Term)).Should().OnlyContain(g => g.Count() == 1, because: "one row per element and term, so a match and its negation cannot both stand");
        rows.Where(m => m.IsNegated).Select(m => (m.SubjectId, m.Term.Framework.Id))
            .Should().OnlyContain(p => rows.Count(r => r.SubjectId == p.Item1 && r.Term.Framework.Id == p.Item2) == 1,
                because: "a non-match is recorded for an element that has no counterpart in the framework, not beside a match");
    }

    [Fact]
    public void Sample_rows_read_as_the_curation_intends()
    {
        Row("2.0:emergency-stop-mechanisms", "nist-ai-rmf").Should().Contain("2.0:emergency-stop-mechanisms skos:broadMatch nist-ai-rmf MANAGE 2.4@1.0");
        Row("2.0:5.1", "iso-iec-42001").Should().Equal("2.0:5.1 not skos:relatedMatch iso-iec-42001 A.2.2@2023");
        Row("2.0:5.5", "eu-ai-act").Should().Equal("2.0:5.5 skos:relatedMatch eu-ai-act Art. 6@2024", "2.0:5.5 skos:relatedMatch eu-ai-act Annex III@2024");
        Row("3.0:improve-ai-driven-cybersecurity-protection", "nist-ai-rmf").Should().Equal("3.0:improve-ai-driven-cybersecurity-protection not skos:relatedMatch nist-ai-rmf MEASURE 2.7@1.0");
        Row("3.0:5.3.18", "eu-ai-act").Should().Equal("3.0:5.3.18 skos:closeMatch eu-ai-act Art. 73@2024");

        // Read from the term's side: the sandbox measure is the one 3.0 element close to the AI Act's sandboxes.
        // (1.0's sandbox-testing item considers Art. 57 and rejects it: a negated row.)
        Catalog.MappedFrom("eu-ai-act", "Art. 57").Where(m => m.IsNegated).Select(m => m.SubjectId).Should().Equal("1.0:6.1.h");
        var sandbox = Catalog.MappedFrom("eu-ai-act", "Art. 57").Single(m => !m.IsNegated);
        sandbox.SubjectId.Should().Be("3.0:build-flexible-dynamic-controllable-regulatory");
        sandbox.InversePredicate.Should().Be(MappingPredicate.CloseMatch);
        Catalog.MappedFrom("nist-ai-rmf", "MANAGE 2.4").Where(m => m.Predicate == MappingPredicate.BroadMatch)
            .Should().OnlyContain(m => m.InversePredicate == MappingPredicate.NarrowMatch)
            .And.Contain(m => m.SubjectId == "3.0:embodied-emergency-stop");
    }

    [Fact]
    public void Each_set_has_a_header_of_its_own()
    {
        // One file's header copied into another is a known fault of published crosswalks.
        var sets = Catalog.MappingSets.Where(s => s.Edition != Edition.V1_0).ToList();

        sets.Select(s => s.Id).Should().Contain(new[]
        {
            "aisgf-2.0-nist-ai-rmf", "aisgf-2.0-iso-iec-42001", "aisgf-2.0-eu-ai-act",
            "aisgf-3.0-nist-ai-rmf", "aisgf-3.0-iso-iec-42001", "aisgf-3.0-eu-ai-act",
        });
        sets.Select(s => s.Title).Should().OnlyHaveUniqueItems();
        sets.Should().OnlyContain(s => s.Title.StartsWith("Edition " + s.Edition + " ", StringComparison.Ordinal) && s.Title.EndsWith("(editorial)", StringComparison.Ordinal));
        sets.Single(s => s.Id == "aisgf-2.0-nist-ai-rmf").Title.Should().Contain("risks and measures");
        sets.Single(s => s.Id == "aisgf-2.0-eu-ai-act").Mappings.Should().OnlyContain(m => Catalog.Find(m.SubjectId).Kind == ElementKind.GovernanceMeasure);
    }

    private static IEnumerable<CrosswalkMapping> MeasureRows(string framework) =>
        Catalog.Crosswalk(framework).Where(m => m.Set.Edition != Edition.V1_0 && IsMeasureOrItem(Catalog.Find(m.SubjectId).Kind));

    private static bool IsMeasureOrItem(ElementKind kind) =>
        kind is ElementKind.TechnicalMeasure or ElementKind.GovernanceMeasure or ElementKind.GuidelineItem or ElementKind.AppendixMeasure;

    private static List<string> Row(string subject, string framework) =>
        Catalog.MappingsOf(subject).Where(m => m.Set.Framework.Id == framework).Select(m => m.ToString()).ToList();
}
