using System;
using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A mapping set: the mappings from the elements of one catalogue edition to the terms of one framework version,
/// with the set's own metadata (SSSOM's mapping-set slots). Immutable.
/// </summary>
public sealed class MappingSet
{
    internal MappingSet(
        string id,
        string edition,
        TargetFramework framework,
        string title,
        string version,
        string date,
        string licence,
        string[] authors,
        string? citation,
        CrosswalkMapping[] mappings)
    {
        Id = id;
        Edition = Edition.TryParse(edition, out var parsed) ? parsed : throw new ArgumentException("Not an edition: " + edition, nameof(edition));
        Framework = framework;
        Title = title;
        Version = version;
        Date = date;
        Licence = licence;
        Authors = ImmutableArray.Create(authors);
        Citation = citation;
        foreach (var mapping in mappings)
        {
            if (!framework.TryFindTerm(mapping.ObjectId, out var term))
            {
                throw new ArgumentException("'" + mapping.ObjectId + "' is not a term of " + framework, nameof(mappings));
            }

            mapping.Attach(this, term);
        }

        Mappings = ImmutableArray.Create(mappings);
    }

    /// <summary>Gets the set ID, e.g. <c>aisgf-1.0-mit-ai-risk-repository</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the catalogue edition of every subject.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the target framework version of every object.</summary>
    public TargetFramework Framework { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the version of the set.</summary>
    public string Version { get; }

    /// <summary>Gets the date of this version (YYYY-MM-DD).</summary>
    public string Date { get; }

    /// <summary>Gets the licence of the set, as a URL.</summary>
    public string Licence { get; }

    /// <summary>Gets who made the mappings.</summary>
    public ImmutableArray<string> Authors { get; }

    /// <summary>Gets how to cite the set (required when others made it, as MIT's codings), or null.</summary>
    public string? Citation { get; }

    /// <summary>Gets the rows, in file order.</summary>
    public ImmutableArray<CrosswalkMapping> Mappings { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
