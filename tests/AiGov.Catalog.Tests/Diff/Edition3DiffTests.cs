namespace AiGov.Catalog.Tests.Diff;

/// <summary>
/// The real 2.0→3.0 lineage (../shared/reference/lineage-2.0-3.0.md) and the diffs composed through both lineages.
/// </summary>
public sealed class Edition3DiffTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Fact]
    public void Every_tracked_2_0_element_is_accounted_for_in_the_2_0_to_3_0_diff()
    {
        var diff = Catalog.Diff(Edition.V2_0, Edition.V3_0);
        var before = diff.Entries.SelectMany(e => e.Before).Select(e => e.Id).ToHashSet();

        var tracked = Catalog.Edition(Edition.V2_0).Elements.Where(e => e.Kind is ElementKind.Principle or ElementKind.Component
            or ElementKind.RiskCategory or ElementKind.RiskSubcategory or ElementKind.Risk or ElementKind.GovernanceMeasure or ElementKind.GuidelineSet);
        tracked.Select(e => e.Id).Should().OnlyContain(id => before.Contains(id));
    }

    /// <summary>lineage-2.0-3.0.md §2 check: 21 clearly added risks; 2.0 5.10 and 3.3.2(?5) have no counterpart; G1, G5, G7, G12 are added.</summary>
    [Fact]
    public void Added_and_removed_match_the_reference_checks()
    {
        var diff = Catalog.Diff(Edition.V2_0, Edition.V3_0);

        diff.Entries.Count(e => e.Kind == ElementKind.Risk && e.ChangeKind == ChangeKind.Added).Should().Be(21);
        diff.Entries.Count(e => e.Kind == ElementKind.GovernanceMeasure && e.ChangeKind == ChangeKind.Added).Should().Be(4);
        diff.Entries.Where(e => e.ChangeKind == ChangeKind.Removed).SelectMany(e => e.Before).Select(e => e.Id).Should().BeEquivalentTo(
            "2.0:social-order-challenge", "2.0:5.10", "2.0:3.2.4", "2.0:2.1", "2.0:2.2", "2.0:2.3", "2.0:2.4");
        diff.Entries.Count(e => e.Kind == ElementKind.RiskSubcategory && e.ChangeKind == ChangeKind.Added).Should().Be(3);
    }

    /// <summary>lineage-2.0-3.0.md §4.8: 5.11 and G15 carry the identical Chinese string; confidence M–H, the lower recorded.</summary>
    [Fact]
    public void Measure_5_11_carries_into_g15_with_medium_confidence()
    {
        var measure = Catalog.Find("2.0:5.11")!;

        var successor = Catalog.Successors(measure).Should().ContainSingle().Subject;
        successor.Element.Title.Zh.Text.Should().Be("增进协同应对人工智能失控风险的共识");
        successor.Element.Edition.Should().Be(Edition.V3_0);
        successor.Confidence.Should().Be(LineageConfidence.Medium);
    }

    [Fact]
    public void Editorial_rows_are_marked_editorial()
    {
        var diff = Catalog.Diff(Edition.V2_0, Edition.V3_0);

        foreach (var id in new[] { "2.0:3.1.1.e", "2.0:3.1.2.a", "2.0:3.1.2.d", "2.0:3.2.4.b", "2.0:5.3" })
        {
            diff.Entries.Single(e => e.Before.Any(b => b.Id == id)).Basis.Should().Be(MappingBasis.Editorial, id);
        }
    }

    [Fact]
    public void Successors_and_predecessors_span_three_editions()
    {
        var cocoons1 = Catalog.Find("1.0:3.2.3.a")!;

        var in3 = Catalog.Successors(cocoons1, Edition.V3_0).Should().ContainSingle().Subject;
        in3.Element.Title.Zh.Text.Should().Be("加剧\"信息茧房\"");
        in3.Links.Should().HaveCount(2, "1.0→2.0, then 2.0→3.0");

        Catalog.Predecessors(in3.Element, Edition.V1_0).Select(p => p.Element.Id).Should().Contain("1.0:3.2.3.a");
        Catalog.Predecessors(in3.Element).Select(p => p.Element.Id).Should().Equal("2.0:3.2.4.a");
        Catalog.Successors(Catalog.Find("2.0:3.2.4.a")!).Select(s => s.Element.Id).Should().Equal(in3.Element.Id);
    }

    /// <summary>A composed confidence is the lowest of the links followed.</summary>
    [Fact]
    public void The_1_0_to_3_0_diff_composes_both_lineages_with_the_lower_confidence()
    {
        var diff = Catalog.Diff(Edition.V1_0, Edition.V3_0);

        diff.Lineages.Select(l => l.From + "→" + l.To).Should().Equal("1.0→2.0", "2.0→3.0");
        foreach (var entry in diff.Entries.Where(e => e.Links.Length > 1 && e.Confidence is not null))
        {
            entry.Confidence.Should().Be(entry.Links.Min(l => l.Confidence), entry.ToString());
        }

        var tracked = Catalog.Edition(Edition.V1_0).Elements.Where(e => e.Kind is ElementKind.Principle or ElementKind.Risk or ElementKind.GovernanceMeasure);
        var before = diff.Entries.SelectMany(e => e.Before).Select(e => e.Id).ToHashSet();
        tracked.Select(e => e.Id).Should().OnlyContain(id => before.Contains(id));
    }

    [Fact]
    public void The_reverse_diffs_are_mirror_images()
    {
        EditionDiffTests.AssertMirror(Catalog.Diff(Edition.V2_0, Edition.V3_0), Catalog.Diff(Edition.V3_0, Edition.V2_0));
        EditionDiffTests.AssertMirror(Catalog.Diff(Edition.V1_0, Edition.V3_0), Catalog.Diff(Edition.V3_0, Edition.V1_0));
    }
}
