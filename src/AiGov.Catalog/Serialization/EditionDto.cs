using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>An edition: its manifest fields, then its elements in document order.</summary>
internal sealed class EditionDto
{
    public string? Edition { get; set; }

    public string? Key { get; set; }

    public TitleDto? Title { get; set; }

    public TitleDto? Issuer { get; set; }

    /// <summary>The release date, <c>yyyy-MM-dd</c>.</summary>
    public string? Released { get; set; }

    public TitleTextDto? ReleaseVenue { get; set; }

    public List<string?>? OfficialSources { get; set; }

    public List<string?>? Languages { get; set; }

    public string? Completeness { get; set; }

    public string? CompletenessNote { get; set; }

    public string? Summary { get; set; }

    public List<KnownGapDto?>? KnownGaps { get; set; }

    /// <summary>Document facts (absent from files written before 2026.12.0, read as none).</summary>
    public List<FactDto?>? Facts { get; set; }

    public ProvenanceDto? Provenance { get; set; }

    public string? Notes { get; set; }

    public List<ElementDto?>? Elements { get; set; }
}

/// <summary>Something that may exist in an edition but is not encoded.</summary>
internal sealed class KnownGapDto
{
    public string? Clause { get; set; }

    public string? Status { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }
}

/// <summary>A document fact of an edition manifest.</summary>
internal sealed class FactDto
{
    public string? Topic { get; set; }

    public string? Text { get; set; }

    public string? Status { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }
}
