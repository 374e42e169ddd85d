namespace AiGov.Catalog.Assessments.Tests;

public sealed class AssessmentCoverageTests
{
    private static readonly AssessmentCoverage Coverage = AssessmentCoverage.Compute(TestFiles.LoadSample());

    [Fact]
    public void The_overall_tally_counts_every_risk_of_the_edition_once()
    {
        var t = Coverage.Overall;

        t.Total.Should().Be(26);
        (t.Addressed, t.PartiallyAddressed, t.NotAddressed, t.NotApplicable, t.NeedsReview, t.Unassessed).Should().Be((10, 7, 2, 3, 0, 4));
        t.Assessed.Should().Be(22);
        t.Applicable.Should().Be(23);
        // (10 + 7/2) / 23 = 58.7 % → 59 %.
        t.ScorePercent.Should().Be(59);
    }

    [Fact]
    public void Categories_and_subcategories_partition_the_risks()
    {
        Coverage.ByCategory.Select(g => g.Key).Should().Equal("1.0:3.1", "1.0:3.2");
        Coverage.ByCategory.Sum(g => g.Tally.Total).Should().Be(26);
        Coverage.BySubcategory.Sum(g => g.Tally.Total).Should().Be(26);
        Coverage.BySubcategory.Sum(g => g.Tally.Addressed).Should().Be(10);
        Coverage.ByArea.Sum(g => g.Tally.Total).Should().Be(26);
        var system = Coverage.BySubcategory.Single(g => g.Key == "1.0:3.1.3").Tally;
        (system.Addressed, system.PartiallyAddressed, system.Total).Should().Be((1, 2, 3));
    }

    [Fact]
    public void Stages_follow_the_catalogue_rule_and_the_heat_map_agrees_with_them()
    {
        var matrix = GovernanceCatalog.Default.StageMatrix(Edition.V1_0);

        Coverage.ByStage.Select(g => g.Key).Should().Equal(matrix.Rows.Select(r => r.Stage.Key));
        foreach (var (group, row) in Coverage.ByStage.Zip(Coverage.HeatMap))
        {
            group.Tally.Total.Should().Be(matrix.Row(row.Stage).Total);
            row.Tally.Total.Should().Be(group.Tally.Total);
            row.Cells.Sum(c => c.Tally.Total).Should().Be(row.Tally.Total, because: "in 1.0 every risk has one category");
        }

        Coverage.HeatMapColumns.Select(c => c.Id).Should().Equal("1.0:3.1", "1.0:3.2");
    }

    [Fact]
    public void Actors_with_no_risk_are_left_out()
    {
        Coverage.ByActor.Should().NotBeEmpty();
        Coverage.ByActor.Should().OnlyContain(g => g.Tally.Total > 0);
        Coverage.ByActor.Select(g => g.Key).Should().Contain("service-provider");
    }

    [Fact]
    public void Unassessed_risks_and_gaps_are_listed_in_document_order()
    {
        Coverage.Unassessed.Select(r => r.Id).Should().Equal("1.0:3.1.2.c", "1.0:3.2.2.c", "1.0:3.2.4.b", "1.0:3.2.4.c");
        Coverage.Gaps.Should().HaveCount(2 + 7 + 4);
        Coverage.Gaps.Select(g => g.Risk.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Coverage.Gaps.Single(g => g.Risk.Id == "1.0:3.1.1.f").Status.Should().Be(AssessmentStatus.NotAddressed);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, null)]
    [InlineData(1, 0, 0, 0, 100)]
    [InlineData(0, 1, 0, 0, 50)]
    [InlineData(0, 1, 2, 0, 17)]
    [InlineData(1, 1, 1, 5, 50)]
    public void The_score_counts_partially_addressed_as_half_over_the_risks_that_apply(int addressed, int partially, int not, int notApplicable, int? expected)
    {
        var statuses = Enumerable.Repeat<AssessmentStatus?>(AssessmentStatus.Addressed, addressed)
            .Concat(Enumerable.Repeat<AssessmentStatus?>(AssessmentStatus.PartiallyAddressed, partially))
            .Concat(Enumerable.Repeat<AssessmentStatus?>(AssessmentStatus.NotAddressed, not))
            .Concat(Enumerable.Repeat<AssessmentStatus?>(AssessmentStatus.NotApplicable, notApplicable));

        new StatusTally(statuses).ScorePercent.Should().Be(expected);
    }

    [Fact]
    public void An_entry_for_a_risk_of_another_edition_is_refused()
    {
        var assessment = new Assessment(Edition.V1_0, "Code Ltd.", new DateOnly(2026, 1, 1), new[] { new AssessmentEntry("2.0:3.1.1.a", AssessmentStatus.Addressed, "x") });

        var act = () => AssessmentCoverage.Compute(assessment);

        act.Should().Throw<ArgumentException>().WithMessage("*2.0:3.1.1.a*");
    }
}
