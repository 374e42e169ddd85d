using System;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// Shows titles to people the same way everywhere: an unknown title is "(unknown)", the project's own English rendering
/// carries "(our translation)", a partially attested title "(unconfirmed)", so that a translation is never shown as if
/// it were official.
/// </summary>
public static class TitleFormatter
{
    /// <summary>The text shown for a title no source gives.</summary>
    public const string Unknown = "(unknown)";

    /// <summary>Formats one language of a title with its caveat.</summary>
    /// <param name="text">The title text.</param>
    /// <returns>For example <c>Risks of explainability</c>, <c>Weak robustness (our translation)</c> or <c>(unknown)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Format(TitleText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Text is null
            ? Unknown
            : text.Status switch
            {
                TitleStatus.Translation => text.Text + " (our translation)",
                TitleStatus.Partial => text.Text + " (unconfirmed)",
                _ => text.Text,
            };
    }

    /// <summary>Formats a title in the chosen language(s).</summary>
    /// <param name="title">The title.</param>
    /// <param name="language">Chinese, English or both (<c>zh / en</c>).</param>
    /// <returns>The formatted title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static string Format(Title title, TitleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(title);
        return language switch
        {
            TitleLanguage.Zh => Format(title.Zh),
            TitleLanguage.En => Format(title.En),
            _ => Format(title.Zh) + " / " + Format(title.En),
        };
    }

    /// <summary>Formats a vocabulary term (stage, actor, risk area) in the chosen language(s).</summary>
    /// <param name="term">The term.</param>
    /// <param name="language">Chinese, English or both.</param>
    /// <returns>The formatted name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    public static string Format(VocabularyTerm term, TitleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(term);
        return language switch
        {
            TitleLanguage.Zh => term.TitleZh,
            TitleLanguage.En => term.TitleEn,
            _ => term.TitleZh + " / " + term.TitleEn,
        };
    }

    /// <summary>Gets the element's clause as printed, or its key where the clause is unknown or not printed.</summary>
    /// <param name="element">The element.</param>
    /// <returns>For example <c>3.1.1(a)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static string Label(CatalogElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Clause ?? element.Key;
    }
}
