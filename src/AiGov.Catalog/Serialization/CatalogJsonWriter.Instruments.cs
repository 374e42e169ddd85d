namespace AiGov.Catalog.Serialization;

/// <summary>The instrument part of the JSON data file: an edition's character and the registry.</summary>
internal static partial class CatalogJsonWriter
{
    private static CharacterDto? ToDto(FrameworkCharacter c) => ReferenceEquals(c, FrameworkCharacter.Unknown) ? null : new CharacterDto
    {
        InstrumentType = ToDto(c.InstrumentType),
        Binding = ToDto(c.Binding),
        GuidingAuthority = c.GuidingAuthority is { } authority ? ToDto(authority) : null,
        ThirdPartyClassifications = Map(c.ThirdPartyClassifications, t => new ClassificationDto { Label = t.Label, By = t.By, Note = t.Note }),
    };

    private static SourcedFactDto ToDto(SourcedFact f) => new()
    {
        Value = f.Value,
        Status = WireNames.Fact.Name(f.Status),
        Sources = Strings(f.Sources),
        Note = f.Note,
        Conflicts = f.Conflicts.IsEmpty ? null : Map(f.Conflicts, ToDto),
    };

    private static InstrumentRegistryDto InstrumentsDto(GovernanceCatalog catalog) => new()
    {
        Levels = Map(catalog.InstrumentLevels, l => new InstrumentLevelDto
        {
            Key = l.Key,
            Rank = l.Rank,
            TitleZh = l.Zh,
            TitleEn = l.En,
            IssuedBy = l.IssuedBy,
            LegalForce = l.LegalForce,
            Status = WireNames.Fact.Name(l.Status),
            Sources = Strings(l.Sources),
            Note = l.Note,
        }),
        Instruments = Map(catalog.Instruments, i => new InstrumentDto
        {
            Key = i.Key,
            TitleZh = ToDto(i.TitleZh),
            TitleEn = ToDto(i.TitleEn),
            Level = ToDto(i.Level),
            Issuers = ToDto(i.Issuers),
            Issued = ToDto(i.Issued),
            Effective = ToDto(i.Effective),
            Status = ToDto(i.Status),
            Url = ToDto(i.Url),
            Binding = ToDto(i.Binding),
            Relation = i.StatedRelation,
            Notes = i.Notes,
        }),
        Links = Map(catalog.InstrumentLinks, l => new InstrumentLinkDto
        {
            Id = l.Id,
            Edition = l.Edition.ToString(),
            Element = l.ElementId,
            Instrument = l.InstrumentKey,
            Relation = WireNames.InstrumentRelation.Name(l.Relation),
            Direction = WireNames.Direction.Name(l.Direction),
            Basis = WireNames.Basis.Name(l.Basis),
            Sources = Strings(l.Sources),
            Note = l.Note,
        }),
    };
}
