namespace AiGov.Catalog;

/// <summary>A bilingual title: Chinese and English, each with its own status. Immutable.</summary>
public sealed class Title
{
    internal Title(TitleText zh, TitleText en)
    {
        Zh = zh;
        En = en;
    }

    /// <summary>Gets the Chinese title.</summary>
    public TitleText Zh { get; }

    /// <summary>Gets the English title (official, or flagged as the project's translation).</summary>
    public TitleText En { get; }

    /// <summary>
    /// Gets the best available display text: the English text, else the Chinese, else null. The English text may be a
    /// translation; check <see cref="TitleText.Status"/> before presenting it as official.
    /// </summary>
    public string? Display => En.Text ?? Zh.Text;

    /// <summary>Returns "zh / en" with unknown parts omitted.</summary>
    /// <returns>The title for display.</returns>
    public override string ToString() => Zh.Text is not null && En.Text is not null
        ? Zh.Text + " / " + En.Text
        : Zh.Text ?? En.Text ?? "(untitled)";
}
