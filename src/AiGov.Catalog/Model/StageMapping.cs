namespace AiGov.Catalog;

/// <summary>An element's mapping to a lifecycle stage, with its basis. Immutable.</summary>
public sealed class StageMapping
{
    internal StageMapping(LifecycleStage stage, MappingBasis basis, string? note)
    {
        Stage = stage;
        Basis = basis;
        Note = note;
    }

    /// <summary>Gets the stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>Gets whether the framework states the mapping or it is editorial.</summary>
    public MappingBasis Basis { get; }

    /// <summary>Gets the clause cited (normative) or the one-line rationale (editorial).</summary>
    public string? Note { get; }
}
