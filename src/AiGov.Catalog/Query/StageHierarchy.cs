using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// The tree of a catalogue's lifecycle stages (research and development with its phases design, data collection and
/// processing, training, testing and evaluation; then deployment, operation, use, decommissioning), built once from the
/// vocabulary and used by every stage filter so that they agree on what "at a stage" means.
/// </summary>
internal sealed class StageHierarchy
{
    private readonly FrozenDictionary<string, string?> _parents;

    public StageHierarchy(ImmutableArray<LifecycleStage> stages)
    {
        Stages = stages;
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            parents[stage.Key] = stage.ParentKey;
        }

        _parents = parents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the stages in vocabulary (lifecycle) order.</summary>
    public ImmutableArray<LifecycleStage> Stages { get; }

    /// <summary>Whether the stage belongs to this catalogue's vocabulary.</summary>
    public bool Contains(LifecycleStage stage) => _parents.ContainsKey(stage.Key);

    /// <summary>
    /// Whether an element mapped to <paramref name="mapped"/> is "at" <paramref name="query"/>: the two are the same
    /// stage, or <paramref name="mapped"/> is a phase (a descendant) of <paramref name="query"/>. A mapping to the broader
    /// stage does not count for one of its phases: the data does not say which phase it concerns.
    /// </summary>
    public bool Covers(LifecycleStage query, LifecycleStage mapped)
    {
        string? current = mapped.Key;
        for (var depth = 0; current is not null && depth < 32; depth++)
        {
            if (string.Equals(current, query.Key, StringComparison.Ordinal))
            {
                return true;
            }

            current = _parents.TryGetValue(current, out var parent) ? parent : null;
        }

        return false;
    }

    /// <summary>Whether any of the element's stage mappings is at <paramref name="query"/> (optionally of one basis only).</summary>
    public bool IsAt(CatalogElement element, LifecycleStage query, MappingBasis? basis)
    {
        foreach (var mapping in element.Stages)
        {
            if ((basis is null || mapping.Basis == basis) && Covers(query, mapping.Stage))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of ancestors of the stage (0 for a top-level stage).</summary>
    public int Depth(LifecycleStage stage)
    {
        var depth = 0;
        var current = stage.ParentKey;
        while (current is not null && depth < 32 && _parents.TryGetValue(current, out var parent))
        {
            depth++;
            current = parent;
        }

        return depth;
    }
}
