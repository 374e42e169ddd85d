using System.Text.Json;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>The catalogue commands see edition 3.0.</summary>
public sealed class Edition3CommandTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void List_shows_the_3_0_risks_of_a_sub_category()
    {
        var run = Cli.Run("list", "--edition", "3.0", "--category", "2.2.1");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("3.0:abuse-identity-permissions").And.EndWith("4 risk(s).\n");
    }

    [Fact]
    public void Show_prints_a_3_0_guideline_item_with_its_page_and_status()
    {
        var run = Cli.Run("show", "3.0:5.3.6");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("3.0:5.3.6").And.Contain("six months").And.Contain("102");
    }

    [Fact]
    public void Show_prints_an_appendix_measure_of_the_agent_framework()
    {
        var run = Cli.Run("show", "3.0:agent-measure-3-3-tamper-proof-approval-logs", "--json");

        run.Exit.Should().Be(0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("kind").GetString().Should().Be("appendix-measure");
    }

    [Fact]
    public void Show_a_2_0_risk_names_its_3_0_counterpart()
    {
        var run = Cli.Run("show", "2.0:3.2.1.b");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("3.0:abuse-identity-permissions");
    }

    [Fact]
    public void Diff_2_0_3_0_prints_the_librarys_rendering()
    {
        var run = Cli.Run("diff", "2.0", "3.0");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Be(Catalog.Diff(Edition.V2_0, Edition.V3_0).ToMarkdown());
        Cli.Run("diff", "1.0", "3.0", "--format", "csv").Output.Should().Be(Catalog.Diff(Edition.V1_0, Edition.V3_0).ToCsv());
    }

    [Fact]
    public void Matrix_and_coverage_of_3_0_use_the_library()
    {
        Cli.Run("matrix", "--edition", "3.0", "--format", "md").Output.Should().Be(Catalog.StageMatrix(Edition.V3_0).ToMarkdown());
        // The edition's coverage report, then the registry's unknown and conflicting instrument facts (InstrumentCommandTests).
        Cli.Run("coverage", "--edition", "3.0", "--format", "md").Output.Should().StartWith(Catalog.Coverage(Edition.V3_0).ToMarkdown());
    }
}
