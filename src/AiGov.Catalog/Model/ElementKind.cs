namespace AiGov.Catalog;

/// <summary>The kinds of element in an edition of the framework.</summary>
public enum ElementKind
{
    /// <summary>A top-level section (1 … 6).</summary>
    Section,

    /// <summary>A governance principle (section 1).</summary>
    Principle,

    /// <summary>A framework component (section 2).</summary>
    Component,

    /// <summary>A risk category (3.1, 3.2, …).</summary>
    RiskCategory,

    /// <summary>A risk sub-category (3.1.1, …).</summary>
    RiskSubcategory,

    /// <summary>A risk item (3.1.1(a), …).</summary>
    Risk,

    /// <summary>A heading that groups technical countermeasures (4.1, 4.1.1, …).</summary>
    MeasureGroup,

    /// <summary>A technical countermeasure item (section 4).</summary>
    TechnicalMeasure,

    /// <summary>A comprehensive governance measure (section 5).</summary>
    GovernanceMeasure,

    /// <summary>A set of safety guidelines (6.1, …).</summary>
    GuidelineSet,

    /// <summary>A guideline item (6.1(a), …).</summary>
    GuidelineItem,

    /// <summary>An appendix.</summary>
    Appendix,

    /// <summary>A risk-grading factor (Appendix 1 of edition 2.0).</summary>
    GradingFactor,
}
