namespace AiGov.Catalog;

/// <summary>
/// A mapping to a risk element: what a measure deals with (a risk, sub-category or category), or what a heading of
/// technical countermeasures answers (a category or sub-category), with the basis and the rationale or citation. The one
/// mapping shape of the model for measure → risk links. Immutable.
/// </summary>
public sealed class RiskAddress
{
    internal RiskAddress(string targetId, MappingBasis basis, string? note)
    {
        TargetId = targetId;
        Basis = basis;
        Note = note;
    }

    /// <summary>Gets the ID of the risk, sub-category or category addressed or answered.</summary>
    public string TargetId { get; }

    /// <summary>Gets whether the framework states the link or it is editorial.</summary>
    public MappingBasis Basis { get; }

    /// <summary>Gets the rationale or citation.</summary>
    public string? Note { get; }
}
