using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>One language of a title, with its status. Immutable.</summary>
public sealed class TitleText
{
    internal TitleText(string? text, TitleStatus status, ImmutableArray<string> sources, string? note)
    {
        Text = text;
        Status = status;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
    }

    /// <summary>Gets the title text, or null when no source shows it.</summary>
    public string? Text { get; }

    /// <summary>Gets how sure the text is; <see cref="TitleStatus.Translation"/> marks the project's own English rendering.</summary>
    public TitleStatus Status { get; }

    /// <summary>Gets the IDs of the sources that show this title, when they differ from the element's provenance.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets an editorial note on the title, if any.</summary>
    public string? Note { get; }

    /// <summary>Gets a value indicating whether the text is known and is not the project's translation.</summary>
    public bool IsOfficial => Text is not null && Status is TitleStatus.Verified or TitleStatus.Partial;

    /// <summary>Gets a value indicating whether the text is the project's own translation.</summary>
    public bool IsTranslation => Status == TitleStatus.Translation;

    /// <summary>Returns the text, or an empty string when unknown.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text ?? string.Empty;
}
