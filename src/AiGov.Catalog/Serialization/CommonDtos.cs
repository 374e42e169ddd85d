using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>A bilingual title.</summary>
internal sealed class TitleDto
{
    public TitleTextDto? Zh { get; init; }

    public TitleTextDto? En { get; init; }
}

/// <summary>One language of a title, with its status.</summary>
internal sealed class TitleTextDto
{
    public string? Text { get; init; }

    public string? Status { get; init; }

    public List<string?>? Sources { get; init; }

    public string? Note { get; init; }
}

/// <summary>Pages in the Chinese and English texts: <c>"3"</c> or <c>"4-5"</c>, null when unknown.</summary>
internal sealed class PagesDto
{
    public string? Zh { get; init; }

    public string? En { get; init; }

    public string? Note { get; init; }
}

/// <summary>Wording seen in a source that is not a title.</summary>
internal sealed class AliasDto
{
    public string? Text { get; init; }

    public List<string?>? Sources { get; init; }

    public string? Note { get; init; }
}

/// <summary>A mapping to a lifecycle stage.</summary>
internal sealed class StageMappingDto
{
    public string? Stage { get; init; }

    public string? Basis { get; init; }

    public string? Note { get; init; }
}

/// <summary>A mapping to an actor.</summary>
internal sealed class ActorMappingDto
{
    public string? Actor { get; init; }

    public string? Basis { get; init; }

    public string? Note { get; init; }
}

/// <summary>How sure the catalogue is, and from which sources.</summary>
internal sealed class ProvenanceDto
{
    public string? Status { get; init; }

    public List<string?>? Sources { get; init; }

    public string? Note { get; init; }
}
