using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// Wording seen in a source that is <b>not</b> a title: a paraphrase label, a database label or a later edition's name.
/// Searchable, never presented as a title. Immutable.
/// </summary>
public sealed class Alias
{
    internal Alias(string text, ImmutableArray<string> sources, string? note)
    {
        Text = text;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
    }

    /// <summary>Gets the wording.</summary>
    public string Text { get; }

    /// <summary>Gets the sources that use it.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets a note on where the wording comes from, if any.</summary>
    public string? Note { get; }
}
