using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// One correspondence of an <see cref="EditionDiff"/>: the element(s) of the <c>from</c> edition, their counterpart(s) in
/// the <c>to</c> edition, how they changed, and the lineage evidence behind it. Immutable.
/// </summary>
/// <remarks>
/// <para>Between adjacent editions there is one entry per lineage link: a 1.0 element is on the <see cref="Before"/>
/// side of exactly one entry of the 1.0 → 2.0 diff (a split lists every branch in <see cref="After"/>), and a 2.0
/// element new in 2.0 has an <see cref="ChangeKind.Added"/> entry of its own. The reverse diff has the same entries with
/// the sides swapped. Between editions further apart, the links are composed along the chain of lineages: one entry per
/// element of the older edition, and one per element of the newer edition that no path reaches.</para>
/// <para><see cref="FieldChanges"/> are computed for one-to-one entries only; <see cref="MeasureChanges"/> for risks only;
/// <see cref="Mappings"/> for every entry whose elements have crosswalk rows, on first use.</para>
/// </remarks>
public sealed class DiffEntry
{
    private EditionDiff? _diff;
    private MappingChanges? _mappings;

    internal DiffEntry(
        ElementKind kind,
        ChangeKind changeKind,
        ImmutableArray<ChangeKind> also,
        ImmutableArray<CatalogElement> before,
        ImmutableArray<CatalogElement> after,
        ImmutableArray<LineageLink> links,
        LineageConfidence? confidence,
        MappingBasis? basis,
        ImmutableArray<string> evidence,
        string? note,
        ImmutableArray<FieldChange> fieldChanges,
        MeasureChanges? measureChanges,
        ImmutableArray<DiffPath> paths)
    {
        Kind = kind;
        ChangeKind = changeKind;
        Also = also;
        Before = before;
        After = after;
        Links = links;
        Confidence = confidence;
        Basis = basis;
        Evidence = evidence;
        Note = note;
        FieldChanges = fieldChanges;
        MeasureChanges = measureChanges;
        Paths = paths;
    }

    /// <summary>Gets the element kind (of the older edition's side when a link joins elements of different kinds).</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets how the element(s) changed, seen from the diff's <c>from</c> edition.</summary>
    public ChangeKind ChangeKind { get; }

    /// <summary>Gets further change kinds that apply as well (the lineage's <c>also</c>), in the diff's direction.</summary>
    public ImmutableArray<ChangeKind> Also { get; }

    /// <summary>Gets the element(s) of the diff's <c>from</c> edition (empty for <see cref="ChangeKind.Added"/>; several for a merge read backwards).</summary>
    public ImmutableArray<CatalogElement> Before { get; }

    /// <summary>Gets the element(s) of the diff's <c>to</c> edition (empty for <see cref="ChangeKind.Removed"/>; several for a split), in the order the lineage lists them.</summary>
    public ImmutableArray<CatalogElement> After { get; }

    /// <summary>Gets the lineage links behind the entry, oldest lineage first: one between adjacent editions, one per step when composed, none when an edition is compared with itself.</summary>
    public ImmutableArray<LineageLink> Links { get; }

    /// <summary>Gets the lineage link when the entry rests on exactly one; otherwise null.</summary>
    public LineageLink? Link => Links.Length == 1 ? Links[0] : null;

    /// <summary>Gets how sure the correspondence is: the lowest confidence of <see cref="Links"/>, or null when there is no link (an edition compared with itself).</summary>
    public LineageConfidence? Confidence { get; }

    /// <summary>Gets <see cref="MappingBasis.Editorial"/> when any link is the project's reading, <see cref="MappingBasis.Normative"/> when sources show every link, or null when there is no link.</summary>
    public MappingBasis? Basis { get; }

    /// <summary>Gets the source IDs of the evidence of every link, in order of first mention.</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>Gets the lineage note (notes of several links are prefixed with their lineage), or null.</summary>
    public string? Note { get; }

    /// <summary>Gets the fields that differ between the two sides of a one-to-one entry (empty otherwise). See <see cref="FieldChange"/>.</summary>
    public ImmutableArray<FieldChange> FieldChanges { get; }

    /// <summary>Gets the changes of the measures that address the risk(s), for an entry of kind <see cref="ElementKind.Risk"/>; null for other kinds.</summary>
    public MeasureChanges? MeasureChanges { get; }

    /// <summary>
    /// Gets how the crosswalk mappings change: the rows of the <see cref="Before"/> elements against those of the
    /// <see cref="After"/> elements, shared, new, dropped or not compared (see <see cref="AiGov.Catalog.MappingChanges"/>).
    /// </summary>
    /// <value>Never null; <see cref="MappingChanges.IsEmpty"/> when neither side has a row.</value>
    /// <remarks>Computed on first use from the catalogue's index of rows by subject (a few lookups per entry, no scan of
    /// the sets) and kept; thread-safe.</remarks>
    public MappingChanges Mappings
    {
        get
        {
            var mappings = System.Threading.Volatile.Read(ref _mappings);
            if (mappings is null)
            {
                var rowsOf = _diff?.MappingsOf;
                mappings = rowsOf is null ? MappingChanges.Empty : MappingChanges.Compute(Before, After, rowsOf);
                mappings = System.Threading.Interlocked.CompareExchange(ref _mappings, mappings, null) ?? mappings;
            }

            return mappings;
        }
    }

    internal ImmutableArray<DiffPath> Paths { get; }

    /// <summary>Ties the entry to the diff that holds it (the source of its crosswalk rows).</summary>
    internal void Attach(EditionDiff diff) => _diff ??= diff;

    /// <summary>Returns "Kind ChangeKind before-IDs → after-IDs".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() =>
        Kind + " " + ChangeKind + " " + Ids(Before) + " → " + Ids(After);

    private static string Ids(ImmutableArray<CatalogElement> elements) =>
        elements.IsEmpty ? "—" : string.Join(", ", System.Linq.Enumerable.Select(elements, e => e.Id));
}
