using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>One element of a diff entry's <c>from</c> side, one of its <c>to</c> side, and the lineage links that connect them.</summary>
internal sealed class DiffPath
{
    public DiffPath(CatalogElement before, CatalogElement after, ImmutableArray<LineageLink> links)
    {
        Before = before;
        After = after;
        Links = links;
    }

    public CatalogElement Before { get; }

    public CatalogElement After { get; }

    /// <summary>Gets the links followed, oldest lineage first (empty when an edition is compared with itself).</summary>
    public ImmutableArray<LineageLink> Links { get; }

    public DiffPath Mirror() => new(After, Before, Links);
}
