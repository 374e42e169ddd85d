using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// <c>-- first-access [--runs N]</c> (issue #20.2: first access to <see cref="GovernanceCatalog.Default"/> in a new
/// process ≤ 30 ms): launches this executable N times per contender, interleaved, each child timing one first operation
/// with a <see cref="Stopwatch"/> (JIT included) and the parent timing the whole process. Contenders: the first access
/// to <c>Default</c>; the baseline, the first <see cref="GovernanceCatalog.Load(Stream)"/> of the full JSON export
/// (what a library without compiled data would do on start); and an empty child (process start and exit only).
/// Medians are reported, with each against the baseline of the same run.
/// </summary>
internal static class FirstAccessProbe
{
    private static readonly string[] Contenders = ["default", "load", "empty"];

    public static int Run(string[] args)
    {
        var runs = 10;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--runs")
            {
                runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var export = Path.Combine(Path.GetTempPath(), "aigov-first-access-" + Environment.ProcessId + ".json");
        using (var file = File.Create(export))
        {
            GovernanceCatalog.Default.Export(file);
        }

        try
        {
            var inside = Contenders.ToDictionary(c => c, _ => new List<double>());
            var wall = Contenders.ToDictionary(c => c, _ => new List<double>());
            for (var run = 0; run < runs; run++)
            {
                foreach (var contender in Contenders)
                {
                    var (ms, wallMs) = Launch(contender, export);
                    inside[contender].Add(ms);
                    wall[contender].Add(wallMs);
                }
            }

            Console.WriteLine("First operation in a new process (" + runs + " launches each, interleaved; medians; load average " + LoadAverage() + ")");
            Console.WriteLine("| Contender | first operation, in process (JIT included) | whole process, wall | vs. Load (in process) |");
            Console.WriteLine("|---|---:|---:|---:|");
            var baseline = Median(inside["load"]);
            foreach (var contender in Contenders)
            {
                var m = Median(inside[contender]);
                Console.WriteLine("| " + Describe(contender) + " | " + F(m) + " ms | " + F(Median(wall[contender])) + " ms | " + (contender == "empty" ? "—" : (baseline / m).ToString("0.0", CultureInfo.InvariantCulture) + "× " + (m <= baseline ? "faster" : "slower")) + " |");
            }
        }
        finally
        {
            File.Delete(export);
        }

        return 0;
    }

    /// <summary>The child: times one first operation and prints its milliseconds.</summary>
    public static int Child(string[] args)
    {
        var stopwatch = Stopwatch.StartNew();
        switch (args[0])
        {
            case "default":
                GC.KeepAlive(FirstDefault());
                break;
            case "load":
                GC.KeepAlive(FirstLoad(args[1]));
                break;
        }

        stopwatch.Stop();
        Console.WriteLine(stopwatch.Elapsed.TotalMilliseconds.ToString("R", CultureInfo.InvariantCulture));
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GovernanceCatalog FirstDefault() => GovernanceCatalog.Default;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GovernanceCatalog FirstLoad(string path)
    {
        using var stream = File.OpenRead(path);
        return GovernanceCatalog.Load(stream);
    }

    private static (double InProcess, double Wall) Launch(string contender, string export)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(FirstAccessProbe).Assembly.Location);
        }

        start.ArgumentList.Add("first-access-child");
        start.ArgumentList.Add(contender);
        start.ArgumentList.Add(export);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The child for '" + contender + "' failed: " + output);
        }

        return (double.Parse(output.Trim(), CultureInfo.InvariantCulture), stopwatch.Elapsed.TotalMilliseconds);
    }

    private static string Describe(string contender) => contender switch
    {
        "default" => "`GovernanceCatalog.Default` (compiled data)",
        "load" => "`GovernanceCatalog.Load` of the JSON export (**baseline**)",
        _ => "empty child (process start and exit)",
    };

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string F(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
