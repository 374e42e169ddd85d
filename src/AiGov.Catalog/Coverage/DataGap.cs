namespace AiGov.Catalog;

/// <summary>
/// One thing the catalogue does not know about an edition: a field of an element that is unknown or unconfirmed, or
/// (from the edition manifest) something that may exist but is not encoded. Immutable.
/// </summary>
/// <remarks>
/// <para>Fields: <c>clause</c> (unknown, containing <c>?</c>, or with a partial or inferred clause status),
/// <c>title.zh</c> and <c>title.en</c> (unknown, partial, or for English the project's translation; not for technical
/// measures and guideline items, which the framework prints as untitled lettered sentences), <c>pages.zh</c>
/// and <c>pages.en</c> (not recorded), and <c>element</c> for a gap of the manifest, which has no element.</para>
/// </remarks>
public sealed class DataGap
{
    internal DataGap(Edition edition, CatalogElement? element, string? clause, string field, GapStatus status, string? note)
    {
        Edition = edition;
        Element = element;
        Clause = clause;
        Field = field;
        Status = status;
        Note = note;
    }

    /// <summary>Gets the edition.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the element the gap is in, or null for a gap of the edition manifest.</summary>
    public CatalogElement? Element { get; }

    /// <summary>Gets the element's ID, or null for a gap of the edition manifest.</summary>
    public string? ElementId => Element?.Id;

    /// <summary>Gets the element kind, or null for a gap of the edition manifest.</summary>
    public ElementKind? Kind => Element?.Kind;

    /// <summary>Gets the clause where the gap sits (as printed, possibly with <c>?</c>), or null when not known.</summary>
    public string? Clause { get; }

    /// <summary>Gets the field: <c>clause</c>, <c>title.zh</c>, <c>title.en</c>, <c>pages.zh</c>, <c>pages.en</c>, or <c>element</c> for a manifest gap.</summary>
    public string Field { get; }

    /// <summary>Gets how far the field is from known.</summary>
    public GapStatus Status { get; }

    /// <summary>Gets the editors' note on the field, if any.</summary>
    public string? Note { get; }

    /// <summary>Returns "ID field status".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => (ElementId ?? Edition + ":" + (Clause ?? "?")) + " " + Field + " " + Status;
}
