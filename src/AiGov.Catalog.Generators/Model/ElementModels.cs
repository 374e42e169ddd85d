using AiGov.Catalog.Generators.Helpers;

namespace AiGov.Catalog.Generators.Model;

/// <summary>One language of a title: the text (null = unknown), its status, sources and note.</summary>
internal sealed record TitleTextModel(string? Text, string Status, EquatableArray<string> Sources, string? Note);

/// <summary>A bilingual title.</summary>
internal sealed record TitleModel(TitleTextModel Zh, TitleTextModel En);

/// <summary>Pages in the Chinese and the English text (as written, e.g. "4-5"); null = unknown.</summary>
internal sealed record PagesModel(string? Zh, string? En, string? Note);

/// <summary>Wording seen in a source that is not a title.</summary>
internal sealed record AliasModel(string Text, EquatableArray<string> Sources, string? Note, SourceSpan Span);

/// <summary>A stage or actor mapping (Value is the vocabulary key).</summary>
internal sealed record MappingModel(string Value, string Basis, string? Note, SourceSpan Span);

/// <summary>A reference from a measure to a risk, sub-category or category.</summary>
internal sealed record AddressModel(string Ref, string Basis, string? Note, SourceSpan Span);

/// <summary>How sure we are and from which sources.</summary>
internal sealed record ProvenanceModel(string Status, EquatableArray<string> Sources, string? Note, SourceSpan Span);

/// <summary>A reference written in the data, with its location for diagnostics.</summary>
internal sealed record RefModel(string Value, SourceSpan Span);

/// <summary>
/// One catalogue element as parsed from a YAML list item. Kind-specific fields are null or empty for the
/// kinds that do not use them.
/// </summary>
internal sealed record ElementModel(
    string Kind,
    string Edition,
    string Key,
    string? Clause,
    string? ClauseStatus,
    RefModel? Parent,
    TitleModel Title,
    PagesModel? Pages,
    string Summary,
    EquatableArray<AliasModel> Aliases,
    EquatableArray<MappingModel> Stages,
    EquatableArray<MappingModel> Actors,
    ProvenanceModel Provenance,
    string? Notes,
    string? Area,
    string? AreaBasis,
    string? AreaNote,
    string? UnaddressedNote,
    EquatableArray<AddressModel> Addresses,
    EquatableArray<AddressModel> Answers,
    SourceSpan Span,
    SourceSpan KeySpan);

/// <summary>A known gap of an edition: something that may exist but is not encoded as an element.</summary>
internal sealed record KnownGapModel(string? Clause, string Status, EquatableArray<string> Sources, string Note);

/// <summary>A document fact of an edition manifest.</summary>
internal sealed record FactModel(string Topic, string Text, string Status, EquatableArray<string> Sources, string? Note, SourceSpan Span);

/// <summary>An edition manifest.</summary>
internal sealed record EditionManifestModel(
    string Edition,
    string Key,
    TitleModel Title,
    TitleModel Issuer,
    string Released,
    TitleTextModel ReleaseVenue,
    EquatableArray<string> OfficialSources,
    EquatableArray<string> Languages,
    string Completeness,
    string? CompletenessNote,
    string Summary,
    EquatableArray<KnownGapModel> KnownGaps,
    EquatableArray<FactModel> Facts,
    CharacterModel? Character,
    ProvenanceModel Provenance,
    string? Notes,
    SourceSpan Span);

/// <summary>A vocabulary term (stage, actor or risk area).</summary>
internal sealed record VocabularyTermModel(
    string Vocabulary,
    string Key,
    string? Parent,
    string Zh,
    string En,
    string Summary,
    string? Group,
    EquatableArray<string> Iso22989,
    EquatableArray<string> NistAiRmf,
    SourceSpan Span);

/// <summary>An entry of the source registry.</summary>
internal sealed record SourceModel(
    string Id,
    string Title,
    string Location,
    EquatableArray<string> Editions,
    string Trust,
    string UsedFor,
    string? Note,
    SourceSpan Span);

/// <summary>One lineage link between two editions.</summary>
internal sealed record LineageLinkModel(
    RefModel? From,
    EquatableArray<RefModel> To,
    string Relation,
    EquatableArray<string> Also,
    string Confidence,
    string Basis,
    EquatableArray<string> Evidence,
    string? Note,
    SourceSpan Span);

/// <summary>A lineage file.</summary>
internal sealed record LineageModel(string From, string To, EquatableArray<LineageLinkModel> Links, SourceSpan Span);
