using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>An entry of the source registry.</summary>
internal sealed class SourceDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Location { get; set; }

    public List<string?>? Editions { get; set; }

    public string? Trust { get; set; }

    public string? UsedFor { get; set; }

    public string? Note { get; set; }
}
