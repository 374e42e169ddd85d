using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <summary>The lifecycle queries of the catalogue: risks, measures and guidelines by stage and actor, the stage matrix, and obligations.</summary>
public sealed partial class GovernanceCatalog
{
    private StageHierarchy? _stageHierarchy;

    internal StageHierarchy StageTree => _stageHierarchy ??= new StageHierarchy(Stages);

    /// <summary>
    /// Starts a query over the risk items of an edition, for example
    /// <c>catalog.Risks(Edition.V2_0).At(LifecycleStage.Deployment).For(Actor.ServiceProvider)</c>. The query is
    /// immutable; filters narrow it and combine with AND (see <see cref="ElementQuery{TElement, TQuery}"/> for the
    /// stage hierarchy and the actor rule).
    /// </summary>
    /// <param name="edition">The edition, e.g. <c>Edition.V1_0</c>.</param>
    /// <returns>A query over every risk of the edition, in document order.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    public RiskQuery Risks(EditionNumber edition)
    {
        var context = Context(edition);
        return new RiskQuery(context, context.Edition.Risks);
    }

    /// <summary>
    /// Starts a query over the measures of an edition: technical countermeasures (section 4) and comprehensive governance
    /// measures (section 5), for example <c>catalog.Measures(Edition.V2_0).At(LifecycleStage.Operation).For(Actor.ServiceProvider)</c>.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <returns>A query over every measure of the edition, technical then governance, in document order.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    public MeasureQuery Measures(EditionNumber edition)
    {
        var context = Context(edition);
        return new MeasureQuery(context, context.Edition.Measures);
    }

    /// <summary>Starts a query over the guideline items (section 6) of an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>A query over every guideline item of the edition, in document order (empty where the items are unknown, as in 2.0).</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    public GuidelineQuery Guidelines(EditionNumber edition)
    {
        var context = Context(edition);
        return new GuidelineQuery(context, context.Edition.GuidelineItems);
    }

    /// <summary>
    /// Lays the risks of an edition out by lifecycle stage (rows) and by risk category or risk area (columns), with counts
    /// and members; see <see cref="Catalog.StageMatrix"/> for the counting rule and the renderings.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="axis">The columns: <see cref="StageMatrixAxis.Category"/> (the edition's categories) or <see cref="StageMatrixAxis.Area"/> (the four cross-edition risk areas).</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not a defined value.</exception>
    public StageMatrix StageMatrix(EditionNumber edition, StageMatrixAxis axis = StageMatrixAxis.Category)
    {
        var checkedAxis = Guard.Defined(axis);
        return StageMatrixBuilder.Build(Edition(edition), StageTree, Areas, checkedAxis);
    }

    /// <summary>
    /// Gets what applies to an actor at a lifecycle stage in an edition: the measures, guideline items and guideline sets
    /// mapped to both the actor and the stage (or one of its phases), and, apart, those mapped to the actor but to no
    /// stage at all. See <see cref="Catalog.Obligations"/> for the rule.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="actor">The actor, e.g. <c>Actor.ServiceProvider</c>.</param>
    /// <param name="stage">The stage, e.g. <c>LifecycleStage.Operation</c>.</param>
    /// <returns>The obligations.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="stage"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> or <paramref name="stage"/> is not in this catalogue's vocabulary.</exception>
    public Obligations Obligations(EditionNumber edition, Actor actor, LifecycleStage stage)
    {
        var context = Context(edition);
        var checkedActor = context.CheckActor(actor, nameof(actor));
        var checkedStage = context.CheckStage(stage, nameof(stage));
        var catalog = context.Edition;
        var independent = ImmutableArray.CreateBuilder<CatalogElement>();
        var measures = Applying(catalog.Measures, checkedActor, checkedStage, independent);
        var items = Applying(catalog.GuidelineItems, checkedActor, checkedStage, independent);
        var sets = Applying(catalog.GuidelineSets, checkedActor, checkedStage, null);
        var ordered = independent.ToImmutable().Sort((a, b) => catalog.Elements.IndexOf(a).CompareTo(catalog.Elements.IndexOf(b)));
        return new Obligations(catalog.Edition, checkedActor, checkedStage, measures, items, sets, ordered);
    }

    private QueryContext Context(EditionNumber edition) => new(Edition(edition), StageTree, Actors);

    private ImmutableArray<T> Applying<T>(ImmutableArray<T> elements, Actor actor, LifecycleStage stage, ImmutableArray<CatalogElement>.Builder? independent)
        where T : CatalogElement
    {
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var element in elements)
        {
            if (!QueryContext.HasActor(element, actor, null))
            {
                continue;
            }

            if (StageTree.IsAt(element, stage, null))
            {
                result.Add(element);
            }
            else if (element.Stages.IsEmpty)
            {
                independent?.Add(element);
            }
        }

        return result.ToImmutable();
    }
}
