using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>A measure: a technical countermeasure (section 4) or a comprehensive governance measure (section 5).</summary>
public sealed class Measure : CatalogElement
{
    internal Measure(ElementInfo info, MeasureKind measureKind, ImmutableArray<RiskAddress> addresses)
        : base(info)
    {
        MeasureKind = measureKind;
        Addresses = addresses.IsDefault ? ImmutableArray<RiskAddress>.Empty : addresses;
    }

    /// <inheritdoc/>
    public override ElementKind Kind => MeasureKind == MeasureKind.Technical ? ElementKind.TechnicalMeasure : ElementKind.GovernanceMeasure;

    /// <summary>Gets whether this is a technical or a governance measure.</summary>
    public MeasureKind MeasureKind { get; }

    /// <summary>Gets what the measure deals with (risks, sub-categories or categories), with the basis of each link.</summary>
    public ImmutableArray<RiskAddress> Addresses { get; }

    /// <summary>Gets the risks this measure addresses, directly or through a sub-category or category, in document order.</summary>
    public ImmutableArray<Risk> Risks => Catalog.RisksAddressedBy(Id);
}
