namespace AiGov.Catalog;

/// <summary>How sure a lineage link is.</summary>
public enum LineageConfidence
{
    /// <summary>Low confidence.</summary>
    Low,

    /// <summary>Medium confidence.</summary>
    Medium,

    /// <summary>High confidence.</summary>
    High,
}
