using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>The measure coverage of one group: a risk, a risk category or an actor. Immutable.</summary>
public sealed class MeasureCoverageGroup
{
    internal MeasureCoverageGroup(string key, string label, CatalogElement? element, VocabularyTerm? term, ImmutableArray<string> riskIds, MeasureTally tally)
    {
        Key = key;
        Label = label;
        Element = element;
        Term = term;
        RiskIds = riskIds;
        Tally = tally;
    }

    /// <summary>Gets the group's key: the risk's or category's canonical ID, or the actor's key.</summary>
    public string Key { get; }

    /// <summary>Gets a short label: the clause, or the actor's English title.</summary>
    public string Label { get; }

    /// <summary>Gets the risk or category, or null for an actor.</summary>
    public CatalogElement? Element { get; }

    /// <summary>Gets the actor, or null.</summary>
    public VocabularyTerm? Term { get; }

    /// <summary>Gets the risks of the group that record a measure checklist, in document order.</summary>
    public ImmutableArray<string> RiskIds { get; }

    /// <summary>Gets the states of the group's (risk, measure) rows.</summary>
    public MeasureTally Tally { get; }
}
