using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

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

        var jobGiven = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        return jobGiven
            ? config
            : config.AddJob(Job.Default
                .WithId("suite")
                .WithLaunchCount(1)
                .WithWarmupCount(5)
                .WithIterationCount(20)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
    }
}
