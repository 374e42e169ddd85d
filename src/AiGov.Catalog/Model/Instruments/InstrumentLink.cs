using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A mapping from a framework element (edition-pinned) to a related instrument: the relation and its direction, the
/// basis (stated by a source, with the sources, or editorial, with the rationale) and the evidence or rationale.
/// <see cref="ElementId"/> is null when the link is to an edition as a whole (its preamble or the whole document).
/// Immutable once the catalogue is built.
/// </summary>
public sealed class InstrumentLink
{
    internal InstrumentLink(string id, Edition edition, string? elementId, string instrumentKey, InstrumentRelation relation, LinkDirection direction, MappingBasis basis, ImmutableArray<string> sources, string note)
    {
        Id = id;
        Edition = edition;
        ElementId = elementId;
        InstrumentKey = instrumentKey;
        Relation = relation;
        Direction = direction;
        Basis = basis;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
    }

    /// <summary>Gets the ID of the link row in the registry (e.g. <c>L6</c>); one row can link several elements and instruments.</summary>
    public string Id { get; }

    /// <summary>Gets the edition of the element.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the edition-qualified ID of the element (e.g. <c>1.0:5.2</c>), or null for the edition as a whole.</summary>
    public string? ElementId { get; }

    /// <summary>Gets the element, or null for the edition as a whole.</summary>
    public CatalogElement? Element { get; internal set; }

    /// <summary>Gets the key of the instrument.</summary>
    public string InstrumentKey { get; }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; internal set; } = null!;

    /// <summary>Gets how the instrument and the element relate.</summary>
    public InstrumentRelation Relation { get; }

    /// <summary>Gets which side the relation runs from.</summary>
    public LinkDirection Direction { get; }

    /// <summary>Gets whether a source states the link (<see cref="MappingBasis.StatedBySource"/>) or it is editorial.</summary>
    public MappingBasis Basis { get; }

    /// <summary>Gets the sources that state the link, or that the rationale rests on.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets the evidence (stated) or the one-line rationale (editorial).</summary>
    public string Note { get; }

    /// <inheritdoc />
    public override string ToString() => (ElementId ?? Edition.ToString()) + " " + Relation.ToString().ToLowerInvariant() + " " + InstrumentKey;
}
