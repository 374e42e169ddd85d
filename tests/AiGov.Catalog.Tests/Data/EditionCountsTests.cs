namespace AiGov.Catalog.Tests.Data;

/// <summary>Element counts per kind, against the counts tables of the reference notes.</summary>
public sealed class EditionCountsTests
{
    /// <summary>
    /// Edition 1.0: ../shared/reference/edition-1.0.md §12 "Counts" (principles 4, components 4, categories 2,
    /// sub-sections 7, risks 26 = 13 + 13, technical measures "19 verified; probably 21": the 19 plus the two items of
    /// 4.2.4, which since 2026-12-03 is PARTIAL [sec] and encoded with items known by content only (§7 "4.2.4", 5.),
    /// governance measures 10, guideline items 35 = 10 + 10 + 9 + 6) and §2 (six top-level sections; the
    /// measure headings 4.1, 4.2, 4.1.1–4.2.3, plus 4.2.4).
    /// </summary>
    [Theory]
    [InlineData(ElementKind.Section, 6)]
    [InlineData(ElementKind.Principle, 4)]
    [InlineData(ElementKind.Component, 4)]
    [InlineData(ElementKind.RiskCategory, 2)]
    [InlineData(ElementKind.RiskSubcategory, 7)]
    [InlineData(ElementKind.Risk, 26)]
    [InlineData(ElementKind.MeasureGroup, 9)]
    [InlineData(ElementKind.TechnicalMeasure, 21)]
    [InlineData(ElementKind.GovernanceMeasure, 10)]
    [InlineData(ElementKind.GuidelineSet, 4)]
    [InlineData(ElementKind.GuidelineItem, 35)]
    [InlineData(ElementKind.Appendix, 0)]
    [InlineData(ElementKind.GradingFactor, 0)]
    public void Edition_1_0_has_the_reference_count(ElementKind kind, int expected)
    {
        var edition = GovernanceCatalog.Default.Edition(Edition.V1_0);

        edition.Elements.Count(e => e.Kind == kind).Should().Be(expected);
    }

    [Theory]
    [InlineData("3.1", 13)]
    [InlineData("3.2", 13)]
    [InlineData("3.1.1", 6)]
    [InlineData("3.1.2", 4)]
    [InlineData("3.1.3", 3)]
    [InlineData("3.2.1", 5)]
    [InlineData("3.2.2", 3)]
    [InlineData("3.2.3", 2)]
    [InlineData("3.2.4", 3)]
    public void Edition_1_0_risks_per_heading_match_the_reference(string clause, int expected)
    {
        // edition-1.0.md §12: inherent 13 (6 + 4 + 3), application 13 (5 + 3 + 2 + 3).
        var heading = GovernanceCatalog.Default.Find("1.0:" + clause);

        var risks = heading switch
        {
            RiskCategory c => c.Risks,
            RiskSubcategory s => s.Risks,
            _ => throw new Xunit.Sdk.XunitException(clause + " is not a risk heading"),
        };
        risks.Length.Should().Be(expected);
    }

    [Theory]
    [InlineData("4.1.1", 2)]
    [InlineData("4.1.2", 6)]
    [InlineData("4.1.3", 4)]
    [InlineData("4.2.1", 2)]
    [InlineData("4.2.2", 2)]
    [InlineData("4.2.3", 3)]
    [InlineData("4.2.4", 2)]
    [InlineData("6.1", 10)]
    [InlineData("6.2", 10)]
    [InlineData("6.3", 9)]
    [InlineData("6.4", 6)]
    public void Edition_1_0_items_per_heading_match_the_reference(string clause, int expected)
    {
        // edition-1.0.md §12: technical measures 2/6/4 and 2/2/3, 4.2.4 "probably 2"; guidelines 10, 10 (most likely), 9 (most likely), 6.
        GovernanceCatalog.Default.Find("1.0:" + clause).Children.Length.Should().Be(expected);
    }

    [Fact]
    public void The_4_2_4_sub_section_is_a_partial_element_whose_items_are_known_by_content_only()
    {
        // edition-1.0.md §7 "4.2.4", 5.: PARTIAL [sec] (SRC-62, SRC-63); title, letters, text and pages UNKNOWN; the
        // mapping to 3.2.4 is the mirrored numbering (normative for the group, editorial for the items).
        var edition = GovernanceCatalog.Default.Edition(Edition.V1_0);

        var group = edition.Find("1.0:4.2.4").Should().BeOfType<MeasureGroup>().Subject;
        group.Provenance.Status.Should().Be(ProvenanceStatus.Partial);
        group.Provenance.Sources.Should().Contain(new[] { "SRC-62", "SRC-63" });
        group.Title.Zh.Text.Should().BeNull();
        group.Title.En.Text.Should().BeNull();
        group.Answers.Should().ContainSingle().Which.Should().Match<RiskAddress>(a => a.TargetId == "1.0:3.2.4" && a.Basis == MappingBasis.Normative);
        group.Measures.Select(m => m.Clause).Should().Equal("4.2.4(?1)", "4.2.4(?2)");
        group.Measures.Should().OnlyContain(m =>
            m.Title.Zh.Text == null && m.Title.En.Text == null && m.Pages == null
            && m.Provenance.Status == ProvenanceStatus.Partial
            && m.Addresses.Length == 1 && m.Addresses[0].TargetId == "1.0:3.2.4" && m.Addresses[0].Basis == MappingBasis.Editorial);
        edition.Info.KnownGaps.Should().NotContain(g => g.Clause == "4.2.4");
    }
}
