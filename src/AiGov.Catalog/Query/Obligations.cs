using System.Collections.Immutable;
using System.Globalization;

namespace AiGov.Catalog;

/// <summary>
/// What applies to one actor at one lifecycle stage in one edition: the measures, guideline items and guideline sets,
/// from <see cref="GovernanceCatalog.Obligations(Edition, Actor, LifecycleStage)"/>. Immutable.
/// </summary>
/// <remarks>
/// <para><b>The rule.</b> An element applies to (actor, stage) when it has an actor mapping to the actor (exact match)
/// <i>and</i> a stage mapping to the stage or to one of its phases: the same rules as
/// <see cref="ElementQuery{TElement, TQuery}.For(Actor)"/> and <see cref="ElementQuery{TElement, TQuery}.At(LifecycleStage)"/>.
/// Normative and editorial mappings count alike; each element's mappings say which is which.</para>
/// <para><b>An element with the actor but no stage.</b> Some measures are mapped to actors but to no stage at all,
/// because they are not tied to one (talent training, international cooperation, laws and regulations). They bind the
/// actor throughout the lifecycle rather than at the stage asked about, so they are not mixed into
/// <see cref="Measures"/> and <see cref="GuidelineItems"/> but listed apart in <see cref="StageIndependent"/>. An element
/// mapped to the actor and to other stages only does not apply.</para>
/// <para><b>Guidelines.</b> Guideline items do not inherit their set's mappings (the data maps every item itself).
/// <see cref="GuidelineSets"/> lists the sets that apply as a whole; in an edition whose items are unknown (2.0, with
/// its stage-based guidelines) it is the only guideline-level answer.</para>
/// </remarks>
public sealed class Obligations
{
    internal Obligations(
        Edition edition,
        Actor actor,
        LifecycleStage stage,
        ImmutableArray<Measure> measures,
        ImmutableArray<GuidelineItem> guidelineItems,
        ImmutableArray<GuidelineSet> guidelineSets,
        ImmutableArray<CatalogElement> stageIndependent)
    {
        Edition = edition;
        Actor = actor;
        Stage = stage;
        Measures = measures;
        GuidelineItems = guidelineItems;
        GuidelineSets = guidelineSets;
        StageIndependent = stageIndependent;
    }

    /// <summary>Gets the edition.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the actor.</summary>
    public Actor Actor { get; }

    /// <summary>Gets the lifecycle stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>Gets the measures (technical, then governance) mapped to the actor and to the stage or one of its phases, in document order.</summary>
    public ImmutableArray<Measure> Measures { get; }

    /// <summary>Gets the guideline items mapped to the actor and to the stage or one of its phases, in document order.</summary>
    public ImmutableArray<GuidelineItem> GuidelineItems { get; }

    /// <summary>Gets the guideline sets mapped, as a whole, to the actor and to the stage or one of its phases, in document order.</summary>
    public ImmutableArray<GuidelineSet> GuidelineSets { get; }

    /// <summary>
    /// Gets the measures and guideline items mapped to the actor but to no stage at all: they apply to the actor
    /// throughout the lifecycle, not at this stage in particular. In document order.
    /// </summary>
    public ImmutableArray<CatalogElement> StageIndependent { get; }

    /// <summary>Gets whether nothing applies at the stage (<see cref="StageIndependent"/> is not counted).</summary>
    public bool IsEmpty => Measures.IsEmpty && GuidelineItems.IsEmpty && GuidelineSets.IsEmpty;

    /// <summary>Says what applies, in counts: <c>Obligations of service-provider at operation in 2.0: 6 measures, 0 guideline items, 1 guideline set, 2 stage-independent</c>.</summary>
    /// <returns>The actor, stage and edition, and how many elements of each kind apply.</returns>
    public override string ToString() =>
        "Obligations of " + Actor.Key + " at " + Stage.Key + " in " + Edition + ": "
        + Count(Measures.Length, "measure") + ", " + Count(GuidelineItems.Length, "guideline item") + ", " + Count(GuidelineSets.Length, "guideline set") + ", "
        + StageIndependent.Length.ToString(CultureInfo.InvariantCulture) + " stage-independent";

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
