using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A document fact of an edition's manifest (the aims of an update, the acknowledgements, the drafting process, a
/// follow-up standard, …), in the project's own words, with its status and sources. Immutable.
/// </summary>
public sealed class EditionFact
{
    internal EditionFact(string topic, string text, ProvenanceStatus status, ImmutableArray<string> sources, string? note)
    {
        Topic = topic;
        Text = text;
        Status = status;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
    }

    /// <summary>Gets the kebab-case topic of the fact (e.g. <c>update-aims</c>), unique within the manifest.</summary>
    public string Topic { get; }

    /// <summary>Gets the fact, in the project's own words.</summary>
    public string Text { get; }

    /// <summary>Gets how sure the fact is.</summary>
    public ProvenanceStatus Status { get; }

    /// <summary>Gets the sources that show the fact.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets qualifiers and caveats, if any.</summary>
    public string? Note { get; }
}
