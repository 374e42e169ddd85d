namespace AiGov.Catalog;

/// <summary>What the columns of a <see cref="StageMatrix"/> are.</summary>
public enum StageMatrixAxis
{
    /// <summary>The edition's risk categories (3.1, 3.2, …), in document order.</summary>
    Category,

    /// <summary>The four cross-edition risk areas, in vocabulary order.</summary>
    Area,
}
