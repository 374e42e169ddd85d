namespace AiGov.Catalog;

/// <summary>The kind of an element record in the compiled data (<see cref="CompiledCatalogReader"/>).</summary>
internal enum CompiledRecord : byte
{
    /// <summary>A <see cref="AiGov.Catalog.Section"/>.</summary>
    Section = 1,

    /// <summary>A <see cref="AiGov.Catalog.Principle"/>.</summary>
    Principle,

    /// <summary>A <see cref="AiGov.Catalog.FrameworkComponent"/>.</summary>
    FrameworkComponent,

    /// <summary>A <see cref="AiGov.Catalog.RiskCategory"/>.</summary>
    RiskCategory,

    /// <summary>A <see cref="AiGov.Catalog.RiskSubcategory"/>.</summary>
    RiskSubcategory,

    /// <summary>A <see cref="AiGov.Catalog.Risk"/>.</summary>
    Risk,

    /// <summary>A <see cref="AiGov.Catalog.MeasureGroup"/>.</summary>
    MeasureGroup,

    /// <summary>A technical or governance <see cref="AiGov.Catalog.Measure"/>.</summary>
    Measure,

    /// <summary>A <see cref="AiGov.Catalog.GuidelineSet"/>.</summary>
    GuidelineSet,

    /// <summary>A <see cref="AiGov.Catalog.GuidelineItem"/>.</summary>
    GuidelineItem,

    /// <summary>An <see cref="AiGov.Catalog.Appendix"/>.</summary>
    Appendix,

    /// <summary>A <see cref="AiGov.Catalog.GradingFactor"/>.</summary>
    GradingFactor,

    /// <summary>A <see cref="AiGov.Catalog.RiskGrade"/>.</summary>
    RiskGrade,

    /// <summary>A <see cref="AiGov.Catalog.AppendixPart"/>.</summary>
    AppendixPart,

    /// <summary>A <see cref="AiGov.Catalog.AppendixPhase"/>.</summary>
    AppendixPhase,

    /// <summary>A <see cref="AiGov.Catalog.AppendixMeasureGroup"/>.</summary>
    AppendixMeasureGroup,

    /// <summary>A <see cref="AiGov.Catalog.AppendixMeasure"/>.</summary>
    AppendixMeasure,
}
