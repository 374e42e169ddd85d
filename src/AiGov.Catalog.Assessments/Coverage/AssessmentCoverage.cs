using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// How far an assessment covers its edition's risks: overall, by category, sub-category, risk area, lifecycle stage
/// and actor, a stage × category heat map, the unassessed risks and the gaps. Immutable.
/// </summary>
/// <remarks>
/// <para>Every group counts each of its risks once, with the risk's status (or as unassessed). Stages follow the
/// catalogue's rule (see <see cref="GovernanceCatalog.StageMatrix(Edition, StageMatrixAxis)"/>): a risk is at a stage when
/// it is mapped to the stage or to one of its phases, so the research-and-development row includes its phases and a risk
/// mapped to several stages is counted in each. Actors are matched exactly; actors with no risk in the edition are left
/// out.</para>
/// </remarks>
public sealed class AssessmentCoverage
{
    private AssessmentCoverage(
        Assessment assessment,
        EditionCatalog edition,
        StatusTally overall,
        ImmutableArray<CoverageGroup> byCategory,
        ImmutableArray<CoverageGroup> bySubcategory,
        ImmutableArray<CoverageGroup> byArea,
        ImmutableArray<CoverageGroup> byStage,
        ImmutableArray<CoverageGroup> byActor,
        ImmutableArray<HeatMapRow> heatMap,
        ImmutableArray<Risk> unstaged,
        ImmutableArray<Risk> unassessed,
        ImmutableArray<CoverageGap> gaps,
        MeasureCoverage measures)
    {
        Assessment = assessment;
        EditionCatalog = edition;
        Overall = overall;
        ByCategory = byCategory;
        BySubcategory = bySubcategory;
        ByArea = byArea;
        ByStage = byStage;
        ByActor = byActor;
        HeatMap = heatMap;
        Unstaged = unstaged;
        Unassessed = unassessed;
        Gaps = gaps;
        Measures = measures;
    }

    /// <summary>Gets the measure coverage of the entries that record a measure checklist (format-version 2), and the open measures.</summary>
    public MeasureCoverage Measures { get; }

    /// <summary>Gets the assessment.</summary>
    public Assessment Assessment { get; }

    /// <summary>Gets the edition assessed.</summary>
    public Edition Edition => EditionCatalog.Edition;

    /// <summary>Gets the edition's catalogue.</summary>
    public EditionCatalog EditionCatalog { get; }

    /// <summary>Gets the statuses of every risk of the edition.</summary>
    public StatusTally Overall { get; }

    /// <summary>Gets one group per risk category, in document order.</summary>
    public ImmutableArray<CoverageGroup> ByCategory { get; }

    /// <summary>Gets one group per risk sub-category, in document order.</summary>
    public ImmutableArray<CoverageGroup> BySubcategory { get; }

    /// <summary>Gets one group per cross-edition risk area, in vocabulary order.</summary>
    public ImmutableArray<CoverageGroup> ByArea { get; }

    /// <summary>Gets one group per lifecycle stage, in lifecycle order (phases have <see cref="CoverageGroup.Depth"/> 1).</summary>
    public ImmutableArray<CoverageGroup> ByStage { get; }

    /// <summary>Gets one group per actor that has risks in the edition, in vocabulary order.</summary>
    public ImmutableArray<CoverageGroup> ByActor { get; }

    /// <summary>Gets the stage × category heat map: one row per stage, one cell per category.</summary>
    public ImmutableArray<HeatMapRow> HeatMap { get; }

    /// <summary>Gets the categories of the heat map's columns, in document order.</summary>
    public ImmutableArray<RiskCategory> HeatMapColumns => EditionCatalog.Categories;

    /// <summary>Gets the risks mapped to no lifecycle stage (in no heat-map row).</summary>
    public ImmutableArray<Risk> Unstaged { get; }

    /// <summary>Gets the risks of the edition that have no entry or are <c>unassessed</c>, in document order.</summary>
    public ImmutableArray<Risk> Unassessed { get; }

    /// <summary>Gets every risk that is not addressed, partially addressed, needs review or is unassessed, in document order.</summary>
    public ImmutableArray<CoverageGap> Gaps { get; }

    /// <summary>Computes the coverage of an assessment.</summary>
    /// <param name="assessment">The assessment (valid: every entry names a risk of its edition).</param>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no edition <see cref="Assessment.Edition"/>.</exception>
    /// <exception cref="ArgumentException">An entry names a risk that is not a risk of the assessed edition.</exception>
    public static AssessmentCoverage Compute(Assessment assessment, GovernanceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        catalog ??= GovernanceCatalog.Default;
        var edition = catalog.Edition(assessment.Edition);
        foreach (var entry in assessment.Entries)
        {
            if (!edition.TryFind(entry.RiskId, out var known) || known is not Risk risk || risk.Id != entry.RiskId)
            {
                throw new ArgumentException("The entry '" + entry.RiskId + "' is not a risk of edition " + edition.Edition + ".", nameof(assessment));
            }
        }

        StatusTally Tally(IEnumerable<Risk> risks) => new(risks.Select(r => assessment.Find(r.Id)?.Status));
        bool Unanswered(Risk r) => assessment.Find(r.Id) is not { } e || e.Status == AssessmentStatus.Unassessed;
        ImmutableArray<string> Ids(IEnumerable<Risk> risks) => risks.Select(r => r.Id).ToImmutableArray();

        var byCategory = edition.Categories
            .Select(c => new CoverageGroup(c.Id, c.Clause ?? c.Key, c, null, 0, Ids(c.Risks), Tally(c.Risks)))
            .ToImmutableArray();
        var bySubcategory = edition.Subcategories
            .Select(s => new CoverageGroup(s.Id, s.Clause ?? s.Key, s, null, 0, Ids(s.Risks), Tally(s.Risks)))
            .ToImmutableArray();
        var byArea = catalog.Areas
            .Select(a => (Area: a, Risks: edition.Risks.Where(r => r.Area.Equals(a)).ToList()))
            .Select(x => new CoverageGroup(x.Area.Key, x.Area.TitleEn, null, x.Area, 0, Ids(x.Risks), Tally(x.Risks)))
            .ToImmutableArray();

        var matrix = catalog.StageMatrix(edition.Edition, StageMatrixAxis.Category);
        var byStage = matrix.Rows
            .Select(row => new CoverageGroup(row.Stage.Key, row.Stage.TitleEn, null, row.Stage, row.Depth, Ids(row.Risks), Tally(row.Risks)))
            .ToImmutableArray();
        var heatMap = matrix.Rows
            .Select(row => new HeatMapRow(
                row.Stage,
                row.Depth,
                row.Cells.Select(cell => new HeatMapCell(row.Stage, cell.Column.Category!, cell.RiskIds, Tally(cell.Risks))).ToImmutableArray(),
                Tally(row.Risks)))
            .ToImmutableArray();
        var byActor = catalog.Actors
            .Select(a => (Actor: a, Risks: catalog.Risks(edition.Edition).For(a).ToImmutableArray()))
            .Where(x => !x.Risks.IsEmpty)
            .Select(x => new CoverageGroup(x.Actor.Key, x.Actor.TitleEn, null, x.Actor, 0, Ids(x.Risks), Tally(x.Risks)))
            .ToImmutableArray();

        var unassessed = edition.Risks.Where(Unanswered).ToImmutableArray();
        var gaps = edition.Risks
            .Select(r => new CoverageGap(r, assessment.Find(r.Id)))
            .Where(g => g.Status is null or AssessmentStatus.NotAddressed or AssessmentStatus.PartiallyAddressed or AssessmentStatus.NeedsReview)
            .ToImmutableArray();

        var measures = MeasureCoverage.Compute(assessment, edition, catalog);
        return new AssessmentCoverage(assessment, edition, Tally(edition.Risks), byCategory, bySubcategory, byArea, byStage, byActor, heatMap, matrix.Unstaged, unassessed, gaps, measures);
    }
}
