using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AiGov.Catalog.Benchmarks.Growth;

/// <summary>
/// <c>-- growth [--report &lt;GrowthBenchmarks-report.csv&gt;] [--svg &lt;path&gt;]</c>: the memory held by the synthetic
/// catalogues of 1×, 4× and 16× (measured here, in this process, after full collections), and, given the
/// BenchmarkDotNet CSV report of <see cref="GrowthBenchmarks"/>, the table of medians per size with the cost per element
/// and each size against 1× (the same run), and the plot (SVG, written deterministically from those numbers).
/// </summary>
internal static class GrowthProbe
{
    private static readonly int[] Sizes = [1, 4, 16];

    public static int Run(string[] args)
    {
        string? report = null;
        string? svg = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--report")
            {
                report = args[i + 1];
            }
            else if (args[i] == "--svg")
            {
                svg = args[i + 1];
            }
        }

        var rows = new List<Row>();
        foreach (var size in Sizes)
        {
            rows.Add(Measure(size));
        }

        Console.WriteLine("Synthetic catalogues (the real YAML renumbered, compiled by the generator's pipeline)");
        Console.WriteLine("| Size | Editions | Elements | Held: model (KB) | + strings (KB) | + search index (KB) | Held per element (B) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            Console.WriteLine("| " + r.Size + "× | " + r.Editions + " | " + N(r.Elements) + " | " + Kb(r.Model) + " | " + Kb(r.Model + r.Strings) + " | " + Kb(r.Model + r.Strings + r.Index) + " | " + N((r.Model + r.Strings + r.Index) / r.Elements) + " |");
        }

        // Thread CPU time per operation and size (CpuProbe's measure: far less sensitive than wall time to the load of a
        // shared machine), or, given BenchmarkDotNet's CSV report of GrowthBenchmarks, its medians.
        var medians = report is null ? MeasureCpu(rows) : ReadMedians(report);
        var methods = medians.Keys.Select(k => k.Method).Distinct().ToList();
        Console.WriteLine();
        Console.WriteLine((report is null ? "Thread CPU time per operation, median of 9 batches" : "Medians of " + report) + "; load average " + FirstAccessProbe.LoadAverage());
        Console.WriteLine("| Operation | " + string.Join(" | ", Sizes.Select(s => s + "×")) + " | per element at 16× | 4× vs 1× | 16× vs 1× |");
        Console.WriteLine("|---|" + string.Concat(Sizes.Select(_ => "---:|")) + "---:|---:|---:|");
        foreach (var method in methods)
        {
            var values = Sizes.Select(s => medians[(method, s)]).ToList();
            Console.WriteLine("| " + method + " | " + string.Join(" | ", values.Select(Time)) + " | " + Time(values[^1] / rows[^1].Elements) + " | " + Ratio(values[1] / values[0]) + " | " + Ratio(values[^1] / values[0]) + " |");
        }

        var memory = rows.Select(r => (double)(r.Model + r.Strings + r.Index)).ToList();
        var model = rows.Select(r => (double)r.Model).ToList();
        Console.WriteLine("| memory held: model objects | " + string.Join(" | ", model.Select(m => Kb((long)m) + " KB")) + " | " + N((long)(model[^1] / rows[^1].Elements)) + " B | " + Ratio(model[1] / model[0]) + " | " + Ratio(model[^1] / model[0]) + " |");
        Console.WriteLine("| memory held: all (strings, search index) | " + string.Join(" | ", memory.Select(m => Kb((long)m) + " KB")) + " | " + N((long)(memory[^1] / rows[^1].Elements)) + " B | " + Ratio(memory[1] / memory[0]) + " | " + Ratio(memory[^1] / memory[0]) + " |");
        Console.WriteLine("| elements | " + string.Join(" | ", rows.Select(r => N(r.Elements))) + " | | " + Ratio((double)rows[1].Elements / rows[0].Elements) + " | " + Ratio((double)rows[^1].Elements / rows[0].Elements) + " |");

        if (svg is not null)
        {
            var series = new List<(string Name, double[] Relative)>();
            foreach (var method in methods)
            {
                var values = Sizes.Select(s => medians[(method, s)]).ToArray();
                series.Add((method, values.Select(v => v / values[0]).ToArray()));
            }

            series.Add(("memory held: model objects", model.Select(m => m / model[0]).ToArray()));
            series.Add(("memory held: all", memory.Select(m => m / memory[0]).ToArray()));
            File.WriteAllText(svg, Plot(series), new UTF8Encoding(false));
            Console.WriteLine();
            Console.WriteLine("Wrote " + svg);
        }

        return 0;
    }

    private static string Ratio(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "×";

    private static Dictionary<(string Method, int Size), double> MeasureCpu(List<Row> rows)
    {
        var result = new Dictionary<(string, int), double>();
        foreach (var size in Sizes)
        {
            var synthetic = SyntheticCatalog.Create(size);
            var catalog = synthetic.Build();
            catalog.Search("warm up the index");
            var shift = 3 * (size - 1);
            var from = catalog.Edition(new Edition(1 + shift, 0));
            var to = catalog.Edition(new Edition(2 + shift, 0));
            var first = new string("1.0:3.1.1.a".AsSpan());
            var last = new string(((1 + shift) + ".0:3.1.1.a").AsSpan());
            var ops = new (string Name, Func<object?> Op)[]
            {
                ("build", () => synthetic.Build()),
                ("Find (first edition)", () => catalog.Find(first)),
                ("Find (last edition)", () => catalog.Find(last)),
                ("Search(\"安全\") (hit-rich)", () => catalog.Search("安全")),
                ("Search(\"量子纠缠\") (miss)", () => catalog.Search("量子纠缠")),
                ("Diff(1.0, 2.0) of the last copy, cold", () => catalog.ComputeDiff(from, to)),
            };
            foreach (var (name, op) in ops)
            {
                result[(name, size)] = CpuProbe.Measure(op, 9).Nanoseconds;
            }
        }

        _ = rows;
        return result;
    }

    private sealed record Row(int Size, int Editions, int Elements, long Model, long Strings, long Index);

    private static Row Measure(int size)
    {
        var synthetic = SyntheticCatalog.Create(size);
        var tables = Settle();
        var catalog = synthetic.Build();
        var built = Settle();
        catalog.Search("安全");
        var indexed = Settle();
        GC.KeepAlive(catalog);
        var strings = 24L + (8L * synthetic.Strings.Strings.Length) + synthetic.Strings.Strings.Sum(s => (22L + (2L * s.Length) + 7) & ~7L)
            + 24L + (16L * synthetic.Strings.Lists.Length) + synthetic.Strings.Lists.Sum(l => 24L + (8L * l.Length));
        return new Row(size, synthetic.EditionCount, synthetic.ElementCount, built - tables, strings, indexed - built);
    }

    private static long Settle()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Reads the Median column of BenchmarkDotNet's CSV report, in nanoseconds, by (method, size).</summary>
    private static Dictionary<(string Method, int Size), double> ReadMedians(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = SplitCsv(lines[0]);
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException(path + " has no column " + name);
        var method = Column("Method");
        var size = Column("Size");
        var median = Column("Median");
        var result = new Dictionary<(string, int), double>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = SplitCsv(line);
            result[(cells[method].Trim('\''), int.Parse(cells[size], CultureInfo.InvariantCulture))] = Nanoseconds(cells[median]);
        }

        return result;
    }

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells.ToArray();
    }

    private static double Nanoseconds(string cell)
    {
        var parts = cell.Replace(",", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var value = double.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts[1] switch
        {
            "ns" => value,
            "μs" or "us" => value * 1e3,
            "ms" => value * 1e6,
            "s" => value * 1e9,
            _ => throw new InvalidDataException("Unknown unit in '" + cell + "'."),
        };
    }

    private static string Time(double ns) => ns switch
    {
        < 1e3 => ns.ToString(ns < 10 ? "0.00" : ns < 100 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ns",
        < 1e6 => (ns / 1e3).ToString(ns < 1e4 ? "0.00" : ns < 1e5 ? "0.0" : "0", CultureInfo.InvariantCulture) + " µs",
        _ => (ns / 1e6).ToString(ns < 1e7 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms",
    };

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A log-log plot of each series relative to its 1× value against the size factor, with the line "linear" (y = x)
    /// and "flat" (y = 1) for reference. Fixed layout, invariant number formatting: the same numbers give the same file.
    /// </summary>
    internal static string Plot(IReadOnlyList<(string Name, double[] Relative)> series)
    {
        const double Left = 70, Top = 40, Width = 460, Height = 320;
        string[] colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
        var maxY = Math.Max(32, series.SelectMany(s => s.Relative).Max() * 1.2);
        var minY = Math.Min(0.5, series.SelectMany(s => s.Relative).Min() / 1.2);
        double X(double size) => Left + (Math.Log(size) / Math.Log(16) * Width);
        double Y(double value) => Top + Height - ((Math.Log(value) - Math.Log(minY)) / (Math.Log(maxY) - Math.Log(minY)) * Height);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var sb = new StringBuilder();
        var legendHeight = 18 * (series.Count + 2);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"").Append(F(Top + Height + 60)).Append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.Append("<text x=\"").Append(F(Left)).Append("\" y=\"22\" font-size=\"14\">Cost against catalogue size, relative to today's catalogue (1×), log-log</text>\n");
        sb.Append("<rect x=\"").Append(F(Left)).Append("\" y=\"").Append(F(Top)).Append("\" width=\"").Append(F(Width)).Append("\" height=\"").Append(F(Height)).Append("\" fill=\"none\" stroke=\"#999\"/>\n");
        foreach (var size in Sizes)
        {
            sb.Append("<line x1=\"").Append(F(X(size))).Append("\" y1=\"").Append(F(Top)).Append("\" x2=\"").Append(F(X(size))).Append("\" y2=\"").Append(F(Top + Height)).Append("\" stroke=\"#eee\"/>\n");
            sb.Append("<text x=\"").Append(F(X(size))).Append("\" y=\"").Append(F(Top + Height + 18)).Append("\" text-anchor=\"middle\">").Append(size).Append("×</text>\n");
        }

        for (var tick = 0.5; tick <= maxY; tick *= 2)
        {
            if (tick < minY)
            {
                continue;
            }

            sb.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(Y(tick))).Append("\" x2=\"").Append(F(Left + Width)).Append("\" y2=\"").Append(F(Y(tick))).Append("\" stroke=\"#eee\"/>\n");
            sb.Append("<text x=\"").Append(F(Left - 6)).Append("\" y=\"").Append(F(Y(tick) + 4)).Append("\" text-anchor=\"end\">").Append(tick.ToString("0.#", CultureInfo.InvariantCulture)).Append("×</text>\n");
        }

        sb.Append("<text x=\"").Append(F(Left + (Width / 2))).Append("\" y=\"").Append(F(Top + Height + 40)).Append("\" text-anchor=\"middle\">catalogue size (× today's elements)</text>\n");
        sb.Append("<line x1=\"").Append(F(X(1))).Append("\" y1=\"").Append(F(Y(1))).Append("\" x2=\"").Append(F(X(16))).Append("\" y2=\"").Append(F(Y(16))).Append("\" stroke=\"#555\" stroke-dasharray=\"6,4\"/>\n");
        sb.Append("<line x1=\"").Append(F(X(1))).Append("\" y1=\"").Append(F(Y(1))).Append("\" x2=\"").Append(F(X(16))).Append("\" y2=\"").Append(F(Y(1))).Append("\" stroke=\"#555\" stroke-dasharray=\"2,3\"/>\n");
        for (var i = 0; i < series.Count; i++)
        {
            var colour = colours[i % colours.Length];
            var points = string.Join(" ", Sizes.Select((s, j) => F(X(s)) + "," + F(Y(series[i].Relative[j]))));
            sb.Append("<polyline points=\"").Append(points).Append("\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\"/>\n");
            foreach (var (s, j) in Sizes.Select((s, j) => (s, j)))
            {
                sb.Append("<circle cx=\"").Append(F(X(s))).Append("\" cy=\"").Append(F(Y(series[i].Relative[j]))).Append("\" r=\"3\" fill=\"").Append(colour).Append("\"/>\n");
            }
        }

        var legendX = Left + Width + 20;
        for (var i = 0; i < series.Count; i++)
        {
            var y = Top + 10 + (18 * i);
            sb.Append("<rect x=\"").Append(F(legendX)).Append("\" y=\"").Append(F(y - 9)).Append("\" width=\"14\" height=\"4\" fill=\"").Append(colours[i % colours.Length]).Append("\"/>\n");
            sb.Append("<text x=\"").Append(F(legendX + 20)).Append("\" y=\"").Append(F(y - 4)).Append("\">").Append(Xml(series[i].Name)).Append(" (16×: ").Append(series[i].Relative[^1].ToString("0.0", CultureInfo.InvariantCulture)).Append("×)</text>\n");
        }

        var refY = Top + 10 + (18 * series.Count);
        sb.Append("<line x1=\"").Append(F(legendX)).Append("\" y1=\"").Append(F(refY - 7)).Append("\" x2=\"").Append(F(legendX + 14)).Append("\" y2=\"").Append(F(refY - 7)).Append("\" stroke=\"#555\" stroke-dasharray=\"6,4\"/>\n");
        sb.Append("<text x=\"").Append(F(legendX + 20)).Append("\" y=\"").Append(F(refY - 4)).Append("\">linear (y = size)</text>\n");
        sb.Append("<line x1=\"").Append(F(legendX)).Append("\" y1=\"").Append(F(refY + 11)).Append("\" x2=\"").Append(F(legendX + 14)).Append("\" y2=\"").Append(F(refY + 11)).Append("\" stroke=\"#555\" stroke-dasharray=\"2,3\"/>\n");
        sb.Append("<text x=\"").Append(F(legendX + 20)).Append("\" y=\"").Append(F(refY + 14)).Append("\">flat (y = 1)</text>\n");
        _ = legendHeight;
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
