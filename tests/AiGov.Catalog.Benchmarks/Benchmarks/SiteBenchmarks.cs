using System;
using System.Collections.Immutable;
using System.IO;
using AiGov.Catalog.Site;
using BenchmarkDotNet.Attributes;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// The static website (issue #18, budget ≤ 2 s for every edition): rendering every page in memory, and generating it
/// into a folder (each file written atomically: temp file, then rename).
/// </summary>
[MemoryDiagnoser]
public class SiteBenchmarks
{
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "aigov-site-bench-" + Guid.NewGuid().ToString("N"));
        SiteGenerator.Render(GovernanceCatalog.Default); // warm the catalogue's lazy indexes, as a CLI run would not share
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Every page, the stylesheet, the script and the search index, in memory.</summary>
    [Benchmark(Baseline = true, Description = "Site: render all editions in memory")]
    public ImmutableArray<SiteFile> Render() => SiteGenerator.Render(GovernanceCatalog.Default);

    /// <summary>The same, written to a folder (the `aigov site --out DIR --force` path).</summary>
    [Benchmark(Description = "Site: generate all editions into a folder")]
    public ImmutableArray<SiteFile> Generate() => SiteGenerator.Generate(GovernanceCatalog.Default, new SiteOptions { OutputDirectory = _folder, Force = true });
}
