using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Crosswalk lookups (issue #20.2: ≤ 50 ns, 0 B): element → mappings (<c>MappingsOf</c> by ID and by element) and
/// mapping target → elements (<c>MappedFrom(framework, term)</c>), against a plain <see cref="Dictionary{TKey, TValue}"/>
/// hit over the same keys in the same run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CrosswalkBenchmarks
{
    private GovernanceCatalog _catalog = null!;
    private Dictionary<string, ImmutableArray<CrosswalkMapping>> _bySubject = null!;
    private Dictionary<string, Dictionary<string, ImmutableArray<CrosswalkMapping>>> _byTerm = null!;
    private CatalogElement _element = null!;
    private string _elementId = "1.0:3.1.1.a";
    private string _framework = "nist-ai-rmf";
    private string _pinned = "nist-ai-rmf@1.0";
    private string _term = "MAP 5.1";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = GovernanceCatalog.Default;
        _bySubject = new Dictionary<string, ImmutableArray<CrosswalkMapping>>(StringComparer.Ordinal);
        _byTerm = new Dictionary<string, Dictionary<string, ImmutableArray<CrosswalkMapping>>>(StringComparer.Ordinal);
        foreach (var set in _catalog.MappingSets)
        {
            foreach (var m in set.Mappings)
            {
                _bySubject[m.SubjectId] = _catalog.MappingsOf(m.SubjectId);
                if (!_byTerm.TryGetValue(m.Set.Framework.Id, out var terms))
                {
                    terms = new Dictionary<string, ImmutableArray<CrosswalkMapping>>(StringComparer.Ordinal);
                    _byTerm[m.Set.Framework.Id] = terms;
                }

                terms[m.ObjectId] = _catalog.MappedFrom(m.Set.Framework.Id + "@" + m.Set.Framework.Version, m.ObjectId);
            }
        }

        // Fresh strings, as from user input.
        _elementId = new string(_elementId.AsSpan());
        _framework = new string(_framework.AsSpan());
        _pinned = new string(_pinned.AsSpan());
        _term = new string(_term.AsSpan());
        _element = _catalog.Find(_elementId);
        if (_catalog.MappingsOf(_elementId).IsEmpty || _catalog.MappedFrom(_framework, _term).IsEmpty)
        {
            throw new InvalidOperationException("The benchmark's element or term has no mapping.");
        }
    }

    [Benchmark(Baseline = true, Description = "Dictionary<string,…> hit (baseline)")]
    [BenchmarkCategory("element → mappings")]
    public ImmutableArray<CrosswalkMapping> DictionaryBySubject() => _bySubject[_elementId];

    [Benchmark(Description = "MappingsOf(\"1.0:3.1.1.a\")")]
    [BenchmarkCategory("element → mappings")]
    public ImmutableArray<CrosswalkMapping> MappingsOfId() => _catalog.MappingsOf(_elementId);

    [Benchmark(Description = "MappingsOf(element)")]
    [BenchmarkCategory("element → mappings")]
    public ImmutableArray<CrosswalkMapping> MappingsOfElement() => _catalog.MappingsOf(_element);

    [Benchmark(Baseline = true, Description = "two Dictionary<string,…> hits: framework, then term (baseline)")]
    [BenchmarkCategory("term → elements")]
    public ImmutableArray<CrosswalkMapping> DictionaryByTerm() => _byTerm[_framework][_term];

    [Benchmark(Description = "MappedFrom(\"nist-ai-rmf\", \"MAP 5.1\")")]
    [BenchmarkCategory("term → elements")]
    public ImmutableArray<CrosswalkMapping> MappedFrom() => _catalog.MappedFrom(_framework, _term);

    [Benchmark(Description = "MappedFrom(\"nist-ai-rmf@1.0\", \"MAP 5.1\")")]
    [BenchmarkCategory("term → elements")]
    public ImmutableArray<CrosswalkMapping> MappedFromPinned() => _catalog.MappedFrom(_pinned, _term);
}
