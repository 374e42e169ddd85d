using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace AiGov.Catalog.Internal;

/// <summary>
/// The one rule of every <c>Find</c> and <c>TryFind</c> of the catalogue (<see cref="GovernanceCatalog"/> and
/// <see cref="EditionCatalog"/>, elements and sources): <c>Find</c> returns what has the ID or throws
/// <see cref="KeyNotFoundException"/>, and <see cref="ArgumentException"/> for an empty or whitespace ID; <c>TryFind</c>
/// returns false for both; a null ID is <see cref="ArgumentNullException"/> for either. Everything beyond the lookup
/// runs only on a miss: a hit costs one dictionary lookup and allocates nothing.
/// </summary>
internal static class ElementLookup
{
    /// <summary>Finds an element of the whole catalogue (<paramref name="edition"/> null) or of one edition.</summary>
    public static CatalogElement Find(Dictionary<string, CatalogElement> byId, string id, Edition? edition) =>
        byId.TryGetValue(Guard.NotNull(id), out var found) ? found : throw Missing(id, edition);

    /// <summary>Finds an element of a given type (see <see cref="Find(Dictionary{string, CatalogElement}, string, Edition?)"/>).</summary>
    public static TElement Find<TElement>(Dictionary<string, CatalogElement> byId, string id, Edition? edition)
        where TElement : CatalogElement
    {
        var element = Find(byId, id, edition);
        return element as TElement ?? throw new InvalidCastException("The element '" + id + "' is a " + element.Kind + ", not a " + typeof(TElement).Name + ".");
    }

    /// <summary>Finds a source of the registry.</summary>
    public static CatalogSource FindSource(Dictionary<string, CatalogSource> sources, string id)
    {
        if (sources.TryGetValue(Guard.NotNull(id), out var found))
        {
            return found;
        }

        Guard.NotNullOrWhiteSpace(id);
        throw new KeyNotFoundException("The source registry has no source '" + id + "'. Source IDs look like SRC-04.");
    }

    /// <summary>Tries to find what has the ID: false when nothing has it, or when it is empty or whitespace.</summary>
    public static bool TryFind<T>(Dictionary<string, T> byId, string id, [NotNullWhen(true)] out T? found)
        where T : class => byId.TryGetValue(Guard.NotNull(id), out found);

    private static Exception Missing(string id, Edition? edition)
    {
        Guard.NotNullOrWhiteSpace(id);
        return new KeyNotFoundException(
            (edition is { } e ? "Edition " + e + " has no element with" : "No element has") + " the ID '" + id + "'. IDs look like 1.0:3.1.1.a, 1.0:3.1.1(a) or 1.0:explainability.");
    }
}
