using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <content>The diff between two editions.</content>
public sealed partial class GovernanceCatalog
{
    private readonly ConcurrentDictionary<(EditionNumber From, EditionNumber To), Lazy<EditionDiff>> _diffs = new();

    /// <summary>
    /// Computes the typed difference between two editions, in either direction: per element kind, what was added,
    /// removed, kept, renamed, reworded, moved, split or merged, with the lineage evidence and confidence, the fields,
    /// the measure links and the crosswalk mappings that changed. See <see cref="EditionDiff"/>.
    /// </summary>
    /// <param name="from">The edition to start from, e.g. <c>Edition.V1_0</c>.</param>
    /// <param name="to">The edition to go to, e.g. <c>Edition.V2_0</c>. It may be older than <paramref name="from"/>
    /// (the lineage is read backwards) or the same (every element unchanged).</param>
    /// <returns>The diff. It is computed once per pair of editions and cached; the instance is immutable.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition; the message lists those it has.</exception>
    /// <exception cref="InvalidOperationException">No chain of lineages connects the two editions.</exception>
    public EditionDiff Diff(EditionNumber from, EditionNumber to)
    {
        var fromCatalog = Edition(from);
        var toCatalog = Edition(to);
        var lazy = _diffs.GetOrAdd((from, to), _ => new Lazy<EditionDiff>(() => ComputeDiff(fromCatalog, toCatalog)));
        try
        {
            return lazy.Value;
        }
        catch (InvalidOperationException)
        {
            _diffs.TryRemove((from, to), out _);
            throw;
        }
    }

    /// <summary>What the first <see cref="Diff"/> of a pair computes, uncached (the benchmarks' "cold" diff).</summary>
    internal EditionDiff ComputeDiff(EditionCatalog from, EditionCatalog to) => WithMappings(WithInstruments(DiffBuilder.Build(this, from, to)));
}
