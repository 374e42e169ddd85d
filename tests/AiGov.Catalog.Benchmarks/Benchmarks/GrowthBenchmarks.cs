using System;
using System.Collections.Immutable;
using AiGov.Catalog.Benchmarks.Growth;
using BenchmarkDotNet.Attributes;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Growth (issue #20.1): the same operations on synthetic catalogues of 1×, 4× and 16× the real one (3, 12 and 48
/// editions; <see cref="SyntheticCatalog"/>: the real YAML renumbered and compiled by the real generator in the setup).
/// Build, <c>Search</c> and memory should grow at most linearly with the number of elements, <c>Find</c> and a diff of
/// one pair of editions should stay flat. The ratio that matters is each size against 1× of the same benchmark, in the
/// same run (README.md, "Growth"); the memory held per size is <c>-- growth</c>.
/// </summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private SyntheticCatalog _synthetic = null!;
    private GovernanceCatalog _catalog = null!;
    private EditionCatalog _from = null!;
    private EditionCatalog _to = null!;
    private string _firstId = string.Empty;
    private string _lastId = string.Empty;

    /// <summary>Gets or sets the size factor against the real catalogue.</summary>
    [Params(1, 4, 16)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _synthetic = SyntheticCatalog.Create(Size);
        _catalog = _synthetic.Build();
        _catalog.Search("warm up the index");
        // The last copy's 1.0 and 2.0: a diff of one pair, whatever the size.
        var shift = 3 * (Size - 1);
        _from = _catalog.Edition(new Edition(1 + shift, 0));
        _to = _catalog.Edition(new Edition(2 + shift, 0));
        _firstId = new string("1.0:3.1.1.a".AsSpan());
        _lastId = new string(((1 + shift) + ".0:3.1.1.a").AsSpan());
    }

    [Benchmark(Description = "build (tables → GovernanceCatalog)")]
    public GovernanceCatalog Build() => _synthetic.Build();

    [Benchmark(Description = "Find (first edition)")]
    public CatalogElement FindFirst() => _catalog.Find(_firstId);

    [Benchmark(Description = "Find (last edition)")]
    public CatalogElement FindLast() => _catalog.Find(_lastId);

    [Benchmark(Description = "Search(\"安全\"), every edition (hit-rich)")]
    public ImmutableArray<CatalogElement> SearchHits() => _catalog.Search("安全");

    [Benchmark(Description = "Search(\"量子纠缠\"), every edition (miss)")]
    public ImmutableArray<CatalogElement> SearchMiss() => _catalog.Search("量子纠缠");

    [Benchmark(Description = "Diff(1.0, 2.0) of the last copy, cold")]
    public EditionDiff Diff() => _catalog.ComputeDiff(_from, _to);
}
