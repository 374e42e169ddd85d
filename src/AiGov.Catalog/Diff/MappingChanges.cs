using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// How the crosswalk mappings of a diff entry change between the two editions: the rows of its <see cref="DiffEntry.Before"/>
/// elements compared with those of its <see cref="DiffEntry.After"/> elements by framework version, target term,
/// predicate and negation. From <see cref="DiffEntry.Mappings"/>. Immutable.
/// </summary>
/// <remarks>
/// <para>Silence in a mapping set means "not yet looked at", never "no match" (a considered non-match is a negated row).
/// A row is therefore new or dropped only when the other side has been mapped to the same framework version at all:</para>
/// <list type="bullet">
/// <item><description><see cref="Shared"/>: a <c>from</c> row with a matching <c>to</c> row (a considered non-match kept
/// on both sides is shared too).</description></item>
/// <item><description><see cref="Dropped"/>: a <c>from</c> row with no matching <c>to</c> row, where the <c>to</c>
/// elements have rows to that framework version, or there are no <c>to</c> elements (the element was removed).</description></item>
/// <item><description><see cref="New"/>: a <c>to</c> row with no matching <c>from</c> row, where the <c>from</c>
/// elements have rows to that framework version, or there are no <c>from</c> elements (the element was added).</description></item>
/// <item><description><see cref="NotComparedBefore"/>, <see cref="NotComparedAfter"/>: rows to a framework version
/// the other side has no row to, because the other edition has no mapping set for it yet or its elements are not yet
/// looked at in that set. Neither dropped nor new.</description></item>
/// </list>
/// <para>A change of predicate (say, close to broad) is one dropped and one new row: the rows differ in meaning. Rows
/// with the same key from several elements of one side (a split or a merge) count once, the first in row order.</para>
/// </remarks>
public sealed class MappingChanges
{
    internal static readonly MappingChanges Empty = new(
        ImmutableArray<SharedMapping>.Empty,
        ImmutableArray<CrosswalkMapping>.Empty,
        ImmutableArray<CrosswalkMapping>.Empty,
        ImmutableArray<CrosswalkMapping>.Empty,
        ImmutableArray<CrosswalkMapping>.Empty);

    internal MappingChanges(
        ImmutableArray<SharedMapping> shared,
        ImmutableArray<CrosswalkMapping> @new,
        ImmutableArray<CrosswalkMapping> dropped,
        ImmutableArray<CrosswalkMapping> notComparedBefore,
        ImmutableArray<CrosswalkMapping> notComparedAfter)
    {
        Shared = shared;
        New = @new;
        Dropped = dropped;
        NotComparedBefore = notComparedBefore;
        NotComparedAfter = notComparedAfter;
    }

    /// <summary>Gets the rows kept: each pair is a <c>from</c> row and the <c>to</c> row that matches it, in <c>from</c> row order.</summary>
    public ImmutableArray<SharedMapping> Shared { get; }

    /// <summary>Gets the <c>to</c> rows that no <c>from</c> row matches, where the <c>from</c> side is mapped to their framework version, in <c>to</c> row order.</summary>
    public ImmutableArray<CrosswalkMapping> New { get; }

    /// <summary>Gets the <c>from</c> rows that no <c>to</c> row matches, where the <c>to</c> side is mapped to their framework version, in <c>from</c> row order.</summary>
    public ImmutableArray<CrosswalkMapping> Dropped { get; }

    /// <summary>Gets the <c>from</c> rows to a framework version that the <c>to</c> side has no row to (not encoded or not yet looked at there), in <c>from</c> row order.</summary>
    public ImmutableArray<CrosswalkMapping> NotComparedBefore { get; }

    /// <summary>Gets the <c>to</c> rows to a framework version that the <c>from</c> side has no row to (not encoded or not yet looked at there), in <c>to</c> row order.</summary>
    public ImmutableArray<CrosswalkMapping> NotComparedAfter { get; }

    /// <summary>Gets whether neither side has a crosswalk row.</summary>
    public bool IsEmpty => Shared.IsEmpty && New.IsEmpty && Dropped.IsEmpty && NotComparedBefore.IsEmpty && NotComparedAfter.IsEmpty;

    /// <summary>Gets whether any row was added or dropped (rows not compared are neither).</summary>
    public bool HasChanges => !New.IsEmpty || !Dropped.IsEmpty;

    /// <summary>The comparison key of a row in words: <c>nist-ai-rmf:MAP 5.1@1.0 relatedMatch</c>, <c>… not broadMatch</c>.</summary>
    internal static string Describe(CrosswalkMapping row) =>
        row.Set.Framework.Id + ":" + row.Term.PinnedId + (row.IsNegated ? " not " : " ") + Local(row.Predicate);

    /// <summary>The predicate without its <c>skos:</c> prefix.</summary>
    internal static string Local(MappingPredicate predicate) => predicate.ToCurie().Substring("skos:".Length);

    /// <summary>Compares the rows of the two sides of an entry (see the remarks of the class).</summary>
    /// <remarks>Each side's rows are looked up once (one stored array per element, copied only for a side of several
    /// elements); the comparison scans those few rows, and a list is allocated only when it gets a row.</remarks>
    internal static MappingChanges Compute(ImmutableArray<CatalogElement> before, ImmutableArray<CatalogElement> after, System.Func<CatalogElement, ImmutableArray<CrosswalkMapping>> rowsOf)
    {
        var from = RowsOf(before, rowsOf);
        var to = RowsOf(after, rowsOf);
        if (from.IsEmpty && to.IsEmpty)
        {
            return Empty;
        }

        ImmutableArray<SharedMapping>.Builder? shared = null;
        ImmutableArray<CrosswalkMapping>.Builder? added = null, dropped = null, notBefore = null, notAfter = null;
        for (var i = 0; i < from.Length; i++)
        {
            var row = from[i];
            if (SeenBefore(from, i))
            {
                continue;
            }

            if (FindMatch(to, row) is { } match)
            {
                Add(ref shared, new SharedMapping(row, match));
            }
            else if (after.IsEmpty || HasFramework(to, row.Set.Framework))
            {
                Add(ref dropped, row);
            }
            else
            {
                Add(ref notBefore, row);
            }
        }

        for (var i = 0; i < to.Length; i++)
        {
            var row = to[i];
            if (SeenBefore(to, i) || FindMatch(from, row) is not null)
            {
                continue;
            }

            if (before.IsEmpty || HasFramework(from, row.Set.Framework))
            {
                Add(ref added, row);
            }
            else
            {
                Add(ref notAfter, row);
            }
        }

        return new MappingChanges(Freeze(shared), Freeze(added), Freeze(dropped), Freeze(notBefore), Freeze(notAfter));
    }

    /// <summary>The rows of a side's elements, in element then row order: the stored array itself for one element.</summary>
    private static ImmutableArray<CrosswalkMapping> RowsOf(ImmutableArray<CatalogElement> elements, System.Func<CatalogElement, ImmutableArray<CrosswalkMapping>> rowsOf)
    {
        if (elements.Length == 1)
        {
            return rowsOf(elements[0]);
        }

        ImmutableArray<CrosswalkMapping>.Builder? rows = null;
        foreach (var element in elements)
        {
            var own = rowsOf(element);
            if (!own.IsEmpty)
            {
                rows ??= ImmutableArray.CreateBuilder<CrosswalkMapping>();
                rows.AddRange(own);
            }
        }

        return Freeze(rows);
    }

    private static void Add<T>(ref ImmutableArray<T>.Builder? builder, T item)
    {
        builder ??= ImmutableArray.CreateBuilder<T>();
        builder.Add(item);
    }

    private static ImmutableArray<T> Freeze<T>(ImmutableArray<T>.Builder? builder) =>
        builder is null ? ImmutableArray<T>.Empty : builder.ToImmutable();

    private static bool SameKey(CrosswalkMapping a, CrosswalkMapping b) =>
        ReferenceEquals(a.Set.Framework, b.Set.Framework)
        && a.Predicate == b.Predicate
        && a.IsNegated == b.IsNegated
        && string.Equals(a.ObjectId, b.ObjectId, System.StringComparison.Ordinal);

    /// <summary>Whether a row with the same key comes earlier on the same side (rows of a split or merge count once).</summary>
    private static bool SeenBefore(ImmutableArray<CrosswalkMapping> rows, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (SameKey(rows[j], rows[index]))
            {
                return true;
            }
        }

        return false;
    }

    private static CrosswalkMapping? FindMatch(ImmutableArray<CrosswalkMapping> rows, CrosswalkMapping row)
    {
        foreach (var other in rows)
        {
            if (SameKey(other, row))
            {
                return other;
            }
        }

        return null;
    }

    private static bool HasFramework(ImmutableArray<CrosswalkMapping> rows, TargetFramework framework)
    {
        foreach (var other in rows)
        {
            if (ReferenceEquals(other.Set.Framework, framework))
            {
                return true;
            }
        }

        return false;
    }
}
