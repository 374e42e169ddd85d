using AiGov.Catalog.Generators.Helpers;

namespace AiGov.Catalog.Generators.Model;

/// <summary>A fact with provenance: a value (null when unknown), its status, sources, note, and the claims that conflict with it.</summary>
internal sealed record SourcedFactModel(
    string? Value,
    string Status,
    EquatableArray<string> Sources,
    string? Note,
    EquatableArray<SourcedFactModel> Conflicts,
    SourceSpan Span)
{
    /// <summary>A fact that the file does not give.</summary>
    public static SourcedFactModel Unknown(SourceSpan span) =>
        new(null, "unknown", EquatableArray<string>.Empty, null, EquatableArray<SourcedFactModel>.Empty, span);
}

/// <summary>A third party's classification of an edition.</summary>
internal sealed record ClassificationModel(string Label, string By, string? Note, SourceSpan Span);

/// <summary>The legal character of an edition, from its manifest.</summary>
internal sealed record CharacterModel(
    SourcedFactModel InstrumentType,
    SourcedFactModel Binding,
    TitleTextModel? GuidingAuthority,
    EquatableArray<ClassificationModel> Classifications,
    SourceSpan Span);

/// <summary>A level of the instrument hierarchy (catalog/vocabularies/instrument-levels.yaml).</summary>
internal sealed record InstrumentLevelModel(
    string Key,
    int? Rank,
    string Zh,
    string En,
    string IssuedBy,
    string LegalForce,
    string Status,
    EquatableArray<string> Sources,
    string? Note,
    SourceSpan Span);

/// <summary>An instrument of the registry (catalog/instruments.yaml).</summary>
internal sealed record InstrumentModel(
    string Key,
    SourcedFactModel TitleZh,
    SourcedFactModel TitleEn,
    SourcedFactModel Level,
    SourcedFactModel Issuers,
    SourcedFactModel Issued,
    SourcedFactModel Effective,
    SourcedFactModel Status,
    SourcedFactModel Url,
    SourcedFactModel Binding,
    string? Relation,
    string? Notes,
    SourceSpan Span);

/// <summary>One instrument of a link row, with the relation.</summary>
internal sealed record LinkTargetModel(string Instrument, string Relation, SourceSpan Span);

/// <summary>A link row of the registry: framework elements (edition-pinned) to instruments.</summary>
internal sealed record InstrumentLinkModel(
    string Id,
    EquatableArray<RefModel> Elements,
    EquatableArray<LinkTargetModel> Targets,
    string Direction,
    string Basis,
    EquatableArray<string> Sources,
    string Note,
    SourceSpan Span);

/// <summary>What an instrument file contributes: levels (the vocabulary file) or instruments and links (the registry).</summary>
internal sealed record InstrumentFileModel(
    EquatableArray<InstrumentLevelModel> Levels,
    EquatableArray<InstrumentModel> Instruments,
    EquatableArray<InstrumentLinkModel> Links);

/// <summary>A resolved link: one element (or a whole edition, when ElementId is null) to one instrument.</summary>
internal sealed record LinkedInstrumentLink(
    string Id,
    string Edition,
    string? ElementId,
    string Instrument,
    string Relation,
    string Direction,
    string Basis,
    EquatableArray<string> Sources,
    string Note);

/// <summary>The linked registry: levels, instruments and links in canonical order.</summary>
internal sealed record LinkedInstruments(
    EquatableArray<InstrumentLevelModel> Levels,
    EquatableArray<InstrumentModel> Instruments,
    EquatableArray<LinkedInstrumentLink> Links)
{
    public static readonly LinkedInstruments Empty = new(
        EquatableArray<InstrumentLevelModel>.Empty, EquatableArray<InstrumentModel>.Empty, EquatableArray<LinkedInstrumentLink>.Empty);
}
