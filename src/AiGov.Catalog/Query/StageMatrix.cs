using System;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// The risks of one edition laid out by lifecycle stage (rows) and by risk category or risk area (columns), with counts
/// and members, from <see cref="GovernanceCatalog.StageMatrix(Edition, StageMatrixAxis)"/>. Immutable.
/// </summary>
/// <remarks>
/// <para>Rows are every stage of the vocabulary, in lifecycle order; columns are the edition's risk categories in document
/// order, or the four risk areas in vocabulary order. A cell holds the risks of its column that are at its stage by the
/// rule of <see cref="ElementQuery{TElement, TQuery}.At(LifecycleStage)"/>: mapped to the stage or to one of its phases.
/// Rows therefore overlap: the research-and-development row includes its phases, and a risk mapped to several stages
/// appears in each of their rows. Normative and editorial mappings count alike.</para>
/// <para><see cref="ToMarkdown"/> and <see cref="ToCsv"/> are deterministic: culture-invariant, <c>\n</c> line endings,
/// the same bytes for the same data on every run and platform.</para>
/// </remarks>
public sealed class StageMatrix
{
    internal StageMatrix(
        Edition edition,
        StageMatrixAxis axis,
        ImmutableArray<StageMatrixColumn> columns,
        ImmutableArray<StageMatrixRow> rows,
        ImmutableArray<Risk> unstaged,
        int normativeStageMappings,
        int editorialStageMappings)
    {
        Edition = edition;
        Axis = axis;
        Columns = columns;
        Rows = rows;
        Unstaged = unstaged;
        NormativeStageMappings = normativeStageMappings;
        EditorialStageMappings = editorialStageMappings;
    }

    /// <summary>Gets the edition.</summary>
    public Edition Edition { get; }

    /// <summary>Gets what the columns are.</summary>
    public StageMatrixAxis Axis { get; }

    /// <summary>Gets the columns: risk categories in document order, or risk areas in vocabulary order.</summary>
    public ImmutableArray<StageMatrixColumn> Columns { get; }

    /// <summary>Gets the rows: one per lifecycle stage, in vocabulary (lifecycle) order.</summary>
    public ImmutableArray<StageMatrixRow> Rows { get; }

    /// <summary>Gets the risks of the edition mapped to no stage at all (in no row), in document order.</summary>
    public ImmutableArray<Risk> Unstaged { get; }

    /// <summary>Gets the number of normative stage mappings of the edition's risks (stated by the framework).</summary>
    public int NormativeStageMappings { get; }

    /// <summary>Gets the number of editorial stage mappings of the edition's risks (the catalogue's judgement).</summary>
    public int EditorialStageMappings { get; }

    /// <summary>Gets the row of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix has no row for this stage.</exception>
    public StageMatrixRow Row(LifecycleStage stage)
    {
        Guard.NotNull(stage);
        var index = -1;
        for (var i = 0; i < Rows.Length && index < 0; i++)
        {
            if (Rows[i].Stage.Equals(stage))
            {
                index = i;
            }
        }

        Guard.Argument(index >= 0, "The matrix has no row for the stage '" + stage.Key + "'.", nameof(stage));
        return Rows[index];
    }

    /// <summary>Gets a cell by stage and column key.</summary>
    /// <param name="stage">The row's stage.</param>
    /// <param name="columnKey">The column's key: a category ID such as <c>1.0:3.1</c> or an area key such as <c>data</c>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> or <paramref name="columnKey"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix has no such row or column.</exception>
    public StageMatrixCell Cell(LifecycleStage stage, string columnKey) => Row(stage).Cell(Guard.NotNull(columnKey));

    /// <summary>Gets a cell of a <see cref="StageMatrixAxis.Category"/> matrix.</summary>
    /// <param name="stage">The row's stage.</param>
    /// <param name="category">The column's category.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> or <paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix has no such row or column.</exception>
    public StageMatrixCell Cell(LifecycleStage stage, RiskCategory category) => Row(stage).Cell(Guard.NotNull(category).Id);

    /// <summary>Gets a cell of an <see cref="StageMatrixAxis.Area"/> matrix.</summary>
    /// <param name="stage">The row's stage.</param>
    /// <param name="area">The column's risk area.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> or <paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix has no such row or column.</exception>
    public StageMatrixCell Cell(LifecycleStage stage, RiskArea area) => Row(stage).Cell(Guard.NotNull(area).Key);

    /// <summary>
    /// Renders the matrix as Markdown: a table of counts (with a total per stage), a table of members (risk clauses, or
    /// keys where the clause is not printed), and a legend of the columns. Deterministic.
    /// </summary>
    /// <returns>The Markdown text, <c>\n</c>-terminated lines.</returns>
    public string ToMarkdown() => StageMatrixMarkdown.Render(this);

    /// <summary>
    /// Renders the matrix as CSV (RFC 4180 quoting, <c>\n</c> line endings), one record per cell with the columns
    /// <c>edition,axis,stage,stage_parent,stage_title,column,column_label,count,risks</c>; <c>risks</c> holds the member
    /// IDs separated by spaces. Deterministic.
    /// </summary>
    /// <returns>The CSV text, with a header record.</returns>
    public string ToCsv() => StageMatrixCsv.Render(this);
}
