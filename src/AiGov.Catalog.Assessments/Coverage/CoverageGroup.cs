using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// The risks of one group — a risk category or sub-category, a risk area, a lifecycle stage, or an actor — and how far
/// they are addressed. Immutable.
/// </summary>
public sealed class CoverageGroup
{
    internal CoverageGroup(string key, string label, CatalogElement? element, VocabularyTerm? term, int depth, ImmutableArray<string> riskIds, StatusTally tally)
    {
        Key = key;
        Label = label;
        Element = element;
        Term = term;
        Depth = depth;
        RiskIds = riskIds;
        Tally = tally;
    }

    /// <summary>Gets the group's key: an element ID (<c>1.0:3.1</c>) or a vocabulary key (<c>deployment</c>).</summary>
    public string Key { get; }

    /// <summary>Gets a short label: the clause as printed (<c>3.1</c>) or the vocabulary term's English name.</summary>
    public string Label { get; }

    /// <summary>Gets the category or sub-category, for an element group; otherwise null.</summary>
    public CatalogElement? Element { get; }

    /// <summary>Gets the stage, actor or area, for a vocabulary group; otherwise null.</summary>
    public VocabularyTerm? Term { get; }

    /// <summary>Gets the depth: 1 for a phase of a lifecycle stage (counted in its parent stage too), otherwise 0.</summary>
    public int Depth { get; }

    /// <summary>Gets the canonical IDs of the group's risks, in document order.</summary>
    public ImmutableArray<string> RiskIds { get; }

    /// <summary>Gets the statuses of the group's risks.</summary>
    public StatusTally Tally { get; }

    /// <summary>Returns the key and tally.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Key + ": " + Tally;
}
