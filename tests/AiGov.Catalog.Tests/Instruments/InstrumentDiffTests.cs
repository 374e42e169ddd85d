namespace AiGov.Catalog.Tests.Instruments;

/// <summary>The instrument links of an edition diff: shared, new and dropped per risk or measure (related-instruments.md, L6–L8 and L19).</summary>
public sealed class InstrumentDiffTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Traceability_keeps_the_labelling_instruments_and_drops_the_deep_synthesis_parallel()
    {
        var diff = Catalog.Diff(Edition.V1_0, Edition.V2_0);
        var entry = diff.EntriesOf(Catalog.Find("1.0:5.2")).Single(e => e.After.Any(a => a.Id == "2.0:5.6"));

        var changes = diff.InstrumentChangesOf(entry);

        changes.Shared.Should().Equal("ai-content-labelling-measures", "gb-45438-2025");
        changes.New.Should().BeEmpty();
        changes.Dropped.Should().Equal("deep-synthesis-provisions");
        diff.ToMarkdown().Should().Contain("Instruments: shared `ai-content-labelling-measures`, `gb-45438-2025`; dropped from 1.0 `deep-synthesis-provisions`");
    }

    [Fact]
    public void An_edition_whose_links_are_not_encoded_drops_nothing()
    {
        // related-instruments.md links 1.0 and 2.0 elements only: 3.0's links are not encoded, which is not a drop.
        Catalog.InstrumentLinks.Should().NotContain(l => l.Edition == Edition.V3_0);
        foreach (var (from, to) in new[] { (Edition.V2_0, Edition.V3_0), (Edition.V3_0, Edition.V2_0), (Edition.V1_0, Edition.V3_0) })
        {
            var lines = Catalog.Diff(from, to).ToMarkdown().Split('\n').Where(l => l.StartsWith("  - Instruments: ", StringComparison.Ordinal)).ToList();
            lines.Should().NotBeEmpty();
            lines.Should().OnlyContain(l => !l.Contains("dropped", StringComparison.Ordinal) && !l.Contains("new in", StringComparison.Ordinal));
        }

        Catalog.Diff(Edition.V2_0, Edition.V3_0).ToMarkdown().Should().Contain("Instruments: in 2.0 (3.0's links not encoded yet) `cybersecurity-law`");
    }

    [Fact]
    public void The_reverse_diff_reads_the_same_change_the_other_way()
    {
        var diff = Catalog.Diff(Edition.V2_0, Edition.V1_0);
        var entry = diff.EntriesOf(Catalog.Find("2.0:5.6")).Single(e => e.After.Any(a => a.Id == "1.0:5.2"));

        var changes = diff.InstrumentChangesOf(entry);

        changes.New.Should().Equal("deep-synthesis-provisions");
        changes.Dropped.Should().BeEmpty();
    }
}
