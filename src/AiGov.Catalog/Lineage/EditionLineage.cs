using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>The correspondence between two editions (from <c>catalog/lineage/</c>). Immutable.</summary>
public sealed class EditionLineage
{
    internal EditionLineage(Edition from, Edition to, ImmutableArray<LineageLink> links)
    {
        From = from;
        To = to;
        Links = links.IsDefault ? ImmutableArray<LineageLink>.Empty : links;
    }

    /// <summary>Gets the older edition.</summary>
    public Edition From { get; }

    /// <summary>Gets the newer edition.</summary>
    public Edition To { get; }

    /// <summary>Gets the links, in the order of the older edition's elements, then the added ones.</summary>
    public ImmutableArray<LineageLink> Links { get; }
}
