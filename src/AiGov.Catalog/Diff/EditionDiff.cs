using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// The typed difference between two editions of the framework, from <see cref="GovernanceCatalog.Diff(Edition, Edition)"/>:
/// one <see cref="DiffEntry"/> per correspondence, grouped by element kind, and the elements no lineage tracks. Immutable
/// and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Entries.</b> The kinds the lineage tracks (principles, components, risk categories, risk sub-categories,
/// risks, governance measures and guideline sets) are matched through the lineage and appear in <see cref="Entries"/>,
/// ordered by kind, then by the <c>from</c> edition's document order, then (for added elements) by the <c>to</c>
/// edition's document order.</para>
/// <para><b>Not tracked by lineage.</b> Elements of other kinds (sections, measure groups, technical measures, guideline
/// items, appendices, grading factors) have no known correspondence. They are not reported as added or removed, which
/// would be a claim the data cannot support, but listed side by side in <see cref="Untracked"/>.</para>
/// <para><b>Direction.</b> Any two editions can be diffed in either order. <c>Diff(b, a)</c> is the mirror image of
/// <c>Diff(a, b)</c>: the same entries with the sides swapped, <see cref="ChangeKind.Added"/> ↔ <see cref="ChangeKind.Removed"/>
/// and <see cref="ChangeKind.Split"/> ↔ <see cref="ChangeKind.Merged"/>. An edition diffed with itself gives one
/// <see cref="ChangeKind.Unchanged"/> entry per element, of every kind.</para>
/// </remarks>
public sealed class EditionDiff
{
    private readonly ImmutableDictionary<ElementKind, ImmutableArray<DiffEntry>> _byKind;

    internal EditionDiff(
        EditionCatalog from,
        EditionCatalog to,
        string dataVersion,
        ImmutableArray<EditionLineage> lineages,
        ImmutableArray<DiffEntry> entries,
        ImmutableArray<UntrackedElements> untracked)
    {
        FromCatalog = from;
        ToCatalog = to;
        DataVersion = dataVersion;
        Lineages = lineages;
        Entries = entries;
        Untracked = untracked;
        _byKind = entries.GroupBy(e => e.Kind).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        Kinds = entries.Select(e => e.Kind).Distinct().OrderBy(k => k).ToImmutableArray();
        var counts = ImmutableArray.CreateBuilder<DiffCount>();
        foreach (var kind in Kinds)
        {
            foreach (var change in AllChangeKinds)
            {
                var count = Count(kind, change);
                if (count > 0)
                {
                    counts.Add(new DiffCount(kind, change, count));
                }
            }
        }

        Counts = counts.ToImmutable();
    }

    /// <summary>Gets every change kind, in the order the renderings use.</summary>
    public static ImmutableArray<ChangeKind> AllChangeKinds { get; } = ImmutableArray.Create(
        ChangeKind.Unchanged,
        ChangeKind.Reworded,
        ChangeKind.Renamed,
        ChangeKind.Moved,
        ChangeKind.Split,
        ChangeKind.Merged,
        ChangeKind.Added,
        ChangeKind.Removed);

    /// <summary>Gets the edition the diff starts from (the <see cref="DiffEntry.Before"/> side).</summary>
    public Edition From => FromCatalog.Edition;

    /// <summary>Gets the edition the diff goes to (the <see cref="DiffEntry.After"/> side).</summary>
    public Edition To => ToCatalog.Edition;

    /// <summary>Gets the version of the catalogue data the diff was computed from.</summary>
    public string DataVersion { get; }

    /// <summary>Gets the lineages followed, oldest first (one for adjacent editions; empty when an edition is compared with itself).</summary>
    public ImmutableArray<EditionLineage> Lineages { get; }

    /// <summary>Gets every entry, ordered by element kind, then by the <c>from</c> edition's document order, added elements last.</summary>
    public ImmutableArray<DiffEntry> Entries { get; }

    /// <summary>Gets the element kinds that have entries, in <see cref="ElementKind"/> order.</summary>
    public ImmutableArray<ElementKind> Kinds { get; }

    /// <summary>Gets the non-zero counts of entries per element kind and change kind, in kind order then <see cref="AllChangeKinds"/> order.</summary>
    public ImmutableArray<DiffCount> Counts { get; }

    /// <summary>Gets, per element kind, the elements that no lineage link accounts for (in <see cref="ElementKind"/> order; kinds with no such element are omitted).</summary>
    public ImmutableArray<UntrackedElements> Untracked { get; }

    internal EditionCatalog FromCatalog { get; }

    internal EditionCatalog ToCatalog { get; }

    /// <summary>Gets the entries of one element kind.</summary>
    /// <param name="kind">The element kind.</param>
    /// <returns>The entries, in diff order; empty when there are none.</returns>
    public ImmutableArray<DiffEntry> For(ElementKind kind) =>
        _byKind.TryGetValue(kind, out var entries) ? entries : ImmutableArray<DiffEntry>.Empty;

    /// <summary>Counts the entries of one element kind and one change kind.</summary>
    /// <param name="kind">The element kind.</param>
    /// <param name="changeKind">The change kind.</param>
    /// <returns>The number of entries.</returns>
    public int Count(ElementKind kind, ChangeKind changeKind)
    {
        var count = 0;
        foreach (var entry in For(kind))
        {
            if (entry.ChangeKind == changeKind)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts the entries of one change kind, over all element kinds.</summary>
    /// <param name="changeKind">The change kind.</param>
    /// <returns>The number of entries.</returns>
    public int Count(ChangeKind changeKind) => Entries.Count(e => e.ChangeKind == changeKind);

    /// <summary>Gets the entries that involve an element, on either side.</summary>
    /// <param name="element">The element, of the <c>from</c> or the <c>to</c> edition.</param>
    /// <returns>The entries, in diff order; empty when the element is in none (for example when its kind is not tracked).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="element"/> is null.</exception>
    public ImmutableArray<DiffEntry> EntriesOf(CatalogElement element)
    {
        Guard.NotNull(element);
        return Entries.Where(e => e.Before.Contains(element) || e.After.Contains(element)).ToImmutableArray();
    }

    /// <summary>Returns "Diff from → to" with the number of entries.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => "Diff " + From + " → " + To + " (" + Entries.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entries)";
}
