using System;
using System.Linq;

namespace AiGov.Catalog.Tests.Query;

public sealed class StageMatrixTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    public static TheoryData<string, StageMatrixAxis> Matrices => new()
    {
        { "1.0", StageMatrixAxis.Category },
        { "2.0", StageMatrixAxis.Category },
        { "1.0", StageMatrixAxis.Area },
        { "2.0", StageMatrixAxis.Area },
    };

    [Theory]
    [MemberData(nameof(Matrices))]
    public void Rows_are_the_stages_in_vocabulary_order_and_columns_follow_the_axis(string edition, StageMatrixAxis axis)
    {
        var e = Edition.Parse(edition);
        var matrix = Catalog.StageMatrix(e, axis);

        matrix.Edition.Should().Be(e);
        matrix.Axis.Should().Be(axis);
        matrix.Rows.Select(r => r.Stage).Should().Equal(Catalog.Stages);
        matrix.Columns.Select(c => c.Key).Should().Equal(axis == StageMatrixAxis.Category
            ? Catalog.Edition(e).Categories.Select(c => c.Id)
            : Catalog.Areas.Select(a => a.Key));
        matrix.Rows.Should().OnlyContain(r => r.Cells.Select(c => c.Column).SequenceEqual(matrix.Columns));
        matrix.Rows.Single(r => r.Stage.Equals(LifecycleStage.Training)).Depth.Should().Be(1);
        matrix.Rows.Single(r => r.Stage.Equals(LifecycleStage.Deployment)).Depth.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Matrices))]
    public void Every_cell_holds_what_the_risk_query_returns(string edition, StageMatrixAxis axis)
    {
        var e = Edition.Parse(edition);
        var matrix = Catalog.StageMatrix(e, axis);

        foreach (var row in matrix.Rows)
        {
            foreach (var cell in row.Cells)
            {
                var query = Catalog.Risks(e).At(row.Stage);
                query = cell.Column.Category is { } category ? query.In(category) : query.In(cell.Column.Area!);
                cell.RiskIds.Should().Equal(query.ToIds(), "cell {0} × {1}", row.Stage, cell.Column);
                cell.Count.Should().Be(cell.Risks.Length);
            }

            row.Total.Should().Be(row.Cells.Sum(c => c.Count), "each risk has one category and one area");
            row.Risks.Select(r => r.Id).Should().Equal(Catalog.Risks(e).At(row.Stage).ToIds());
        }
    }

    [Theory]
    [MemberData(nameof(Matrices))]
    public void Every_risk_is_in_some_row_and_the_r_and_d_row_contains_its_phases(string edition, StageMatrixAxis axis)
    {
        var e = Edition.Parse(edition);
        var matrix = Catalog.StageMatrix(e, axis);

        matrix.Unstaged.Should().BeEmpty();
        matrix.Rows.SelectMany(r => r.Risks).Select(r => r.Id).Distinct().Should().BeEquivalentTo(Catalog.Edition(e).Risks.Select(r => r.Id));
        var rd = matrix.Row(LifecycleStage.ResearchAndDevelopment).Risks;
        foreach (var phase in matrix.Rows.Where(r => r.Stage.ParentKey == LifecycleStage.ResearchAndDevelopment.Key))
        {
            rd.Should().Contain(phase.Risks);
        }

        (matrix.NormativeStageMappings + matrix.EditorialStageMappings).Should().Be(Catalog.Edition(e).Risks.Sum(r => r.Stages.Length));
    }

    [Fact]
    public void Cells_can_be_looked_up_by_category_area_or_key()
    {
        var byCategory = Catalog.StageMatrix(Edition.V1_0);
        var category = Catalog.Edition(Edition.V1_0).Categories[1];

        byCategory.Cell(LifecycleStage.Deployment, category).RiskIds.Should().Equal("1.0:3.2.1.e", "1.0:3.2.2.a");
        byCategory.Cell(LifecycleStage.Deployment, "1.0:3.1").RiskIds.Should().Equal("1.0:3.1.1.d");
        byCategory.Columns[0].Label.Should().Be("3.1");
        byCategory.Columns[0].Category.Should().BeSameAs(Catalog.Edition(Edition.V1_0).Categories[0]);

        var byArea = Catalog.StageMatrix(Edition.V2_0, StageMatrixAxis.Area);
        byArea.Cell(LifecycleStage.Decommissioning, RiskArea.Data).RiskIds.Should().Equal("2.0:3.1.2.d");
        byArea.Columns.Select(c => c.Label).Should().Equal("Models and algorithms", "Data", "AI systems", "AI applications");
        byArea.Columns[1].Area.Should().Be(RiskArea.Data);
    }

    [Fact]
    public void The_category_matrices_match_the_reference_counts()
    {
        // 1.0: 13 inherent (3.1) and 13 application (3.2) risks, 26 in all (edition-1.0.md §12).
        var v1 = Catalog.StageMatrix(Edition.V1_0);
        v1.Row(LifecycleStage.Use).Total.Should().Be(16);
        v1.Row(LifecycleStage.Deployment).Cells.Select(c => c.Count).Should().Equal(1, 2);
        v1.NormativeStageMappings.Should().Be(8, "the (text) lifecycle hints of 3.1.1(b), 3.1.2(a)-(c), 3.1.3(a) and 3.2.1(e) (edition-1.0.md §6)");

        // 2.0: no risk text is known, so every stage mapping of a 2.0 risk is editorial (edition-2.0.md §7).
        var v2 = Catalog.StageMatrix(Edition.V2_0);
        v2.Columns.Select(c => c.Label).Should().Equal("3.1", "3.2", "3.3");
        v2.Columns.Should().OnlyContain(c => c.TitleEnIsTranslation);
        v2.NormativeStageMappings.Should().Be(0);
    }

    [Fact]
    public void The_csv_has_a_header_and_one_record_per_cell()
    {
        var matrix = Catalog.StageMatrix(Edition.V2_0);
        var lines = matrix.ToCsv().Split('\n');

        lines[0].Should().Be("edition,axis,stage,stage_parent,stage_title,column,column_label,count,risks");
        lines.Should().HaveCount(1 + (matrix.Rows.Length * matrix.Columns.Length) + 1, "a header, the cells, and the empty string after the final line break");
        lines[^1].Should().BeEmpty();
        lines[1].Should().StartWith("2.0,category,research-and-development,,Research and development,2.0:3.1,3.1,");
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var matrix = Catalog.StageMatrix(Edition.V1_0);

        FluentActions.Invoking(() => Catalog.StageMatrix(Edition.V1_0, (StageMatrixAxis)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("axis");
        FluentActions.Invoking(() => matrix.Cell(LifecycleStage.Use, "1.0:9.9")).Should().Throw<ArgumentException>().WithParameterName("columnKey");
        FluentActions.Invoking(() => matrix.Cell(LifecycleStage.Use, RiskArea.Data)).Should().Throw<ArgumentException>().WithParameterName("columnKey");
        FluentActions.Invoking(() => matrix.Row(null!)).Should().Throw<ArgumentNullException>().WithParameterName("stage");
        FluentActions.Invoking(() => matrix.Cell(LifecycleStage.Use, (string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("columnKey");
    }
}
