using System;

namespace AiGov.Catalog;

/// <summary>A term of one of the catalogue's vocabularies (stages, actors, risk areas). Compared by key. Immutable.</summary>
public abstract class VocabularyTerm : IEquatable<VocabularyTerm>
{
    private protected VocabularyTerm(string key, string zh, string en, string summary)
    {
        Key = key;
        TitleZh = zh;
        TitleEn = en;
        Summary = summary;
    }

    /// <summary>Gets the kebab-case key used in the data (e.g. <c>service-provider</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string TitleZh { get; }

    /// <summary>Gets the English name.</summary>
    public string TitleEn { get; }

    /// <summary>Gets a one-sentence description.</summary>
    public string Summary { get; }

    /// <inheritdoc/>
    public bool Equals(VocabularyTerm? other) => other is not null && other.GetType() == GetType() && other.Key == Key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VocabularyTerm);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>Returns the key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}
