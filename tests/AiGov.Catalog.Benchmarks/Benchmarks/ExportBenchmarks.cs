using System.IO;
using BenchmarkDotNet.Attributes;

namespace AiGov.Catalog.Benchmarks;

/// <summary>The JSON data file: export of the embedded catalogue against loading it back.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private byte[] _export = [];

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        GovernanceCatalog.Default.Export(stream);
        _export = stream.ToArray();
    }

    /// <summary>Baseline: write the full export (about 570 KB of JSON) into memory.</summary>
    [Benchmark(Baseline = true, Description = "Export (JSON data file)")]
    public long Export()
    {
        using var stream = new MemoryStream(_export.Length);
        GovernanceCatalog.Default.Export(stream);
        return stream.Length;
    }

    /// <summary>Read the full export back: parse, build, validate.</summary>
    [Benchmark(Description = "Load (JSON data file)")]
    public GovernanceCatalog Load()
    {
        using var stream = new MemoryStream(_export, writable: false);
        return GovernanceCatalog.Load(stream);
    }
}
