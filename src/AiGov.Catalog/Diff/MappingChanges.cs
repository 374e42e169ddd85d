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
    internal static MappingChanges Compute(ImmutableArray<CatalogElement> before, ImmutableArray<CatalogElement> after, System.Func<CatalogElement, ImmutableArray<CrosswalkMapping>> rowsOf)
    {
        if (!HasRows(before, rowsOf) && !HasRows(after, rowsOf))
        {
            return Empty;
        }

        var shared = ImmutableArray.CreateBuilder<SharedMapping>();
        var added = ImmutableArray.CreateBuilder<CrosswalkMapping>();
        var dropped = ImmutableArray.CreateBuilder<CrosswalkMapping>();
        var notBefore = ImmutableArray.CreateBuilder<CrosswalkMapping>();
        var notAfter = ImmutableArray.CreateBuilder<CrosswalkMapping>();
        foreach (var element in before)
        {
            foreach (var row in rowsOf(element))
            {
                if (Seen(before, row, rowsOf))
                {
                    continue;
                }

                if (FindMatch(after, row, rowsOf) is { } match)
                {
                    shared.Add(new SharedMapping(row, match));
                }
                else
                {
                    (after.IsEmpty || HasFramework(after, row.Set.Framework, rowsOf) ? dropped : notBefore).Add(row);
                }
            }
        }

        foreach (var element in after)
        {
            foreach (var row in rowsOf(element))
            {
                if (Seen(after, row, rowsOf) || FindMatch(before, row, rowsOf) is not null)
                {
                    continue;
                }

                (before.IsEmpty || HasFramework(before, row.Set.Framework, rowsOf) ? added : notAfter).Add(row);
            }
        }

        return new MappingChanges(shared.ToImmutable(), added.ToImmutable(), dropped.ToImmutable(), notBefore.ToImmutable(), notAfter.ToImmutable());
    }

    private static bool HasRows(ImmutableArray<CatalogElement> elements, System.Func<CatalogElement, ImmutableArray<CrosswalkMapping>> rowsOf)
    {
        foreach (var element in elements)
        {
            if (!rowsOf(element).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameKey(CrosswalkMapping a, CrosswalkMapping b) =>
        ReferenceEquals(a.Set.Framework, b.Set.Framework)
        && a.Predicate == b.Predicate
        && a.IsNegated == b.IsNegated
        && string.Equals(a.ObjectId, b.ObjectId, System.StringComparison.Ordinal);

    /// <summary>Whether a row with the same key comes earlier on the same side (before <paramref name="row"/> in side order).</summary>
    private static bool Seen(ImmutableArray<CatalogElement> side, CrosswalkMapping row, System.Func<CatalogElement, ImmutableArray<CrosswalkMapping>> rowsOf)
    {
        foreach (var element in side)
        {
            foreach (var other in rowsOf(element))
            {
                if (ReferenceEquals(other, row))
                {
                    return false;
                }

                if (SameKey(other, row))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static CrosswalkMapping? FindMatch(ImmutableArray<CatalogElement> side, CrosswalkMapping row, System.Func<CatalogElement, ImmutableArray<CrosswalkMapping>> rowsOf)
    {
        foreach (var element in side)
        {
            foreach (var other in rowsOf(element))
            {
                if (SameKey(other, row))
                {
                    return other;
                }
            }
        }

        return null;
    }

    private static bool HasFramework(ImmutableArray<CatalogElement> side, TargetFramework framework, System.Func<CatalogElement, ImmutableArray<CrosswalkMapping>> rowsOf)
    {
        foreach (var element in side)
        {
            foreach (var other in rowsOf(element))
            {
                if (ReferenceEquals(other.Set.Framework, framework))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
