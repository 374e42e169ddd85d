using System;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// An immutable, composable query over the measures (technical countermeasures and governance measures) of one edition,
/// from <see cref="GovernanceCatalog.Measures(Edition)"/>: for example
/// <c>catalog.Measures(Edition.V2_0).At(LifecycleStage.Operation).For(Actor.ServiceProvider)</c>. Filters combine with
/// AND; results are in document order (technical, then governance). See <see cref="ElementQuery{TElement, TQuery}"/> for
/// the stage and actor rules.
/// </summary>
/// <remarks>
/// The risk filters (<see cref="In(RiskCategory)"/>, <see cref="In(RiskSubcategory)"/>, <see cref="In(RiskArea)"/>,
/// <see cref="Addressing(Risk)"/>) follow <see cref="Measure.Risks"/>: the risks a measure addresses directly or through
/// a sub-category or category, whatever the basis of the link. A measure that addresses no risk (such as talent training)
/// never passes them.
/// </remarks>
public sealed class MeasureQuery : ElementQuery<Measure, MeasureQuery>
{
    internal MeasureQuery(QueryContext context, ImmutableArray<Measure> items)
        : base(context, items)
    {
    }

    /// <summary>Keeps the technical or the governance measures.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public MeasureQuery OfKind(MeasureKind kind)
    {
        var checkedKind = Guard.Defined(kind);
        return Where(m => m.MeasureKind == checkedKind);
    }

    /// <summary>Keeps the measures that address at least one risk of a risk category.</summary>
    /// <param name="category">A category of the query's edition.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="category"/> is not an element of the query's edition.</exception>
    public MeasureQuery In(RiskCategory category)
    {
        var id = Context.CheckElement(category, nameof(category)).Id;
        return Where(m => AddressesAny(m, r => r.Category.Id == id));
    }

    /// <summary>Keeps the measures that address at least one risk of a risk sub-category.</summary>
    /// <param name="subcategory">A sub-category of the query's edition.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subcategory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subcategory"/> is not an element of the query's edition.</exception>
    public MeasureQuery In(RiskSubcategory subcategory)
    {
        var id = Context.CheckElement(subcategory, nameof(subcategory)).Id;
        return Where(m => AddressesAny(m, r => r.ParentId == id));
    }

    /// <summary>Keeps the measures that address at least one risk of a cross-edition risk area.</summary>
    /// <param name="area">The area, e.g. <c>RiskArea.Data</c>.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public MeasureQuery In(RiskArea area)
    {
        var checkedArea = Guard.NotNull(area);
        return Where(m => AddressesAny(m, r => r.Area.Equals(checkedArea)));
    }

    /// <summary>Keeps the measures that address a risk.</summary>
    /// <param name="risk">A risk of the query's edition.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="risk"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="risk"/> is not an element of the query's edition.</exception>
    public MeasureQuery Addressing(Risk risk)
    {
        var id = Context.CheckElement(risk, nameof(risk)).Id;
        return Where(m => AddressesAny(m, r => r.Id == id));
    }

    /// <inheritdoc/>
    private protected override MeasureQuery Create(ImmutableArray<Measure> items) => new(Context, items);

    private static bool AddressesAny(Measure measure, Func<Risk, bool> predicate)
    {
        foreach (var risk in measure.Risks)
        {
            if (predicate(risk))
            {
                return true;
            }
        }

        return false;
    }
}
