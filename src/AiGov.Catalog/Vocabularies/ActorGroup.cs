namespace AiGov.Catalog;

/// <summary>Where an actor comes from.</summary>
public enum ActorGroup
{
    /// <summary>An addressee of edition 1.0's guidelines (model developers, service providers, users in key areas, general users).</summary>
    Framework10Addressee,

    /// <summary>A stage role of edition 2.0's guidelines (developers, deployers, operators, users).</summary>
    Framework20StageRole,

    /// <summary>A governance body addressed by the comprehensive measures (regulators, industry organisations, …).</summary>
    GovernanceBody,
}
