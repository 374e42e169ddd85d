using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>How sure the catalogue is about an element, and the sources behind it. Immutable.</summary>
public sealed class Provenance
{
    internal Provenance(ProvenanceStatus status, ImmutableArray<string> sources, string? note)
    {
        Status = status;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
    }

    /// <summary>Gets the status.</summary>
    public ProvenanceStatus Status { get; }

    /// <summary>Gets the IDs of the sources (<c>SRC-nn</c>, see <see cref="GovernanceCatalog.Sources"/>).</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets qualifiers, e.g. "Text: CN PARTIAL (opening only) · EN VERIFIED".</summary>
    public string? Note { get; }
}
