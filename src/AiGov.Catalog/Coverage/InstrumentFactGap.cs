namespace AiGov.Catalog;

/// <summary>A fact of the instrument registry that remains unknown, or on which sources disagree. Immutable.</summary>
public sealed class InstrumentFactGap
{
    internal InstrumentFactGap(string instrumentKey, string field, SourcedFact fact)
    {
        InstrumentKey = instrumentKey;
        Field = field;
        Fact = fact;
    }

    /// <summary>Gets the key of the instrument.</summary>
    public string InstrumentKey { get; }

    /// <summary>Gets the field (<c>title.zh</c>, <c>title.en</c>, <c>level</c>, <c>issuers</c>, <c>issued</c>, <c>effective</c>, <c>status</c>, <c>url</c>, <c>binding</c>).</summary>
    public string Field { get; }

    /// <summary>Gets the fact: unknown (<see cref="SourcedFact.Value"/> null) or in conflict.</summary>
    public SourcedFact Fact { get; }

    /// <summary>Gets whether sources disagree (otherwise the fact is unknown).</summary>
    public bool IsConflict => Fact.IsInConflict;
}
