using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>The instrument links of a diff: per risk or measure, which instruments stay linked, are new or are dropped.</summary>
public sealed partial class EditionDiff
{
    /// <summary>Gets the lookup of an element's instrument links (set by the catalogue that builds the diff).</summary>
    internal Func<CatalogElement, ImmutableArray<InstrumentLink>> InstrumentLinksOf { get; set; } = _ => ImmutableArray<InstrumentLink>.Empty;

    /// <summary>
    /// Gets whether the registry links any element of an edition at all. An edition whose links are not encoded yet
    /// (none at all) does not "drop" the other edition's links: the renderings say that its links are not encoded.
    /// </summary>
    internal Func<Edition, bool> HasInstrumentLinks { get; set; } = _ => false;

    /// <summary>
    /// Gets how the instrument links change for an entry: the instruments linked from its earlier elements
    /// (<see cref="DiffEntry.Before"/>) against those linked from its later ones (<see cref="DiffEntry.After"/>).
    /// </summary>
    /// <param name="entry">An entry of this diff.</param>
    /// <returns>The shared, new and dropped instrument keys (all empty when neither side has a link).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public InstrumentLinkChanges InstrumentChangesOf(DiffEntry entry)
    {
        Guard.NotNull(entry);
        var before = Keys(entry.Before);
        var after = Keys(entry.After);
        var shared = ImmutableArray.CreateBuilder<string>();
        var added = ImmutableArray.CreateBuilder<string>();
        var dropped = ImmutableArray.CreateBuilder<string>();
        foreach (var key in after)
        {
            (before.Contains(key) ? shared : added).Add(key);
        }

        foreach (var key in before)
        {
            if (!after.Contains(key))
            {
                dropped.Add(key);
            }
        }

        // Before holds the elements of From, After those of To: "new" and "dropped" read in the diff's direction.
        return new InstrumentLinkChanges(shared.ToImmutable(), added.ToImmutable(), dropped.ToImmutable());
    }

    private List<string> Keys(ImmutableArray<CatalogElement> elements)
    {
        var keys = new List<string>();
        foreach (var element in elements)
        {
            foreach (var link in InstrumentLinksOf(element))
            {
                if (!keys.Contains(link.InstrumentKey))
                {
                    keys.Add(link.InstrumentKey);
                }
            }
        }

        return keys;
    }
}
