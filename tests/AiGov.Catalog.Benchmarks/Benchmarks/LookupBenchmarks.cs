using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Lookups on the embedded catalogue: <c>Find</c> by ID in its three forms (hit) and <c>TryFind</c> (miss; <c>Find</c>
/// throws on a miss, which is not a hot path), the generated typed accessor, and navigation risk → measures. Each group
/// has its own baseline: a plain <see cref="Dictionary{TKey, TValue}"/> for the lookups, and for navigation the naive
/// scan of every measure's addresses that the precomputed index replaces.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private GovernanceCatalog _catalog = null!;
    private Dictionary<string, CatalogElement> _dictionary = null!;
    private Risk _risk = null!;
    private Measure _measure = null!;
    private string _canonical = "1.0:3.1.1.a";
    private string _printed = "1.0:3.1.1(a)";
    private string _key = "1.0:explainability";
    private string _miss = "1.0:9.9.9.z";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = GovernanceCatalog.Default;
        _dictionary = new Dictionary<string, CatalogElement>(StringComparer.Ordinal);
        foreach (var edition in _catalog.Editions)
        {
            foreach (var form in edition.IdForms)
            {
                _dictionary[form] = edition.Find(form)!;
            }
        }

        // Fresh string instances, as an ID read from user input would be (not the interned literals of the data).
        _canonical = new string(_canonical.AsSpan());
        _printed = new string(_printed.AsSpan());
        _key = new string(_key.AsSpan());
        _miss = new string(_miss.AsSpan());
        _risk = Aisgf.V1_0.Risks.Explainability;
        _measure = _risk.Measures[0];
    }

    [Benchmark(Baseline = true, Description = "Dictionary<string,…> hit (baseline)")]
    [BenchmarkCategory("Find hit")]
    public CatalogElement DictionaryHit() => _dictionary[_canonical];

    [Benchmark(Description = "Find(\"1.0:3.1.1.a\")")]
    [BenchmarkCategory("Find hit")]
    public CatalogElement FindCanonical() => _catalog.Find(_canonical);

    [Benchmark(Description = "Find(\"1.0:3.1.1(a)\")")]
    [BenchmarkCategory("Find hit")]
    public CatalogElement FindPrinted() => _catalog.Find(_printed);

    [Benchmark(Description = "Find(\"1.0:explainability\")")]
    [BenchmarkCategory("Find hit")]
    public CatalogElement FindKey() => _catalog.Find(_key);

    [Benchmark(Description = "Find<Risk>(\"1.0:3.1.1.a\")")]
    [BenchmarkCategory("Find hit")]
    public Risk FindTyped() => _catalog.Find<Risk>(_canonical);

    [Benchmark(Baseline = true, Description = "Dictionary<string,…> miss (baseline)")]
    [BenchmarkCategory("Find miss")]
    public bool DictionaryMiss() => _dictionary.TryGetValue(_miss, out _);

    [Benchmark(Description = "TryFind(\"1.0:9.9.9.z\") miss")]
    [BenchmarkCategory("Find miss")]
    public bool TryFindMiss() => _catalog.TryFind(_miss, out _);

    [Benchmark(Baseline = true, Description = "Find<Risk>(id) (baseline)")]
    [BenchmarkCategory("Typed accessor")]
    public Risk TypedViaFind() => _catalog.Find<Risk>(_canonical);

    [Benchmark(Description = "Aisgf.V1_0.Risks.Explainability")]
    [BenchmarkCategory("Typed accessor")]
    public Risk TypedAccessor() => Aisgf.V1_0.Risks.Explainability;

    /// <summary>Baseline: what risk.Measures would cost without the index built at construction.</summary>
    [Benchmark(Baseline = true, Description = "scan every measure's addresses (baseline)")]
    [BenchmarkCategory("Navigation")]
    public int NavigationNaive()
    {
        var count = 0;
        var subcategory = _risk.ParentId;
        var category = _risk.Subcategory.ParentId;
        foreach (var measure in _risk.Catalog.Measures)
        {
            foreach (var address in measure.Addresses)
            {
                if (address.TargetId == _risk.Id || address.TargetId == subcategory || address.TargetId == category)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    [Benchmark(Description = "risk.Measures")]
    [BenchmarkCategory("Navigation")]
    public ImmutableArray<Measure> RiskMeasures() => _risk.Measures;

    [Benchmark(Description = "risk.Category (via sub-category)")]
    [BenchmarkCategory("Navigation")]
    public RiskCategory RiskCategory() => _risk.Category;

    [Benchmark(Description = "measure.Risks")]
    [BenchmarkCategory("Navigation")]
    public ImmutableArray<Risk> MeasureRisks() => _measure.Risks;
}
