using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace AiGov.Catalog;

/// <summary>Builds a <see cref="StageMatrix"/> from an edition's risks.</summary>
internal static class StageMatrixBuilder
{
    public static StageMatrix Build(EditionCatalog edition, StageHierarchy stages, ImmutableArray<RiskArea> areas, StageMatrixAxis axis)
    {
        var columns = ImmutableArray.CreateBuilder<StageMatrixColumn>();
        if (axis == StageMatrixAxis.Category)
        {
            foreach (var category in edition.Categories)
            {
                columns.Add(new StageMatrixColumn(category));
            }
        }
        else
        {
            foreach (var area in areas)
            {
                columns.Add(new StageMatrixColumn(area));
            }
        }

        // Which column each risk belongs to, worked out once (a category column follows the risk's parents), then
        // which risks are at each stage, once per stage: the cells and rows are read off these flags.
        var risks = edition.Risks;
        var columnCount = columns.Count;
        var inColumn = new bool[risks.Length * columnCount];
        var inAnyColumn = new bool[risks.Length];
        for (var r = 0; r < risks.Length; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                inColumn[(r * columnCount) + c] = columns[c].Contains(risks[r]);
                inAnyColumn[r] |= inColumn[(r * columnCount) + c];
            }
        }

        var atStage = new bool[risks.Length];
        var selected = new bool[risks.Length];
        var rows = ImmutableArray.CreateBuilder<StageMatrixRow>(stages.Stages.Length);
        foreach (var stage in stages.Stages)
        {
            for (var r = 0; r < risks.Length; r++)
            {
                atStage[r] = stages.IsAt(risks[r], stage, null);
            }

            var cells = ImmutableArray.CreateBuilder<StageMatrixCell>(columnCount);
            for (var c = 0; c < columnCount; c++)
            {
                for (var r = 0; r < risks.Length; r++)
                {
                    selected[r] = atStage[r] && inColumn[(r * columnCount) + c];
                }

                cells.Add(new StageMatrixCell(stage, columns[c], Select(risks, selected)));
            }

            for (var r = 0; r < risks.Length; r++)
            {
                selected[r] = atStage[r] && inAnyColumn[r];
            }

            rows.Add(new StageMatrixRow(stage, stages.Depth(stage), cells.MoveToImmutable(), Select(risks, selected)));
        }

        var unstaged = ImmutableArray.CreateBuilder<Risk>();
        int normative = 0, editorial = 0;
        foreach (var risk in edition.Risks)
        {
            if (risk.Stages.IsEmpty)
            {
                unstaged.Add(risk);
            }

            foreach (var mapping in risk.Stages)
            {
                if (mapping.Basis == MappingBasis.Normative)
                {
                    normative++;
                }
                else
                {
                    editorial++;
                }
            }
        }

        return new StageMatrix(edition.Edition, axis, columns.ToImmutable(), rows.MoveToImmutable(), unstaged.ToImmutable(), normative, editorial);
    }

    /// <summary>The selected risks, in document order, in an array of exactly their number (no builder, no copy).</summary>
    private static ImmutableArray<Risk> Select(ImmutableArray<Risk> risks, bool[] selected)
    {
        var count = 0;
        for (var r = 0; r < risks.Length; r++)
        {
            count += selected[r] ? 1 : 0;
        }

        if (count == 0)
        {
            return ImmutableArray<Risk>.Empty;
        }

        var result = new Risk[count];
        for (int r = 0, i = 0; r < risks.Length; r++)
        {
            if (selected[r])
            {
                result[i++] = risks[r];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }
}
