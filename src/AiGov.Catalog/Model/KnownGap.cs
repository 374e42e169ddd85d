using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>Something that may exist in an edition but is not encoded as an element, because no source shows it. Immutable.</summary>
public sealed class KnownGap
{
    internal KnownGap(string? clause, ProvenanceStatus status, ImmutableArray<string> sources, string note)
    {
        Clause = clause;
        Status = status;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
    }

    /// <summary>Gets the clause where the gap would sit, if known.</summary>
    public string? Clause { get; }

    /// <summary>Gets how sure the gap is (usually <see cref="ProvenanceStatus.Inferred"/>).</summary>
    public ProvenanceStatus Status { get; }

    /// <summary>Gets the sources of the indirect evidence.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets what is missing and why it is suspected.</summary>
    public string Note { get; }
}
