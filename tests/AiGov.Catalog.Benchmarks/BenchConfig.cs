using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// The suite's configuration (each class also carries <c>[MemoryDiagnoser]</c>): median and ratio columns, and, unless a job is given on the command
/// line, the "suite" job: 1 launch, 5 warm-up and 20 measured iterations of about 250 ms each. That is shorter than
/// BenchmarkDotNet's default job but still gives stable medians on a 2-core machine (see README.md for the spread).
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOption(ConfigOptions.JoinSummary, false);

        if (JobGiven(args))
        {
            return config;
        }

        var suite = Job.Default
            .WithId("suite")
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(20)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
        // `--inProcess` without `--job`: the suite job in this process (no generated project to build), see SuiteArguments.
        return config.AddJob(args.Contains("--inProcess") ? suite.WithToolchain(InProcessEmitToolchain.Instance) : suite);
    }

    /// <summary>
    /// The arguments for BenchmarkDotNet: without <c>--job</c>, <c>--inProcess</c> is applied to the suite job above and
    /// removed (BenchmarkDotNet would otherwise add a second, default job for it).
    /// </summary>
    public static string[] SuiteArguments(string[] args) =>
        JobGiven(args) ? args : args.Where(a => a != "--inProcess").ToArray();

    private static bool JobGiven(string[] args) =>
        args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
}
