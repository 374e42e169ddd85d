using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog;

/// <summary>A top-level section of an edition (1 … 6).</summary>
public sealed class Section : CatalogElement
{
    internal Section(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.Section;
}

/// <summary>A governance principle (section 1).</summary>
public sealed class Principle : CatalogElement
{
    internal Principle(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.Principle;
}

/// <summary>A framework component (section 2).</summary>
public sealed class FrameworkComponent : CatalogElement
{
    internal FrameworkComponent(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.Component;
}

/// <summary>A risk category (3.1, 3.2, …).</summary>
public sealed class RiskCategory : CatalogElement
{
    internal RiskCategory(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.RiskCategory;

    /// <summary>Gets the sub-categories, in document order.</summary>
    public ImmutableArray<RiskSubcategory> Subcategories => Catalog.ChildrenOf<RiskSubcategory>(Id);

    /// <summary>Gets every risk of every sub-category, in document order.</summary>
    public ImmutableArray<Risk> Risks => Catalog.RisksUnder(Id);
}

/// <summary>A risk sub-category (3.1.1, …).</summary>
public sealed class RiskSubcategory : CatalogElement
{
    internal RiskSubcategory(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.RiskSubcategory;

    /// <summary>Gets the category this sub-category belongs to.</summary>
    public RiskCategory Category => (RiskCategory)Parent!;

    /// <summary>Gets the risks, in document order.</summary>
    public ImmutableArray<Risk> Risks => Catalog.ChildrenOf<Risk>(Id);
}

/// <summary>A heading that groups technical countermeasures (4.1, 4.1.1, …) and mirrors a risk heading.</summary>
public sealed class MeasureGroup : CatalogElement
{
    internal MeasureGroup(ElementInfo info, ImmutableArray<RiskAddress> answers)
        : base(info) => Answers = answers.IsDefault ? ImmutableArray<RiskAddress>.Empty : answers;

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.MeasureGroup;

    /// <summary>
    /// Gets the risk categories or sub-categories this heading mirrors, each with its basis: normative where the
    /// framework's own mirrored numbering or heading shows it, editorial (with the rationale) where the mirroring is the
    /// project's reading.
    /// </summary>
    public ImmutableArray<RiskAddress> Answers { get; }

    /// <summary>Gets the IDs of the risk categories or sub-categories this heading mirrors (the targets of <see cref="Answers"/>).</summary>
    public ImmutableArray<string> AnswerIds => Answers.Select(a => a.TargetId).ToImmutableArray();

    /// <summary>Gets the measures directly under this heading, in document order.</summary>
    public ImmutableArray<Measure> Measures => Catalog.ChildrenOf<Measure>(Id);
}

/// <summary>A set of safety guidelines (6.1, …).</summary>
public sealed class GuidelineSet : CatalogElement
{
    internal GuidelineSet(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.GuidelineSet;

    /// <summary>Gets the guideline items, in document order (empty where no item is known).</summary>
    public ImmutableArray<GuidelineItem> Items => Catalog.ChildrenOf<GuidelineItem>(Id);
}

/// <summary>A guideline item (6.1(a), …).</summary>
public sealed class GuidelineItem : CatalogElement
{
    internal GuidelineItem(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.GuidelineItem;

    /// <summary>Gets the guideline set this item belongs to.</summary>
    public GuidelineSet Set => (GuidelineSet)Parent!;
}

/// <summary>An appendix.</summary>
public sealed class Appendix : CatalogElement
{
    internal Appendix(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.Appendix;
}

/// <summary>A risk-grading factor (Appendix 1 of edition 2.0).</summary>
public sealed class GradingFactor : CatalogElement
{
    internal GradingFactor(ElementInfo info)
        : base(info)
    {
    }

    /// <inheritdoc/>
    public override ElementKind Kind => ElementKind.GradingFactor;
}
