using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// An immutable, composable query over the elements of one kind in one edition. Each filter returns a new query and
/// narrows the result (filters combine with AND); the original is unchanged, so a query can be kept and refined in
/// several directions. Results are in document order.
/// </summary>
/// <remarks>
/// <para><b>Stages.</b> <see cref="At(LifecycleStage)"/> follows the stage hierarchy downwards: an element is at a stage
/// when one of its stage mappings is that stage or one of its phases, so <c>At(LifecycleStage.ResearchAndDevelopment)</c>
/// also returns elements mapped only to <c>Training</c>. It does not go upwards: an element mapped only to research and
/// development is not returned by <c>At(LifecycleStage.Training)</c>, because the data does not say which phase it
/// concerns.</para>
/// <para><b>Actors.</b> <see cref="For(Actor)"/> matches the actor exactly; actors have no hierarchy (for example
/// <c>Actor.User</c>, the users named in general terms, does not include <c>Actor.KeyAreaUser</c>).</para>
/// <para>Both filters count normative and editorial mappings alike unless a <see cref="MappingBasis"/> is given; each
/// element's <see cref="CatalogElement.Stages"/> and <see cref="CatalogElement.Actors"/> say which is which.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
/// <typeparam name="TElement">The element type.</typeparam>
/// <typeparam name="TQuery">The concrete query type, returned by every filter.</typeparam>
public abstract class ElementQuery<TElement, TQuery> : IReadOnlyCollection<TElement>
    where TElement : CatalogElement
    where TQuery : ElementQuery<TElement, TQuery>
{
    private readonly ImmutableArray<TElement> _items;

    private protected ElementQuery(QueryContext context, ImmutableArray<TElement> items)
    {
        Context = context;
        _items = items;
    }

    /// <summary>Gets the edition the query runs over.</summary>
    public Edition Edition => Context.Edition.Edition;

    /// <summary>Gets the number of elements that match.</summary>
    public int Count => _items.Length;

    private protected QueryContext Context { get; }

    /// <summary>Keeps the elements at a lifecycle stage or one of its phases (see the remarks on the class).</summary>
    /// <param name="stage">The stage, e.g. <c>LifecycleStage.Deployment</c>.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is not a stage of this catalogue's vocabulary.</exception>
    public TQuery At(LifecycleStage stage)
    {
        var checkedStage = Context.CheckStage(stage, nameof(stage));
        return Where(e => Context.Stages.IsAt(e, checkedStage, null));
    }

    /// <summary>Keeps the elements at a lifecycle stage or one of its phases through a mapping of the given basis only.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="basis"><see cref="MappingBasis.Normative"/> for what the framework states, <see cref="MappingBasis.Editorial"/> for the catalogue's judgement.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is not a stage of this catalogue's vocabulary.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public TQuery At(LifecycleStage stage, MappingBasis basis)
    {
        var checkedStage = Context.CheckStage(stage, nameof(stage));
        var checkedBasis = Guard.Defined(basis);
        return Where(e => Context.Stages.IsAt(e, checkedStage, checkedBasis));
    }

    /// <summary>Keeps the elements mapped to an actor (exact match; see the remarks on the class).</summary>
    /// <param name="actor">The actor, e.g. <c>Actor.ServiceProvider</c>.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is not an actor of this catalogue's vocabulary.</exception>
    public TQuery For(Actor actor)
    {
        var checkedActor = Context.CheckActor(actor, nameof(actor));
        return Where(e => QueryContext.HasActor(e, checkedActor, null));
    }

    /// <summary>Keeps the elements mapped to an actor through a mapping of the given basis only.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="basis"><see cref="MappingBasis.Normative"/> for what the framework states, <see cref="MappingBasis.Editorial"/> for the catalogue's judgement.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is not an actor of this catalogue's vocabulary.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public TQuery For(Actor actor, MappingBasis basis)
    {
        var checkedActor = Context.CheckActor(actor, nameof(actor));
        var checkedBasis = Guard.Defined(basis);
        return Where(e => QueryContext.HasActor(e, checkedActor, checkedBasis));
    }

    /// <summary>
    /// Keeps the elements whose ID, clause, titles (Chinese and English), summary or aliases match the text, by the rule
    /// of <see cref="GovernanceCatalog.Search(string, Edition?)"/> (folded with <see cref="CatalogTextFolding"/>;
    /// a query that begins with a Latin letter or digit matches at word starts only). The order stays document order.
    /// </summary>
    /// <param name="text">The text to look for, e.g. <c>训练数据</c> or <c>training data</c>.</param>
    /// <returns>A new, narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or whitespace.</exception>
    public TQuery Matching(string text)
    {
        var hits = new HashSet<CatalogElement>(Context.Edition.Search(Guard.NotNullOrWhiteSpace(text)));
        return Where(hits.Contains);
    }

    /// <summary>Gets the matching elements, in document order.</summary>
    /// <returns>The elements.</returns>
    public ImmutableArray<TElement> ToImmutableArray() => _items;

    /// <summary>Gets the IDs of the matching elements (<c>1.0:3.1.1.a</c>, …), in document order.</summary>
    /// <returns>The IDs.</returns>
    public ImmutableArray<string> ToIds()
    {
        var builder = ImmutableArray.CreateBuilder<string>(_items.Length);
        foreach (var item in _items)
        {
            builder.Add(item.Id);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Returns an enumerator over the matching elements, in document order (no allocation).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<TElement>.Enumerator GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<TElement> IEnumerable<TElement>.GetEnumerator() => ((IEnumerable<TElement>)_items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();

    /// <summary>Creates a query of the concrete type over the given elements.</summary>
    private protected abstract TQuery Create(ImmutableArray<TElement> items);

    /// <summary>Keeps the elements that satisfy a predicate.</summary>
    private protected TQuery Where(Func<TElement, bool> predicate)
    {
        var builder = ImmutableArray.CreateBuilder<TElement>();
        foreach (var item in _items)
        {
            if (predicate(item))
            {
                builder.Add(item);
            }
        }

        return Create(builder.ToImmutable());
    }
}
