namespace AiGov.Catalog;

/// <summary>What a measure deals with: a risk, a risk sub-category or a risk category, with the basis. Immutable.</summary>
public sealed class RiskAddress
{
    internal RiskAddress(string targetId, MappingBasis basis, string? note)
    {
        TargetId = targetId;
        Basis = basis;
        Note = note;
    }

    /// <summary>Gets the ID of the risk, sub-category or category addressed.</summary>
    public string TargetId { get; }

    /// <summary>Gets whether the framework states the link or it is editorial.</summary>
    public MappingBasis Basis { get; }

    /// <summary>Gets the rationale or citation.</summary>
    public string? Note { get; }
}
