using System;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;
using BenchmarkDotNet.Attributes;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// <c>Search</c> in Chinese and English, a hit-rich and a no-hit query each, over both editions and over one. The
/// baseline is the same substring search without the index (each element's text folded again for every query), which
/// is what the lazily built <c>SearchIndex</c> saves. The index itself is built in the setup, as after a first search.
/// The baseline matches substrings; the indexed search also checks, for a Latin query, that a match starts a word, and
/// orders title hits first.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private GovernanceCatalog _catalog = null!;

    [Params("安全", "量子纠缠", "data", "quantum entanglement")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = GovernanceCatalog.Default;
        _catalog.Search("warm up the index");
    }

    /// <summary>Baseline: no index; fold every element's text for every query.</summary>
    [Benchmark(Baseline = true, Description = "no index: fold every element per query (baseline)")]
    public int Unindexed()
    {
        var folded = CatalogTextFolding.Fold(Query);
        var hits = 0;
        foreach (var edition in _catalog.Editions)
        {
            foreach (var e in edition.Elements)
            {
                var text = e.Id + "\u0001" + e.Clause + "\u0001" + e.Title.Zh.Text + "\u0001" + e.Title.En.Text + "\u0001" + e.Summary;
                foreach (var alias in e.Aliases)
                {
                    text += "\u0001" + alias.Text;
                }

                if (CatalogTextFolding.Fold(text).IndexOf(folded, StringComparison.Ordinal) >= 0)
                {
                    hits++;
                }
            }
        }

        return hits;
    }

    [Benchmark(Description = "Search(text) both editions")]
    public ImmutableArray<CatalogElement> SearchAll() => _catalog.Search(Query);

    [Benchmark(Description = "Search(text, Edition.V1_0)")]
    public ImmutableArray<CatalogElement> SearchOneEdition() => _catalog.Search(Query, Edition.V1_0);
}
