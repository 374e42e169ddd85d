using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// An element of an edition. The common fields come first; the fields of one kind sit in one nested object
/// (<see cref="Risk"/>, <see cref="Measure"/>, <see cref="MeasureGroup"/>) that is present for that kind only.
/// </summary>
internal sealed class ElementDto
{
    public string? Kind { get; set; }

    public string? Id { get; set; }

    public string? Key { get; set; }

    public string? Clause { get; set; }

    public string? ClauseStatus { get; set; }

    public string? Parent { get; set; }

    public TitleDto? Title { get; set; }

    public PagesDto? Pages { get; set; }

    public string? Summary { get; set; }

    public List<AliasDto?>? Aliases { get; set; }

    public List<StageMappingDto?>? Stages { get; set; }

    public List<ActorMappingDto?>? Actors { get; set; }

    public ProvenanceDto? Provenance { get; set; }

    public string? Notes { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RiskPartDto? Risk { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeasurePartDto? Measure { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeasureGroupPartDto? MeasureGroup { get; set; }
}

/// <summary>The fields of a risk.</summary>
internal sealed class RiskPartDto
{
    public string? Area { get; set; }

    public string? AreaBasis { get; set; }

    public string? AreaNote { get; set; }

    /// <summary>
    /// MIT's coding of the risk, written by files of data 2026.11 and 2026.12 before the crosswalks: read (it is what
    /// <see cref="Risk.Mit"/> returns for such a file), never written (MIT's codings are a mapping set now).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MitDto? Mit { get; set; }

    public string? UnaddressedNote { get; set; }
}

/// <summary>A risk's entry in the MIT AI Risk Repository (the legacy field of older files).</summary>
internal sealed class MitDto
{
    public string? Id { get; set; }

    public string? Domain { get; set; }
}

/// <summary>The fields of a technical or governance measure (which of the two is the element's kind).</summary>
internal sealed class MeasurePartDto
{
    public List<RiskAddressDto?>? Addresses { get; set; }
}

/// <summary>What a measure deals with.</summary>
internal sealed class RiskAddressDto
{
    public string? Target { get; set; }

    public string? Basis { get; set; }

    public string? Note { get; set; }
}

/// <summary>The fields of a heading of technical countermeasures.</summary>
internal sealed class MeasureGroupPartDto
{
    /// <summary>The categories or sub-categories the heading mirrors, each with its basis (element IDs alone in files written before 2026.12.0).</summary>
    [JsonConverter(typeof(LegacyAnswersConverter))]
    public List<RiskAddressDto?>? Answers { get; set; }
}
