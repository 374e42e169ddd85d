using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>What every query of one edition needs: the edition, the stage tree and the catalogue's actors.</summary>
internal sealed class QueryContext
{
    public QueryContext(EditionCatalog edition, StageHierarchy stages, ImmutableArray<Actor> actors)
    {
        Edition = edition;
        Stages = stages;
        Actors = actors;
    }

    public EditionCatalog Edition { get; }

    public StageHierarchy Stages { get; }

    public ImmutableArray<Actor> Actors { get; }

    public LifecycleStage CheckStage(LifecycleStage? stage, string name)
    {
        var checkedStage = Guard.NotNull(stage, name);
        Guard.Argument(Stages.Contains(checkedStage), "'" + checkedStage.Key + "' is not a lifecycle stage of this catalogue.", name);
        return checkedStage;
    }

    public Actor CheckActor(Actor? actor, string name)
    {
        var checkedActor = Guard.NotNull(actor, name);
        Guard.Argument(Actors.Contains(checkedActor), "'" + checkedActor.Key + "' is not an actor of this catalogue.", name);
        return checkedActor;
    }

    public T CheckElement<T>(T? element, string name)
        where T : CatalogElement
    {
        var checkedElement = Guard.NotNull(element, name);
        Guard.Argument(
            checkedElement.Edition == Edition.Edition && Edition.TryFind(checkedElement.Id, out var own) && ReferenceEquals(own, checkedElement),
            "'" + checkedElement.Id + "' is not an element of edition " + Edition.Edition + " of this catalogue.",
            name);
        return checkedElement;
    }

    public static bool HasActor(CatalogElement element, Actor actor, MappingBasis? basis)
    {
        foreach (var mapping in element.Actors)
        {
            if ((basis is null || mapping.Basis == basis) && mapping.Actor.Equals(actor))
            {
                return true;
            }
        }

        return false;
    }
}
