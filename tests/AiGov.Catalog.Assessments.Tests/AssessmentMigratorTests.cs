using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Assessments.Tests;

public sealed class AssessmentMigratorTests
{
    private static readonly Assessment Sample = TestFiles.LoadSample();
    private static readonly MigrationResult Result = AssessmentMigrator.Migrate(Sample, Edition.V2_0);

    [Fact]
    public void Every_entry_has_one_step_and_the_outcomes_follow_the_lineage()
    {
        Result.Steps.Should().HaveCount(Sample.Entries.Length);
        Outcome("1.0:3.1.1.a").Should().Be(MigrationOutcome.Kept);
        Outcome("1.0:3.1.1.e").Should().Be(MigrationOutcome.Moved);
        Outcome("1.0:3.1.1.d").Should().Be(MigrationOutcome.NeedsReview, because: "3.1.1(d) is merged into 2.0 3.1.1(e)");
        Outcome("1.0:3.2.1.b").Should().Be(MigrationOutcome.NeedsReview, because: "3.2.1(b) is split");
        Outcome("1.0:3.2.1.d").Should().Be(MigrationOutcome.NeedsReview, because: "its successor also receives part of 3.2.1(b)");
        Outcome("1.0:3.2.1.c").Should().Be(MigrationOutcome.Dropped);
        (Result.Count(MigrationOutcome.Kept), Result.Count(MigrationOutcome.Moved), Result.Count(MigrationOutcome.NeedsReview), Result.Count(MigrationOutcome.Dropped))
            .Should().Be((6, 9, 6, 1));
    }

    [Fact]
    public void Kept_and_moved_answers_carry_over_with_where_they_came_from()
    {
        var moved = Result.Migrated.Find("2.0:3.1.1.d")!;
        var source = Sample.Find("1.0:3.1.1.e")!;

        moved.Status.Should().Be(source.Status);
        moved.Owner.Should().Be(source.Owner);
        moved.Controls.Should().Equal(source.Controls);
        moved.Notes.Should().Be(source.Notes);
        var from = moved.MigratedFrom.Should().ContainSingle().Which;
        (from.RiskId, from.Relation).Should().Be(("1.0:3.1.1.e", ChangeKind.Moved));
        from.Note.Should().StartWith("Moved: 1.0 3.1.1(e) is 2.0 3.1.1(d)");
        Result.Migrated.Find("2.0:social-bias-and-intelligence-divide")!.Status.Should().Be(AssessmentStatus.PartiallyAddressed);
    }

    [Fact]
    public void Merged_risks_need_review_with_every_prior_answer_attached()
    {
        var merged = Result.Migrated.Find("2.0:3.1.1.e")!;

        merged.Status.Should().Be(AssessmentStatus.NeedsReview);
        merged.MigratedFrom.Select(p => (p.RiskId, p.Status)).Should().Equal(
            ("1.0:3.1.1.d", AssessmentStatus.Addressed),
            ("1.0:3.1.1.f", AssessmentStatus.NotAddressed));
        merged.MigratedFrom[0].Controls.Should().Equal(Sample.Find("1.0:3.1.1.d")!.Controls);
        merged.MigratedFrom[0].Evidence.Should().Equal(Sample.Find("1.0:3.1.1.d")!.Evidence);
        merged.Owner.Should().Be("Security engineering", because: "both prior answers have that owner");
    }

    [Fact]
    public void A_split_risk_gives_every_branch_the_prior_answer_to_review()
    {
        foreach (var id in new[] { "2.0:3.2.2.b", "2.0:3.2.1.d" })
        {
            var entry = Result.Migrated.Find(id)!;
            entry.Status.Should().Be(AssessmentStatus.NeedsReview);
            entry.MigratedFrom.Should().Contain(p => p.RiskId == "1.0:3.2.1.b" && p.Relation == ChangeKind.Split && p.Status == AssessmentStatus.PartiallyAddressed);
        }
    }

    [Fact]
    public void No_answer_is_lost()
    {
        foreach (var entry in Sample.Entries)
        {
            var carried = Result.Migrated.Entries.Any(e => e.MigratedFrom.Any(p => p.RiskId == entry.RiskId));
            var retired = Result.Migrated.Retired.Any(p => p.RiskId == entry.RiskId && p.Status == entry.Status && p.Owner == entry.Owner);
            (carried || retired).Should().BeTrue(because: entry.RiskId + " must be carried or retired");
        }

        var dropped = Result.Migrated.Retired.Should().ContainSingle().Which;
        dropped.RiskId.Should().Be("1.0:3.2.1.c");
        dropped.Relation.Should().Be(ChangeKind.Removed);
        dropped.Controls.Should().Equal(Sample.Find("1.0:3.2.1.c")!.Controls);
    }

    [Fact]
    public void New_risks_and_risks_whose_predecessors_were_not_assessed_stay_unassessed()
    {
        Result.NewRisks.Select(r => r.Id).Should().Equal(
            "2.0:3.2.1.b", "2.0:3.2.2.c", "2.0:resource-and-green-development", "2.0:research-ethics", "2.0:anthropomorphic-interaction-dependence");
        Result.UnassessedPredecessors.Select(r => r.Id).Should().Contain(new[] { "2.0:3.1.2.c", "2.0:employment-shock", "2.0:self-awareness-loss-of-control" });
        var all = GovernanceCatalog.Default.Edition(Edition.V2_0).Risks.Length;
        (Result.Migrated.Entries.Length + Result.NewRisks.Length + Result.UnassessedPredecessors.Length).Should().Be(all);
    }

    [Fact]
    public void The_migrated_assessment_keeps_the_date_and_records_where_it_came_from()
    {
        Result.Migrated.Edition.Should().Be(Edition.V2_0);
        Result.Migrated.PreviousEdition.Should().Be(Edition.V1_0);
        Result.Migrated.Assessed.Should().Be(Sample.Assessed);
        Result.Migrated.Organisation.Should().Be(Sample.Organisation);
        Result.Migrated.Entries.Select(e => e.RiskId).Should().BeSubsetOf(GovernanceCatalog.Default.Edition(Edition.V2_0).Risks.Select(r => r.Id));
    }

    [Fact]
    public void The_migrated_assessment_is_valid_when_written_and_read_back()
    {
        var yaml = AssessmentWriter.ToYaml(Result.Migrated);

        var read = AssessmentReader.Parse(yaml, "migrated.yaml", AssessmentFileFormat.Yaml);

        read.Errors.Should().BeEmpty();
        read.Warnings.Should().HaveCount(Result.NeedsReview.Length).And.OnlyContain(w => w.Code == AssessmentProblemCode.NeedsReview);
        AssessmentWriter.ToYaml(read.Assessment!).Should().Be(yaml);
    }

    [Fact]
    public void Migration_goes_forward_only()
    {
        var act = () => AssessmentMigrator.Migrate(Sample, Edition.V1_0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    public void The_migration_report_of_the_sample_matches_the_approved_snapshot(string format)
    {
        Snapshot.Match(format == "md" ? Result.ToMarkdown() : Result.ToJson(), "Migration_example_1_0_to_2_0", format);
    }

    [Fact]
    public void The_migrated_sample_matches_the_approved_snapshot()
    {
        Snapshot.Match(AssessmentWriter.ToYaml(Result.Migrated), "Migrated_example_2_0", "yaml");
    }

    private static MigrationOutcome Outcome(string id) => Result.Steps.Single(s => s.Risk.Id == id).Outcome;
}
