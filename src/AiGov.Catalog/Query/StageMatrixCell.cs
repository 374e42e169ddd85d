using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A cell of a <see cref="StageMatrix"/>: the risks of one column (category or area) that are at one lifecycle stage,
/// that is, mapped to the stage or to one of its phases. Immutable.
/// </summary>
public sealed class StageMatrixCell
{
    internal StageMatrixCell(LifecycleStage stage, StageMatrixColumn column, ImmutableArray<Risk> risks)
    {
        Stage = stage;
        Column = column;
        Risks = risks;
        var ids = ImmutableArray.CreateBuilder<string>(risks.Length);
        foreach (var risk in risks)
        {
            ids.Add(risk.Id);
        }

        RiskIds = ids.MoveToImmutable();
    }

    /// <summary>Gets the row's stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>Gets the column.</summary>
    public StageMatrixColumn Column { get; }

    /// <summary>Gets the number of risks in the cell.</summary>
    public int Count => Risks.Length;

    /// <summary>Gets the risks, in document order.</summary>
    public ImmutableArray<Risk> Risks { get; }

    /// <summary>Gets the IDs of the risks (<c>1.0:3.1.1.a</c>, …), in document order.</summary>
    public ImmutableArray<string> RiskIds { get; }
}
