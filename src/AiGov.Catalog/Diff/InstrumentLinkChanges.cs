using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// How the related instruments of a risk or measure change between two editions, per instrument key: linked on both
/// sides (shared), only on the later side (new), only on the earlier side (dropped). The sides are the elements of a
/// <see cref="DiffEntry"/>. Immutable.
/// </summary>
public sealed class InstrumentLinkChanges
{
    internal InstrumentLinkChanges(ImmutableArray<string> shared, ImmutableArray<string> added, ImmutableArray<string> dropped)
    {
        Shared = shared;
        New = added;
        Dropped = dropped;
    }

    /// <summary>Gets the keys of the instruments linked in both editions, in registry order.</summary>
    public ImmutableArray<string> Shared { get; }

    /// <summary>Gets the keys of the instruments linked only in the later edition (the diff's <see cref="EditionDiff.To"/>).</summary>
    public ImmutableArray<string> New { get; }

    /// <summary>Gets the keys of the instruments linked only in the earlier edition (the diff's <see cref="EditionDiff.From"/>).</summary>
    public ImmutableArray<string> Dropped { get; }

    /// <summary>Gets whether neither side has an instrument link.</summary>
    public bool IsEmpty => Shared.IsEmpty && New.IsEmpty && Dropped.IsEmpty;
}
