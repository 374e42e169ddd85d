using AiGov.Catalog.Serialization;

namespace AiGov.Catalog.Export;

/// <summary>
/// An instrument link as an OSCAL <c>link</c> of the control: the instrument's URL (or an <c>urn:aigov:instrument:</c>
/// name when none is known), a <c>rel</c> read from the control's side, and a text with the row, basis and sources.
/// </summary>
internal static class OscalInstrumentLinks
{
    public static string Href(Instrument instrument) => instrument.Url.Value ?? "urn:aigov:instrument:" + instrument.Key;

    /// <summary>The relation from the control's side: <c>implemented-by</c> when the instrument implements the element, <c>implements</c> when the framework implements the instrument, <c>parallel</c> for a parallel.</summary>
    public static string Rel(InstrumentLink link) => (link.Relation, link.Direction) switch
    {
        (InstrumentRelation.Parallel, _) => "parallel",
        (InstrumentRelation.Implements, LinkDirection.ElementToInstrument) => "implements",
        (InstrumentRelation.Cites, LinkDirection.ElementToInstrument) => "cites",
        (InstrumentRelation.Implements, _) => "implemented-by",
        (InstrumentRelation.Operationalises, _) => "operationalised-by",
        _ => "cited-by",
    };

    public static string Text(InstrumentLink link) =>
        link.InstrumentKey + " (" + link.Id + ", " + WireNames.Basis.Name(link.Basis) + (link.Sources.IsEmpty ? string.Empty : "; " + string.Join(", ", link.Sources)) + ")";
}
