using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// An element of an edition. The common fields come first; the fields of one kind sit in one nested object
/// (<see cref="Risk"/>, <see cref="Measure"/>, <see cref="MeasureGroup"/>) that is present for that kind only.
/// </summary>
internal sealed class ElementDto
{
    public string? Kind { get; init; }

    public string? Id { get; init; }

    public string? Key { get; init; }

    public string? Clause { get; init; }

    public string? ClauseStatus { get; init; }

    public string? Parent { get; init; }

    public TitleDto? Title { get; init; }

    public PagesDto? Pages { get; init; }

    public string? Summary { get; init; }

    public List<AliasDto?>? Aliases { get; init; }

    public List<StageMappingDto?>? Stages { get; init; }

    public List<ActorMappingDto?>? Actors { get; init; }

    public ProvenanceDto? Provenance { get; init; }

    public string? Notes { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RiskPartDto? Risk { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeasurePartDto? Measure { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeasureGroupPartDto? MeasureGroup { get; init; }
}

/// <summary>The fields of a risk.</summary>
internal sealed class RiskPartDto
{
    public string? Area { get; init; }

    public string? AreaBasis { get; init; }

    public string? AreaNote { get; init; }

    public MitDto? Mit { get; init; }

    public string? UnaddressedNote { get; init; }
}

/// <summary>A risk's entry in the MIT AI Risk Repository.</summary>
internal sealed class MitDto
{
    public string? Id { get; init; }

    public string? Domain { get; init; }
}

/// <summary>The fields of a technical or governance measure (which of the two is the element's kind).</summary>
internal sealed class MeasurePartDto
{
    public List<RiskAddressDto?>? Addresses { get; init; }
}

/// <summary>What a measure deals with.</summary>
internal sealed class RiskAddressDto
{
    public string? Target { get; init; }

    public string? Basis { get; init; }

    public string? Note { get; init; }
}

/// <summary>The fields of a heading of technical countermeasures.</summary>
internal sealed class MeasureGroupPartDto
{
    public List<string?>? Answers { get; init; }
}
