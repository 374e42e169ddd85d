using System.Collections.Generic;
using System.IO;
using AiGov.Catalog.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Building the whole catalogue, fresh on every invocation (never the cached <see cref="GovernanceCatalog.Default"/>):
/// from the generated code, as <c>Default</c> does on first use, against the run-time YAML path a library without the
/// generator would take on every start, and against <see cref="GovernanceCatalog.Load(Stream)"/> of the full JSON export.
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private string _catalogDirectory = string.Empty;
    private IReadOnlyList<(string Path, string Text)> _files = [];
    private byte[] _export = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalogDirectory = YamlCatalogBuilder.FindCatalogDirectory();
        _files = YamlCatalogBuilder.ReadFiles(_catalogDirectory);
        using var stream = new MemoryStream();
        GovernanceCatalog.Default.Export(stream);
        _export = stream.ToArray();
    }

    /// <summary>Baseline: read catalog/**/*.yaml, parse with YamlDotNet, validate and link, construct the model.</summary>
    [Benchmark(Baseline = true, Description = "YAML at run time (read+parse+link+construct)")]
    public GovernanceCatalog YamlFromFiles() => YamlCatalogBuilder.BuildFromDirectory(_catalogDirectory);

    /// <summary>The same without the disk reads (texts already in memory).</summary>
    [Benchmark(Description = "YAML at run time, texts in memory")]
    public GovernanceCatalog YamlFromMemory() => YamlCatalogBuilder.Build(_files);

    /// <summary>Load the full JSON export (all editions, lineage, vocabularies), validated, from memory.</summary>
    [Benchmark(Description = "Load of the JSON export")]
    public GovernanceCatalog JsonLoad()
    {
        using var stream = new MemoryStream(_export, writable: false);
        return GovernanceCatalog.Load(stream);
    }

    /// <summary>What <c>Default</c> does: run the generated construction code and index it.</summary>
    [Benchmark(Description = "Generated data (what Default does)")]
    public GovernanceCatalog Generated() => new(GeneratedCatalogData.Create());
}
