using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>The correspondence between two editions.</summary>
internal sealed class LineageDto
{
    public string? From { get; set; }

    public string? To { get; set; }

    public List<LineageLinkDto?>? Links { get; set; }
}

/// <summary>One lineage link.</summary>
internal sealed class LineageLinkDto
{
    public string? From { get; set; }

    public List<string?>? To { get; set; }

    public string? Relation { get; set; }

    public List<string?>? Also { get; set; }

    public string? Confidence { get; set; }

    public string? Basis { get; set; }

    public List<string?>? Evidence { get; set; }

    public string? Note { get; set; }
}
