namespace AiGov.Catalog;

/// <summary>
/// An actor, from <c>catalog/vocabularies/actors.yaml</c>. The actors compiled into the library are static members
/// (for example <c>Actor.ServiceProvider</c>); <see cref="All"/> lists them in order.
/// </summary>
public sealed partial class Actor : VocabularyTerm
{
    internal Actor(string key, ActorGroup group, string zh, string en, string summary)
        : base(key, zh, en, summary) => Group = group;

    /// <summary>Gets where the actor comes from.</summary>
    public ActorGroup Group { get; }
}
