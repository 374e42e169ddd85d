using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>A sourced fact: value (null when unknown), status, sources, note and conflicting claims.</summary>
internal sealed class SourcedFactDto
{
    public string? Value { get; set; }

    public string? Status { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }

    public List<SourcedFactDto?>? Conflicts { get; set; }
}

/// <summary>An edition's legal character (absent from files written before the instrument registry, read as unknown).</summary>
internal sealed class CharacterDto
{
    public SourcedFactDto? InstrumentType { get; set; }

    public SourcedFactDto? Binding { get; set; }

    public TitleTextDto? GuidingAuthority { get; set; }

    public List<ClassificationDto?>? ThirdPartyClassifications { get; set; }
}

/// <summary>A third party's classification of an edition.</summary>
internal sealed class ClassificationDto
{
    public string? Label { get; set; }

    public string? By { get; set; }

    public string? Note { get; set; }
}

/// <summary>The registry of related instruments (absent from older files, read as empty).</summary>
internal sealed class InstrumentRegistryDto
{
    public List<InstrumentLevelDto?>? Levels { get; set; }

    public List<InstrumentDto?>? Instruments { get; set; }

    public List<InstrumentLinkDto?>? Links { get; set; }
}

/// <summary>A level of the instrument hierarchy.</summary>
internal sealed class InstrumentLevelDto
{
    public string? Key { get; set; }

    public int? Rank { get; set; }

    public string? TitleZh { get; set; }

    public string? TitleEn { get; set; }

    public string? IssuedBy { get; set; }

    public string? LegalForce { get; set; }

    public string? Status { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }
}

/// <summary>An instrument of the registry.</summary>
internal sealed class InstrumentDto
{
    public string? Key { get; set; }

    public SourcedFactDto? TitleZh { get; set; }

    public SourcedFactDto? TitleEn { get; set; }

    public SourcedFactDto? Level { get; set; }

    public SourcedFactDto? Issuers { get; set; }

    public SourcedFactDto? Issued { get; set; }

    public SourcedFactDto? Effective { get; set; }

    public SourcedFactDto? Status { get; set; }

    public SourcedFactDto? Url { get; set; }

    public SourcedFactDto? Binding { get; set; }

    public string? Relation { get; set; }

    public string? Notes { get; set; }
}

/// <summary>A link from a framework element (or a whole edition) to an instrument.</summary>
internal sealed class InstrumentLinkDto
{
    public string? Id { get; set; }

    public string? Edition { get; set; }

    public string? Element { get; set; }

    public string? Instrument { get; set; }

    public string? Relation { get; set; }

    public string? Direction { get; set; }

    public string? Basis { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }
}
