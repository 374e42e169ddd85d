namespace AiGov.Catalog;

/// <summary>An element's mapping to an actor, with its basis. Immutable.</summary>
public sealed class ActorMapping
{
    internal ActorMapping(Actor actor, MappingBasis basis, string? note)
    {
        Actor = actor;
        Basis = basis;
        Note = note;
    }

    /// <summary>Gets the actor.</summary>
    public Actor Actor { get; }

    /// <summary>Gets whether the framework states the mapping or it is editorial.</summary>
    public MappingBasis Basis { get; }

    /// <summary>Gets the clause cited (normative) or the one-line rationale (editorial).</summary>
    public string? Note { get; }
}
