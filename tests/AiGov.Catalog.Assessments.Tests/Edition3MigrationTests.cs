using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Assessments.Tests;

/// <summary>Migrating to edition 3.0: from the 2.0 sample, and from the 1.0 sample straight through both lineages.</summary>
public sealed class Edition3MigrationTests
{
    private static readonly Assessment Sample2 = AssessmentReader.Load(Path.Combine(AppContext.BaseDirectory, "samples", "example-2.0.yaml"));
    private static readonly MigrationResult From2 = AssessmentMigrator.Migrate(Sample2, Edition.V3_0);
    private static readonly MigrationResult From1 = AssessmentMigrator.Migrate(TestFiles.LoadSample(), Edition.V3_0);

    public static TheoryData<string> Directions => new() { "2.0", "1.0" };

    /// <summary>Every source answer is either carried to a 3.0 risk (kept, moved, or attached for review) or retired.</summary>
    [Theory]
    [MemberData(nameof(Directions))]
    public void No_answer_is_lost(string from)
    {
        var result = from == "2.0" ? From2 : From1;

        result.Steps.Should().HaveCount(result.Source.Entries.Length);
        foreach (var entry in result.Source.Entries)
        {
            // A kept or moved answer is the migrated entry itself (its migrated-from records only the relation); a
            // split or merge attaches the prior answer with its status; a removed risk's answer is retired.
            var carried = result.Migrated.Entries.Any(e => e.MigratedFrom.Any(m => m.RiskId == entry.RiskId
                    && (m.Status == entry.Status || (m.Status is null && e.Status == entry.Status && e.Controls.SequenceEqual(entry.Controls)))))
                || result.Migrated.Retired.Any(r => r.RiskId == entry.RiskId && r.Status == entry.Status);
            carried.Should().BeTrue(entry.RiskId + " must reach 3.0 or be retired");
        }

        result.Migrated.Edition.Should().Be(Edition.V3_0);
        result.Migrated.Entries.Should().OnlyContain(e => GovernanceCatalog.Default.Find(e.RiskId) is Risk && e.RiskId.StartsWith("3.0:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2_0_outcomes_follow_the_lineage()
    {
        Outcome(From2, "2.0:3.1.1.a").Should().Be(MigrationOutcome.Moved, "explainability moves to the algorithm sub-category");
        Outcome(From2, "2.0:3.2.1.b").Should().Be(MigrationOutcome.Moved, "agent permissions become 2.2.1(?1)");
        Outcome(From2, "2.0:3.1.2.b").Should().Be(MigrationOutcome.NeedsReview, "3.1.2(b) is split into content and poisoning");
        Outcome(From2, "2.0:3.1.2.d").Should().Be(MigrationOutcome.NeedsReview, "3.1.2(a) and (d) both lead to 2.1.3(?5)");
        Outcome(From2, "2.0:social-order-challenge").Should().Be(MigrationOutcome.Dropped, "no 3.0 counterpart is identified");
        From2.Migrated.Retired.Should().ContainSingle(r => r.RiskId == "2.0:social-order-challenge");
    }

    [Fact]
    public void A_moved_2_0_answer_keeps_its_controls()
    {
        var agent = From2.Migrated.Entries.Single(e => e.MigratedFrom.Any(m => m.RiskId == "2.0:3.2.1.b"));

        GovernanceCatalog.Default.Find(agent.RiskId)!.Title.Zh.Text.Should().Be("身份和权限滥用风险");
        agent.Status.Should().Be(AssessmentStatus.PartiallyAddressed);
        agent.Controls.Should().Equal(Sample2.Find("2.0:3.2.1.b")!.Controls);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    public void The_2_0_to_3_0_migration_report_matches_the_approved_snapshot(string format)
    {
        Snapshot.Match(format == "md" ? From2.ToMarkdown() : From2.ToJson(), "Migration_example_2_0_to_3_0", format);
    }

    [Fact]
    public void The_sample_migrated_to_3_0_matches_the_approved_snapshot()
    {
        Snapshot.Match(AssessmentWriter.ToYaml(From2.Migrated), "Migrated_example_3_0", "yaml");
    }

    [Fact]
    public void The_1_0_to_3_0_migration_report_matches_the_approved_snapshot()
    {
        Snapshot.Match(From1.ToMarkdown(), "Migration_example_1_0_to_3_0", "md");
    }

    private static MigrationOutcome Outcome(MigrationResult result, string id) => result.Steps.Single(s => s.Risk.Id == id).Outcome;
}
