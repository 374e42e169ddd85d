using System;

namespace AiGov.Catalog;

/// <summary>The number of elements of one kind in an edition, by provenance status. Immutable.</summary>
public sealed class CoverageCount
{
    internal CoverageCount(ElementKind kind, int verified, int partial, int inferred)
    {
        Kind = kind;
        Verified = verified;
        Partial = partial;
        Inferred = inferred;
    }

    /// <summary>Gets the element kind.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the number of elements whose provenance is <see cref="ProvenanceStatus.Verified"/>.</summary>
    public int Verified { get; }

    /// <summary>Gets the number of elements whose provenance is <see cref="ProvenanceStatus.Partial"/>.</summary>
    public int Partial { get; }

    /// <summary>Gets the number of elements whose provenance is <see cref="ProvenanceStatus.Inferred"/>.</summary>
    public int Inferred { get; }

    /// <summary>Gets the number of elements of the kind.</summary>
    public int Total => Verified + Partial + Inferred;

    /// <summary>Gets the number of elements with one provenance status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of elements.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public int Of(ProvenanceStatus status) => status switch
    {
        ProvenanceStatus.Verified => Verified,
        ProvenanceStatus.Partial => Partial,
        ProvenanceStatus.Inferred => Inferred,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown provenance status."),
    };
}
