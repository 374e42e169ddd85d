using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>An entry of the source registry.</summary>
internal sealed class SourceDto
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public List<string?>? Editions { get; init; }

    public string? Trust { get; init; }

    public string? UsedFor { get; init; }

    public string? Note { get; init; }
}
