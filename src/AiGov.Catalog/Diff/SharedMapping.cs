namespace AiGov.Catalog;

/// <summary>
/// A crosswalk row found on both sides of a diff entry: the row of the diff's <c>from</c> edition and the row of its
/// <c>to</c> edition that agrees with it in framework version, target term, predicate and negation (their rationale,
/// author and confidence may differ). Immutable.
/// </summary>
public sealed class SharedMapping
{
    internal SharedMapping(CrosswalkMapping before, CrosswalkMapping after)
    {
        Before = before;
        After = after;
    }

    /// <summary>Gets the row whose subject is an element of the diff's <c>from</c> edition.</summary>
    public CrosswalkMapping Before { get; }

    /// <summary>Gets the matching row whose subject is an element of the diff's <c>to</c> edition.</summary>
    public CrosswalkMapping After { get; }

    /// <summary>Returns "framework term predicate: before-subject → after-subject".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => MappingChanges.Describe(Before) + ": " + Before.SubjectId + " → " + After.SubjectId;
}
