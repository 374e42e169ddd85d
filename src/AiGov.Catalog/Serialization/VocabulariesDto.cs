using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>The vocabularies: lifecycle stages, actors and risk areas, each in its order.</summary>
internal sealed class VocabulariesDto
{
    public List<StageTermDto?>? Stages { get; init; }

    public List<ActorTermDto?>? Actors { get; init; }

    public List<AreaTermDto?>? Areas { get; init; }
}

/// <summary>A lifecycle stage.</summary>
internal sealed class StageTermDto
{
    public string? Key { get; init; }

    public string? Parent { get; init; }

    public string? TitleZh { get; init; }

    public string? TitleEn { get; init; }

    public string? Summary { get; init; }

    public List<string?>? Iso22989 { get; init; }

    public List<string?>? NistAiRmf { get; init; }
}

/// <summary>An actor.</summary>
internal sealed class ActorTermDto
{
    public string? Key { get; init; }

    public string? Group { get; init; }

    public string? TitleZh { get; init; }

    public string? TitleEn { get; init; }

    public string? Summary { get; init; }
}

/// <summary>A cross-edition risk area.</summary>
internal sealed class AreaTermDto
{
    public string? Key { get; init; }

    public string? TitleZh { get; init; }

    public string? TitleEn { get; init; }

    public string? Summary { get; init; }
}
