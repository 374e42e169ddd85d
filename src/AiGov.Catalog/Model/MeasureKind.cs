namespace AiGov.Catalog;

/// <summary>The two kinds of measure in the framework.</summary>
public enum MeasureKind
{
    /// <summary>A technical countermeasure (section 4).</summary>
    Technical,

    /// <summary>A comprehensive governance measure (section 5).</summary>
    Governance,
}
