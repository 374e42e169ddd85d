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
    /// Gets the best available text, bare: the English text, else the Chinese, else null. It drops every caveat: the
    /// English text may be the project's own translation (<see cref="TitleText.IsTranslation"/>) or only partially
    /// attested, and nothing in this string says so. To show a title to people, use <see cref="ToString"/>, which keeps
    /// the markers "(our translation)" and "(unconfirmed)", or check <see cref="TitleText.Status"/> yourself.
    /// </summary>
    public string? Display => En.Text ?? Zh.Text;

    /// <summary>
    /// Returns "zh / en" with unknown parts omitted and each caveat kept: the project's own English rendering ends in
    /// "(our translation)", a partially attested title in "(unconfirmed)"; "(untitled)" when neither language is known.
    /// </summary>
    /// <returns>For example <c>可解释性差的风险 / Risks of explainability</c> or <c>Insufficient explainability (our translation)</c>.</returns>
    public override string ToString()
    {
        var zh = Zh.Text is null ? null : Internal.DisplayText.Title(Zh);
        var en = En.Text is null ? null : Internal.DisplayText.Title(En);
        return zh is not null && en is not null ? zh + " / " + en : zh ?? en ?? "(untitled)";
    }
}
