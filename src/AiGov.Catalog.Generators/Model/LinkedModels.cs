using AiGov.Catalog.Generators.Helpers;

namespace AiGov.Catalog.Generators.Model;

/// <summary>A resolved mapping to a risk element: a measure's address or a measure group's answer.</summary>
internal sealed record LinkedAddress(string TargetId, string Basis, string? Note);

/// <summary>An element with its references resolved to canonical IDs.</summary>
internal sealed record LinkedElement(
    ElementModel Model,
    string Id,
    string? ParentId,
    EquatableArray<LinkedAddress> Addresses,
    EquatableArray<LinkedAddress> Answers);

/// <summary>An edition: its manifest and its elements in canonical order.</summary>
internal sealed record LinkedEdition(EditionManifestModel Manifest, EquatableArray<LinkedElement> Elements);

/// <summary>A resolved lineage link.</summary>
internal sealed record LinkedLineageLink(
    string? FromId,
    EquatableArray<string> ToIds,
    string Relation,
    EquatableArray<string> Also,
    string Confidence,
    string Basis,
    EquatableArray<string> Evidence,
    string? Note);

/// <summary>A resolved lineage between two editions.</summary>
internal sealed record LinkedLineage(string From, string To, EquatableArray<LinkedLineageLink> Links);

/// <summary>The whole catalogue, linked and in canonical order: the input of the emitter.</summary>
internal sealed record LinkedCatalog(
    string DataVersion,
    EquatableArray<SourceModel> Sources,
    EquatableArray<VocabularyTermModel> Stages,
    EquatableArray<VocabularyTermModel> Actors,
    EquatableArray<VocabularyTermModel> Areas,
    EquatableArray<LinkedEdition> Editions,
    EquatableArray<LinkedLineage> Lineages,
    LinkedInstruments Instruments,
    LinkedCrosswalks? Crosswalks = null);

/// <summary>The output of linking: the catalogue (null when any error was found) and every diagnostic.</summary>
internal sealed record LinkResult(LinkedCatalog? Catalog, EquatableArray<DiagnosticInfo> Diagnostics);
