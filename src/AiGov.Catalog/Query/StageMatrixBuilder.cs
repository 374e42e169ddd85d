using System.Collections.Generic;
using System.Collections.Immutable;

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

        var rows = ImmutableArray.CreateBuilder<StageMatrixRow>(stages.Stages.Length);
        foreach (var stage in stages.Stages)
        {
            var cells = ImmutableArray.CreateBuilder<StageMatrixCell>(columns.Count);
            foreach (var column in columns)
            {
                var members = ImmutableArray.CreateBuilder<Risk>();
                foreach (var risk in edition.Risks)
                {
                    if (column.Contains(risk) && stages.IsAt(risk, stage, null))
                    {
                        members.Add(risk);
                    }
                }

                cells.Add(new StageMatrixCell(stage, column, members.ToImmutable()));
            }

            var atStage = ImmutableArray.CreateBuilder<Risk>();
            foreach (var risk in edition.Risks)
            {
                if (stages.IsAt(risk, stage, null) && InAnyColumn(risk, columns))
                {
                    atStage.Add(risk);
                }
            }

            rows.Add(new StageMatrixRow(stage, stages.Depth(stage), cells.MoveToImmutable(), atStage.ToImmutable()));
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

    private static bool InAnyColumn(Risk risk, IEnumerable<StageMatrixColumn> columns)
    {
        foreach (var column in columns)
        {
            if (column.Contains(risk))
            {
                return true;
            }
        }

        return false;
    }
}
