using System.Collections.Generic;
using AiGov.Catalog.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Building the whole catalogue, fresh on every invocation (never the cached <see cref="GovernanceCatalog.Default"/>):
/// from the generated code, as <c>Default</c> does on first use, against the run-time YAML path a library without the
/// generator would take on every start.
/// </summary>
/// <remarks>Pending (after the merge of feature/package): <c>JsonLoad</c>, <c>GovernanceCatalog.Load</c> of the full JSON export, as a third contender.</remarks>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private string _catalogDirectory = string.Empty;
    private IReadOnlyList<(string Path, string Text)> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalogDirectory = YamlCatalogBuilder.FindCatalogDirectory();
        _files = YamlCatalogBuilder.ReadFiles(_catalogDirectory);
    }

    /// <summary>Baseline: read catalog/**/*.yaml, parse with YamlDotNet, validate and link, construct the model.</summary>
    [Benchmark(Baseline = true, Description = "YAML at run time (read+parse+link+construct)")]
    public GovernanceCatalog YamlFromFiles() => YamlCatalogBuilder.BuildFromDirectory(_catalogDirectory);

    /// <summary>The same without the disk reads (texts already in memory).</summary>
    [Benchmark(Description = "YAML at run time, texts in memory")]
    public GovernanceCatalog YamlFromMemory() => YamlCatalogBuilder.Build(_files);

    /// <summary>What <c>Default</c> does: run the generated construction code and index it.</summary>
    [Benchmark(Description = "Generated data (what Default does)")]
    public GovernanceCatalog Generated() => new(GeneratedCatalogData.Create());
}
