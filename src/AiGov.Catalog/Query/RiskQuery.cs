using System;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// An immutable, composable query over the risk items of one edition, from
/// <see cref="GovernanceCatalog.Risks(Edition)"/>: for example
/// <c>catalog.Risks(Edition.V2_0).At(LifecycleStage.Deployment).For(Actor.ServiceProvider)</c>. Filters combine with
/// AND; results are in document order. See <see cref="ElementQuery{TElement, TQuery}"/> for the stage and actor rules.
/// </summary>
public sealed class RiskQuery : ElementQuery<Risk, RiskQuery>
{
    internal RiskQuery(QueryContext context, ImmutableArray<Risk> items)
        : base(context, items)
    {
    }

    /// <summary>Keeps the risks of a risk category (every sub-category of it).</summary>
    /// <param name="category">A category of the query's edition, e.g. <c>Aisgf.V1_0.Categories…</c>.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="category"/> is not an element of the query's edition.</exception>
    public RiskQuery In(RiskCategory category)
    {
        var id = Context.CheckElement(category, nameof(category)).Id;
        return Where(r => r.Category.Id == id);
    }

    /// <summary>Keeps the risks of a risk sub-category.</summary>
    /// <param name="subcategory">A sub-category of the query's edition.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subcategory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subcategory"/> is not an element of the query's edition.</exception>
    public RiskQuery In(RiskSubcategory subcategory)
    {
        var id = Context.CheckElement(subcategory, nameof(subcategory)).Id;
        return Where(r => r.ParentId == id);
    }

    /// <summary>Keeps the risks of one of the four cross-edition risk areas.</summary>
    /// <param name="area">The area, e.g. <c>RiskArea.Data</c>.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public RiskQuery In(RiskArea area)
    {
        var checkedArea = Guard.NotNull(area);
        return Where(r => r.Area.Equals(checkedArea));
    }

    /// <inheritdoc/>
    private protected override RiskQuery Create(ImmutableArray<Risk> items) => new(Context, items);
}
