using System;
using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// An immutable, composable query over the guideline items of one edition, from
/// <see cref="GovernanceCatalog.Guidelines(Edition)"/>: for example
/// <c>catalog.Guidelines(Edition.V1_0).For(Actor.ServiceProvider).At(LifecycleStage.Operation)</c>. Filters combine with
/// AND; results are in document order. See <see cref="ElementQuery{TElement, TQuery}"/> for the stage and actor rules.
/// Items do not inherit the mappings of their set: the data maps every item itself. Where an edition's items are
/// unknown (2.0), the query is empty; ask <see cref="GovernanceCatalog.Obligations(Edition, Actor, LifecycleStage)"/>
/// for the guideline sets instead.
/// </summary>
public sealed class GuidelineQuery : ElementQuery<GuidelineItem, GuidelineQuery>
{
    internal GuidelineQuery(QueryContext context, ImmutableArray<GuidelineItem> items)
        : base(context, items)
    {
    }

    /// <summary>Keeps the items of one guideline set.</summary>
    /// <param name="set">A guideline set of the query's edition, e.g. 6.2.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="set"/> is not an element of the query's edition.</exception>
    public GuidelineQuery In(GuidelineSet set)
    {
        var id = Context.CheckElement(set, nameof(set)).Id;
        return Where(i => i.ParentId == id);
    }

    /// <inheritdoc/>
    private protected override GuidelineQuery Create(ImmutableArray<GuidelineItem> items) => new(Context, items);
}
