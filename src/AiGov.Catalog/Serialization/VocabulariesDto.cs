using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>The vocabularies: lifecycle stages, actors and risk areas, each in its order.</summary>
internal sealed class VocabulariesDto
{
    public List<StageTermDto?>? Stages { get; set; }

    public List<ActorTermDto?>? Actors { get; set; }

    public List<AreaTermDto?>? Areas { get; set; }
}

/// <summary>A lifecycle stage.</summary>
internal sealed class StageTermDto
{
    public string? Key { get; set; }

    public string? Parent { get; set; }

    public string? TitleZh { get; set; }

    public string? TitleEn { get; set; }

    public string? Summary { get; set; }

    public List<string?>? Iso22989 { get; set; }

    public List<string?>? NistAiRmf { get; set; }
}

/// <summary>An actor.</summary>
internal sealed class ActorTermDto
{
    public string? Key { get; set; }

    public string? Group { get; set; }

    public string? TitleZh { get; set; }

    public string? TitleEn { get; set; }

    public string? Summary { get; set; }
}

/// <summary>A cross-edition risk area.</summary>
internal sealed class AreaTermDto
{
    public string? Key { get; set; }

    public string? TitleZh { get; set; }

    public string? TitleEn { get; set; }

    public string? Summary { get; set; }
}
