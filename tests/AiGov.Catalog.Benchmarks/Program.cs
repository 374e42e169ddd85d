using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project tests/AiGov.Catalog.Benchmarks -- --filter '*'</c> runs every
/// benchmark with the suite's job (see <see cref="BenchConfig"/>); any BenchmarkDotNet option works (<c>--list flat</c>,
/// <c>--filter '*Search*'</c>, <c>--job dry</c> for a smoke run). <c>-- memory</c> measures the managed memory held by
/// the embedded catalogue instead (<see cref="MemoryProbe"/>), <c>-- growth</c> the memory of the synthetic catalogues and
/// the growth table and plot (<see cref="Growth.GrowthProbe"/>), <c>-- first-access</c> the first access in new processes
/// (<see cref="FirstAccessProbe"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && string.Equals(args[0], "memory", StringComparison.OrdinalIgnoreCase))
        {
            return MemoryProbe.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] is "growth")
        {
            return Growth.GrowthProbe.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] is "cpu")
        {
            return CpuProbe.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] is "first-access")
        {
            return FirstAccessProbe.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] is "first-access-child")
        {
            return FirstAccessProbe.Child(args.Skip(1).ToArray());
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(BenchConfig.SuiteArguments(args), BenchConfig.Create(args));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
