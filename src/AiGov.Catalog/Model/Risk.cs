using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>A risk item of the framework's risk taxonomy (3.1.1(a), …).</summary>
public sealed class Risk : CatalogElement
{
    internal Risk(ElementInfo info, RiskArea area, MappingBasis areaBasis, string? areaNote, MitReference? mit, string? unaddressedNote)
        : base(info)
    {
        Area = area;
        AreaBasis = areaBasis;
        AreaNote = areaNote;
        Mit = mit;
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

    /// <summary>Gets the MIT AI Risk Repository crosswalk entry, if any.</summary>
    public MitReference? Mit { get; }

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
}
