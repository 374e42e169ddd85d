using System.Diagnostics;

namespace AiGov.Catalog.Tests.Catalog;

/// <summary>
/// Search gives the same results with ICU (this process) and with invariant globalization (a second process, the test
/// assembly's own entry point run with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1), as in the <c>aigov</c> tool, containers
/// and NativeAOT apps.
/// </summary>
public sealed class InvariantGlobalizationSearchTests
{
    /// <summary>The report of the invariant-mode process, run once for the class.</summary>
    private static readonly Lazy<string[]> Invariant = new(() => RunProbe(invariantGlobalization: true).Split('\n'));

    [Fact]
    public void Search_finds_the_same_with_invariant_globalization_as_with_ICU()
    {
        var withIcu = SearchProbe.Report().Split('\n');
        var invariant = Invariant.Value;

        withIcu[0].Should().Be("platform NFKC folds: yes", because: "this process runs with ICU");
        invariant[0].Should().Be("platform NFKC folds: no", because: "the second process must really run without ICU, or the test proves nothing");
        invariant.Skip(1).Should().Equal(withIcu.Skip(1));
    }

    [Fact]
    public void The_folding_cases_of_the_probe_find_something_in_both_modes()
    {
        var invariant = Invariant.Value.Skip(1).ToArray();

        foreach (var query in new[] { "ＡＩ", "⼈⼯智能", "⼈⼯智能安全", "信息茧房", "“信息茧房”", "「信息茧房」", "加剧“信息茧房”效应", "ＩＮＦＯＲＭＡＴＩＯＮ　ＣＯＣＯＯＮ", "ｅｘｐｌａｉｎａｂｉｌｉｔｙ", "３．１．１" })
        {
            var line = invariant[Array.IndexOf(SearchProbe.Queries, query)];
            line.Should().Contain(" 1.0:", because: query + " must find 1.0 elements without ICU");
        }

        invariant[Array.IndexOf(SearchProbe.Queries, "⼈⼯智能")].Split(':', 2)[1].Should().Be(invariant[Array.IndexOf(SearchProbe.Queries, "人工智能")].Split(':', 2)[1]);
        invariant[Array.IndexOf(SearchProbe.Queries, "ＡＩ")].Split(':', 2)[1].Should().Be(invariant[Array.IndexOf(SearchProbe.Queries, "AI")].Split(':', 2)[1]);
    }

    private static string RunProbe(bool invariantGlobalization)
    {
        var assembly = typeof(SearchProbe).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("search-probe");
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariantGlobalization ? "1" : "0";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue(because: "the probe answers within a minute");
        process.ExitCode.Should().Be(0, error.Result);
        return output.Result.Replace("\r\n", "\n");
    }
}
