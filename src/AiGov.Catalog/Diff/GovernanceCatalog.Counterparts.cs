using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Internal;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <content>Following one element across editions.</content>
public sealed partial class GovernanceCatalog
{
    /// <summary>
    /// Gets an element's counterparts in the next edition (the oldest later edition that a lineage leads to): one for
    /// an element carried over, several for a split, none for a removed element or one whose kind the lineage does
    /// not track.
    /// </summary>
    /// <param name="element">An element of this catalogue.</param>
    /// <returns>The counterparts, each with the link followed; empty for an element of the newest edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="element"/> does not belong to this catalogue.</exception>
    public ImmutableArray<Counterpart> Successors(CatalogElement element)
    {
        var edition = Owned(element);
        foreach (var later in Editions)
        {
            if (later.Edition > edition && HasLineage(edition, later.Edition))
            {
                return CounterpartsOf(element, later.Edition);
            }
        }

        return ImmutableArray<Counterpart>.Empty;
    }

    /// <summary>Gets an element's counterparts in a later edition, composing the lineages along the chain of editions.</summary>
    /// <param name="element">An element of this catalogue.</param>
    /// <param name="edition">A later edition.</param>
    /// <returns>The counterparts, each with the links followed, oldest lineage first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="element"/> does not belong to this catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not later than the element's edition.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    /// <exception cref="InvalidOperationException">No chain of lineages connects the two editions.</exception>
    public ImmutableArray<Counterpart> Successors(CatalogElement element, EditionNumber edition)
    {
        var own = Owned(element);
        Guard.InRange(edition > own, edition, "Successors are looked for in a later edition than " + own + ".", nameof(edition));

        return CounterpartsOf(element, edition);
    }

    /// <summary>
    /// Gets an element's counterparts in the previous edition (the newest earlier edition with a lineage to it): one
    /// for an element carried over, several where older elements were merged into it, none for an added element or
    /// one whose kind the lineage does not track.
    /// </summary>
    /// <param name="element">An element of this catalogue.</param>
    /// <returns>The counterparts, each with the link followed; empty for an element of the oldest edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="element"/> does not belong to this catalogue.</exception>
    public ImmutableArray<Counterpart> Predecessors(CatalogElement element)
    {
        var edition = Owned(element);
        for (var i = Editions.Length - 1; i >= 0; i--)
        {
            var earlier = Editions[i].Edition;
            if (earlier < edition && HasLineage(earlier, edition))
            {
                return CounterpartsOf(element, earlier);
            }
        }

        return ImmutableArray<Counterpart>.Empty;
    }

    /// <summary>Gets an element's counterparts in an earlier edition, composing the lineages along the chain of editions.</summary>
    /// <param name="element">An element of this catalogue.</param>
    /// <param name="edition">An earlier edition.</param>
    /// <returns>The counterparts, each with the links followed, oldest lineage first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="element"/> does not belong to this catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not earlier than the element's edition.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    /// <exception cref="InvalidOperationException">No chain of lineages connects the two editions.</exception>
    public ImmutableArray<Counterpart> Predecessors(CatalogElement element, EditionNumber edition)
    {
        var own = Owned(element);
        Guard.InRange(edition < own, edition, "Predecessors are looked for in an earlier edition than " + own + ".", nameof(edition));

        return CounterpartsOf(element, edition);
    }

    private ImmutableArray<Counterpart> CounterpartsOf(CatalogElement element, EditionNumber edition)
    {
        var diff = Diff(element.Edition, edition);
        var result = new List<Counterpart>();
        foreach (var entry in diff.EntriesOf(element))
        {
            foreach (var path in entry.Paths)
            {
                if (ReferenceEquals(path.Before, element) && !result.Exists(c => ReferenceEquals(c.Element, path.After)))
                {
                    result.Add(new Counterpart(path.After, entry.ChangeKind, path.Links));
                }
            }
        }

        return result.ToImmutableArray();
    }

    private bool HasLineage(EditionNumber older, EditionNumber newer) => Lineages.Any(l => l.From == older && l.To == newer);

    private EditionNumber Owned(CatalogElement element)
    {
        Guard.NotNull(element);
        Guard.Argument(
            TryGetEdition(element.Edition, out var edition) && edition.TryFind(element.Id, out var own) && ReferenceEquals(own, element),
            "The element '" + element.Id + "' does not belong to this catalogue.",
            nameof(element));

        return element.Edition;
    }
}
