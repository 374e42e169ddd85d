using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>An edition: its manifest fields, then its elements in document order.</summary>
internal sealed class EditionDto
{
    public string? Edition { get; init; }

    public string? Key { get; init; }

    public TitleDto? Title { get; init; }

    public TitleDto? Issuer { get; init; }

    /// <summary>The release date, <c>yyyy-MM-dd</c>.</summary>
    public string? Released { get; init; }

    public TitleTextDto? ReleaseVenue { get; init; }

    public List<string?>? OfficialSources { get; init; }

    public List<string?>? Languages { get; init; }

    public string? Completeness { get; init; }

    public string? CompletenessNote { get; init; }

    public string? Summary { get; init; }

    public List<KnownGapDto?>? KnownGaps { get; init; }

    public ProvenanceDto? Provenance { get; init; }

    public string? Notes { get; init; }

    public List<ElementDto?>? Elements { get; init; }
}

/// <summary>Something that may exist in an edition but is not encoded.</summary>
internal sealed class KnownGapDto
{
    public string? Clause { get; init; }

    public string? Status { get; init; }

    public List<string?>? Sources { get; init; }

    public string? Note { get; init; }
}
