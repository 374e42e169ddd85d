using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>An entry of the source registry: a document the catalogue relied on. Immutable.</summary>
public sealed class CatalogSource
{
    internal CatalogSource(string id, string title, string location, ImmutableArray<Edition> editions, SourceTrust trust, string usedFor, string? note)
    {
        Id = id;
        Title = title;
        Location = location;
        Editions = editions.IsDefault ? ImmutableArray<Edition>.Empty : editions;
        Trust = trust;
        UsedFor = usedFor;
        Note = note;
    }

    /// <summary>Gets the stable ID, e.g. <c>SRC-04</c>.</summary>
    public string Id { get; }

    /// <summary>Gets a short description of the source.</summary>
    public string Title { get; }

    /// <summary>Gets the URL, repository path or description of where it is.</summary>
    public string Location { get; }

    /// <summary>Gets the editions the source speaks about.</summary>
    public ImmutableArray<Edition> Editions { get; }

    /// <summary>Gets the trust level.</summary>
    public SourceTrust Trust { get; }

    /// <summary>Gets what the catalogue uses it for.</summary>
    public string UsedFor { get; }

    /// <summary>Gets a qualifier, if any.</summary>
    public string? Note { get; }

    /// <summary>Returns the ID and title.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Id + " " + Title;
}
