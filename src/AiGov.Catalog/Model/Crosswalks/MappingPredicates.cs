namespace AiGov.Catalog;

/// <summary>The CURIEs of <see cref="MappingPredicate"/> and the relation read in the other direction.</summary>
public static class MappingPredicates
{
    /// <summary>Gets the SKOS CURIE of a predicate, e.g. <c>skos:broadMatch</c>.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The CURIE.</returns>
    public static string ToCurie(this MappingPredicate predicate) => predicate switch
    {
        MappingPredicate.ExactMatch => "skos:exactMatch",
        MappingPredicate.CloseMatch => "skos:closeMatch",
        MappingPredicate.BroadMatch => "skos:broadMatch",
        MappingPredicate.NarrowMatch => "skos:narrowMatch",
        _ => "skos:relatedMatch",
    };

    /// <summary>
    /// Gets the predicate that holds from the object to the subject: broad and narrow swap, the symmetric
    /// exact, close and related stay as they are.
    /// </summary>
    /// <param name="predicate">The predicate from subject to object.</param>
    /// <returns>The predicate from object to subject.</returns>
    public static MappingPredicate Inverse(this MappingPredicate predicate) => predicate switch
    {
        MappingPredicate.BroadMatch => MappingPredicate.NarrowMatch,
        MappingPredicate.NarrowMatch => MappingPredicate.BroadMatch,
        _ => predicate,
    };
}
