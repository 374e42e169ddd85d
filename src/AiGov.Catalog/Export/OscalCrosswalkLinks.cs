namespace AiGov.Catalog.Export;

/// <summary>
/// A crosswalk mapping as an OSCAL <c>link</c> of the group or control: <c>href</c> the target term's IRI (the SSSOM
/// CURIE expanded), <c>rel</c> the SKOS predicate as an OSCAL token, <c>text</c> the pinned term, the rationale and
/// who made it.
/// </summary>
/// <remarks>
/// OSCAL's <c>rel</c> is a token (a letter or underscore, then letters, digits, <c>.</c>, <c>-</c> or <c>_</c>), so a
/// CURIE such as <c>skos:broadMatch</c> cannot be written as is: the predicate becomes <c>broad-match</c>,
/// <c>exact-match</c>, <c>close-match</c>, <c>narrow-match</c> or <c>related-match</c>, and a considered non-match
/// (SSSOM's <c>predicate_modifier: Not</c>) <c>not-broad-match</c> and so on — a rel of its own, so that a tool that
/// reads only <c>rel</c> never takes a non-match for a match.
/// </remarks>
internal static class OscalCrosswalkLinks
{
    public static string Href(FrameworkTerm term) => term.Framework.BaseIri + SssomExporter.LocalPart(term.Id);

    public static string Rel(CrosswalkMapping mapping)
    {
        var rel = mapping.Predicate switch
        {
            MappingPredicate.ExactMatch => "exact-match",
            MappingPredicate.CloseMatch => "close-match",
            MappingPredicate.BroadMatch => "broad-match",
            MappingPredicate.NarrowMatch => "narrow-match",
            _ => "related-match",
        };
        return mapping.IsNegated ? "not-" + rel : rel;
    }

    public static string Text(CrosswalkMapping m) =>
        m.Set.Framework.Id + " " + m.Term.PinnedId + (m.Term.Title is { } title ? " " + title : string.Empty) + ": " + m.Rationale
        + " (" + m.Author + (m.Confidence is { } c ? ", confidence " + c.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (m.Evidence is { } evidence ? ", evidence " + evidence : string.Empty) + "; set " + m.Set.Id + ")";
}
