using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>A bilingual title.</summary>
internal sealed class TitleDto
{
    public TitleTextDto? Zh { get; set; }

    public TitleTextDto? En { get; set; }
}

/// <summary>One language of a title, with its status.</summary>
internal sealed class TitleTextDto
{
    public string? Text { get; set; }

    public string? Status { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }
}

/// <summary>Pages in the Chinese and English texts: <c>"3"</c> or <c>"4-5"</c>, null when unknown.</summary>
internal sealed class PagesDto
{
    public string? Zh { get; set; }

    public string? En { get; set; }

    public string? Note { get; set; }
}

/// <summary>Wording seen in a source that is not a title.</summary>
internal sealed class AliasDto
{
    public string? Text { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }
}

/// <summary>A mapping to a lifecycle stage.</summary>
internal sealed class StageMappingDto
{
    public string? Stage { get; set; }

    public string? Basis { get; set; }

    public string? Note { get; set; }
}

/// <summary>A mapping to an actor.</summary>
internal sealed class ActorMappingDto
{
    public string? Actor { get; set; }

    public string? Basis { get; set; }

    public string? Note { get; set; }
}

/// <summary>How sure the catalogue is, and from which sources.</summary>
internal sealed class ProvenanceDto
{
    public string? Status { get; set; }

    public List<string?>? Sources { get; set; }

    public string? Note { get; set; }
}
