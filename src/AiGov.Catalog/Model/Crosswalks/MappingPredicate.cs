namespace AiGov.Catalog;

/// <summary>
/// The SKOS mapping relation of a crosswalk row, read as "subject predicate object": <see cref="BroadMatch"/> says the
/// target term is broader than the catalogue element. A considered non-match is one of these negated
/// (<see cref="CrosswalkMapping.IsNegated"/>, SSSOM's <c>predicate_modifier: Not</c>), never a predicate of its own.
/// </summary>
public enum MappingPredicate
{
    /// <summary><c>skos:exactMatch</c>: the two can be used interchangeably.</summary>
    ExactMatch,

    /// <summary><c>skos:closeMatch</c>: close enough to be used interchangeably in some applications.</summary>
    CloseMatch,

    /// <summary><c>skos:broadMatch</c>: the target term is broader than the element.</summary>
    BroadMatch,

    /// <summary><c>skos:narrowMatch</c>: the target term is narrower than the element.</summary>
    NarrowMatch,

    /// <summary><c>skos:relatedMatch</c>: associated, neither broader nor narrower.</summary>
    RelatedMatch,
}
