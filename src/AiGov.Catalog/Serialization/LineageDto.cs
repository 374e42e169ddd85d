using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>The correspondence between two editions.</summary>
internal sealed class LineageDto
{
    public string? From { get; init; }

    public string? To { get; init; }

    public List<LineageLinkDto?>? Links { get; init; }
}

/// <summary>One lineage link.</summary>
internal sealed class LineageLinkDto
{
    public string? From { get; init; }

    public List<string?>? To { get; init; }

    public string? Relation { get; init; }

    public List<string?>? Also { get; init; }

    public string? Confidence { get; init; }

    public string? Basis { get; init; }

    public List<string?>? Evidence { get; init; }

    public string? Note { get; init; }
}
