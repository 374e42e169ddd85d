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

    /// <summary>A risk-grading factor (Appendix 1 of editions 2.0 and 3.0).</summary>
    GradingFactor,

    /// <summary>A grade on an appendix's risk-grading scale (for example the five grades of Appendix 1 of edition 3.0).</summary>
    RiskGrade,

    /// <summary>A numbered part of an appendix (一, 二, …).</summary>
    AppendixPart,

    /// <summary>A lifecycle phase by which an appendix sets out its risks (for example the agent phases of Appendix 2 of edition 3.0).</summary>
    AppendixPhase,

    /// <summary>A group of measures inside an appendix (for example 二.1 … 二.7 of Appendix 2 of edition 3.0).</summary>
    AppendixMeasureGroup,

    /// <summary>A numbered measure item of an appendix measure group (二.1(1), …).</summary>
    AppendixMeasure,
}
