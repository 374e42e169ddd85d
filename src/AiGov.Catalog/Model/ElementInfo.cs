using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>The fields every element has, bundled so that generated code and loaders construct elements uniformly.</summary>
internal sealed class ElementInfo
{
    public ElementInfo(
        string id,
        Edition edition,
        string key,
        string? clause,
        ProvenanceStatus? clauseStatus,
        string? parentId,
        Title title,
        Pages? pages,
        string summary,
        ImmutableArray<Alias> aliases,
        ImmutableArray<StageMapping> stages,
        ImmutableArray<ActorMapping> actors,
        Provenance provenance,
        string? notes)
    {
        Id = id;
        Edition = edition;
        Key = key;
        Clause = clause;
        ClauseStatus = clauseStatus;
        ParentId = parentId;
        Title = title;
        Pages = pages;
        Summary = summary;
        Aliases = aliases.IsDefault ? ImmutableArray<Alias>.Empty : aliases;
        Stages = stages.IsDefault ? ImmutableArray<StageMapping>.Empty : stages;
        Actors = actors.IsDefault ? ImmutableArray<ActorMapping>.Empty : actors;
        Provenance = provenance;
        Notes = notes;
    }

    public string Id { get; }

    public Edition Edition { get; }

    public string Key { get; }

    public string? Clause { get; }

    public ProvenanceStatus? ClauseStatus { get; }

    public string? ParentId { get; }

    public Title Title { get; }

    public Pages? Pages { get; }

    public string Summary { get; }

    public ImmutableArray<Alias> Aliases { get; }

    public ImmutableArray<StageMapping> Stages { get; }

    public ImmutableArray<ActorMapping> Actors { get; }

    public Provenance Provenance { get; }

    public string? Notes { get; }
}
