using System;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>A row of a <see cref="StageMatrix"/>: one lifecycle stage and its cells, one per column. Immutable.</summary>
public sealed class StageMatrixRow
{
    internal StageMatrixRow(LifecycleStage stage, int depth, ImmutableArray<StageMatrixCell> cells, ImmutableArray<Risk> risks)
    {
        Stage = stage;
        Depth = depth;
        Cells = cells;
        Risks = risks;
    }

    /// <summary>Gets the stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>Gets the stage's depth in the stage hierarchy: 0 for a top-level stage, 1 for a phase of research and development.</summary>
    public int Depth { get; }

    /// <summary>Gets the cells, in column order.</summary>
    public ImmutableArray<StageMatrixCell> Cells { get; }

    /// <summary>Gets every risk at the stage (the union of the cells), in document order.</summary>
    public ImmutableArray<Risk> Risks { get; }

    /// <summary>Gets the number of risks at the stage.</summary>
    public int Total => Risks.Length;

    /// <summary>Gets the cell of a column.</summary>
    /// <param name="columnKey">The column's key (<see cref="StageMatrixColumn.Key"/>): a category ID such as <c>1.0:3.1</c> or an area key such as <c>data</c>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columnKey"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix has no column with this key.</exception>
    public StageMatrixCell Cell(string columnKey)
    {
        Guard.NotNull(columnKey);
        var index = IndexOf(columnKey);
        Guard.Argument(index >= 0, "The matrix has no column '" + columnKey + "'.", nameof(columnKey));
        return Cells[index];
    }

    private int IndexOf(string columnKey)
    {
        for (var i = 0; i < Cells.Length; i++)
        {
            if (string.Equals(Cells[i].Column.Key, columnKey, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
