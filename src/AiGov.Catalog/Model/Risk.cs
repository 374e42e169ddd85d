using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>A risk item of the framework's risk taxonomy (3.1.1(a), …).</summary>
public sealed class Risk : CatalogElement
{
    private MitReference? _derivedMit;
    private volatile bool _mitDerived;

    internal Risk(ElementInfo info, RiskArea area, MappingBasis areaBasis, string? areaNote, MitReference? legacyMit, string? unaddressedNote)
        : base(info)
    {
        Area = area;
        AreaBasis = areaBasis;
        AreaNote = areaNote;
        LegacyMit = legacyMit;
        UnaddressedNote = unaddressedNote;
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.Risk;

    /// <summary>Gets the cross-edition risk area (models and algorithms, data, AI systems, AI applications).</summary>
    public RiskArea Area { get; }

    /// <summary>Gets whether the area follows the framework's own hierarchy or is editorial.</summary>
    public MappingBasis AreaBasis { get; }

    /// <summary>Gets the rationale of an editorial area.</summary>
    public string? AreaNote { get; }

    /// <summary>Gets MIT's own coding of this risk in the MIT AI Risk Repository, if MIT coded it (the 26 risks of 1.0).</summary>
    /// <remarks>
    /// <para>Derived from the row of this risk in a mapping set to <c>mit-ai-risk-repository</c> that carries MIT's
    /// evidence ID (MIT's set <c>aisgf-1.0-mit-ai-risk-repository</c>): <see cref="MitReference.Id"/> is the evidence ID,
    /// <see cref="MitReference.Domain"/> the sub-domain the row maps to. Our editorial mappings to the MIT taxonomy (2.0)
    /// carry no evidence ID and are not MIT's coding: read them, and every other crosswalk, with
    /// <see cref="GovernanceCatalog.MappingsOf(CatalogElement)"/>, which this property is a shortcut into.</para>
    /// <para>For a catalogue loaded from a JSON data file written before the crosswalks (data 2026.11), which has no
    /// mapping sets, it is the file's own <c>mit</c> value.</para>
    /// </remarks>
    public MitReference? Mit => LegacyMit ?? DerivedMit();

    /// <summary>Gets the <c>mit</c> value of an older data file (null for the compiled catalogue and for newer files).</summary>
    internal MitReference? LegacyMit { get; }

    /// <summary>Gets why no measure addresses this risk, when none does.</summary>
    public string? UnaddressedNote { get; }

    /// <summary>Gets the sub-category this risk belongs to.</summary>
    public RiskSubcategory Subcategory => (RiskSubcategory)Parent!;

    /// <summary>Gets the category this risk belongs to.</summary>
    public RiskCategory Category => Subcategory.Category;

    /// <summary>
    /// Gets the measures (technical and governance) that address this risk directly or through its sub-category or
    /// category, in document order.
    /// </summary>
    public ImmutableArray<Measure> Measures => Catalog.MeasuresFor(Id);

    private MitReference? DerivedMit()
    {
        if (!_mitDerived)
        {
            // Benign race: two threads may both derive it; they find the same row.
            _derivedMit = Catalog.Owner?.MitCodingOf(Id);
            _mitDerived = true;
        }

        return _derivedMit;
    }
}
