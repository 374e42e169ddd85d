namespace AiGov.Catalog;

/// <summary>
/// One row of a mapping set, with SSSOM semantics: a catalogue element (the subject, edition-pinned), a SKOS
/// relation, a version-pinned term of a target framework (the object), the justification, author, confidence and a
/// one-line rationale. The crosswalk form of the model's one mapping shape (target, relation, basis, rationale).
/// Immutable.
/// </summary>
public sealed class CrosswalkMapping
{
    private MappingSet? _set;

    internal CrosswalkMapping(
        string subjectId,
        MappingPredicate predicate,
        bool isNegated,
        string objectId,
        string justification,
        string author,
        double? confidence,
        string rationale,
        string? evidence)
    {
        SubjectId = subjectId;
        Predicate = predicate;
        IsNegated = isNegated;
        ObjectId = objectId;
        Justification = justification;
        Author = author;
        Confidence = confidence;
        Rationale = rationale;
        Evidence = evidence;
    }

    /// <summary>Gets the set the row belongs to (its licence, authors and citation apply to the row).</summary>
    public MappingSet Set => _set!;

    /// <summary>Gets the edition-pinned catalogue ID of the subject, e.g. <c>1.0:3.1.1.a</c>.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the relation from the subject to the object.</summary>
    public MappingPredicate Predicate { get; }

    /// <summary>Gets the relation read from the object to the subject (broad and narrow swapped).</summary>
    public MappingPredicate InversePredicate => Predicate.Inverse();

    /// <summary>Gets whether the row is a considered non-match: the predicate does NOT hold (SSSOM <c>predicate_modifier: Not</c>).</summary>
    public bool IsNegated { get; }

    /// <summary>Gets the target term's ID as the framework writes it.</summary>
    public string ObjectId { get; }

    /// <summary>Gets the target term, pinned to the set's framework version.</summary>
    public FrameworkTerm Term { get; private set; } = null!;

    /// <summary>Gets the SSSOM mapping justification, e.g. <c>semapv:ManualMappingCuration</c>.</summary>
    public string Justification { get; }

    /// <summary>Gets who made the mapping.</summary>
    public string Author { get; }

    /// <summary>Gets the author's confidence from 0 to 1, or null when the author gave none (MIT's codings).</summary>
    public double? Confidence { get; }

    /// <summary>Gets the one-line rationale.</summary>
    public string Rationale { get; }

    /// <summary>Gets the source's own ID for the mapping (MIT's evidence ID), or null.</summary>
    public string? Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => SubjectId + (IsNegated ? " not " : " ") + Predicate.ToCurie() + " " + Term.Framework.Id + " " + Term.PinnedId;

    internal void Attach(MappingSet set, FrameworkTerm term)
    {
        _set = set;
        Term = term;
    }
}
