using System.Diagnostics;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>The built tool, run as a process the way a user runs it.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void The_built_tool_shows_a_risk_and_exits_with_0()
    {
        var run = Run("show", "1.0:3.1.1.a");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("1.0:3.1.1.a  risk  [3.1.1(a)]\n  Title (zh): 可解释性差的风险\n  Title (en): Risks of explainability\n");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void The_built_tool_exits_with_1_on_a_broken_assessment_and_2_on_an_unknown_id()
    {
        Run("assess", "validate", Cli.ManyMistakes).Exit.Should().Be(1);
        var unknown = Run("show", "1.0:9.9.9");
        unknown.Exit.Should().Be(2);
        unknown.Error.Should().StartWith("aigov: no element has the ID '1.0:9.9.9'");
    }

    [Theory]
    [InlineData("ＡＩ", "AI")]
    [InlineData("⼈⼯智能", "人工智能")] // Kangxi radicals, as pasted from the official PDFs
    [InlineData("“信息茧房”", "\"信息茧房\"")]
    public void The_built_tool_runs_without_ICU_and_still_folds_the_query(string pasted, string plain)
    {
        var config = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "aigov.runtimeconfig.json"));
        config.Should().Contain("\"System.Globalization.Invariant\": true", because: "the tool ships with InvariantGlobalization, where the platform's NFKC folds nothing");

        var folded = Run("search", pasted);
        var reference = Run("search", plain);

        folded.Exit.Should().Be(0, folded.ToString());
        reference.Output.Should().NotStartWith("0 match(es)");
        folded.Output.Should().Be(reference.Output.Replace("for \"" + plain + "\".", "for \"" + pasted + "\".", StringComparison.Ordinal));
    }

    private static CliRun Run(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "aigov.dll");
        File.Exists(tool).Should().BeTrue(because: "the test project references the tool, so the build copies aigov.dll beside the tests");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue(because: "the tool answers within a minute");
        return new CliRun(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }
}
