using System.Collections.Generic;
using System.Linq;

namespace AiGov.Catalog.Internal;

/// <summary>
/// How titles and elements are shown to people, the same way in every rendering: an unknown title is "(unknown)", the
/// project's English rendering carries "(our translation)", a partially attested title "(unconfirmed)". A translation is
/// never shown as if it were official.
/// </summary>
internal static class DisplayText
{
    public const string Unknown = "(unknown)";

    /// <summary>One language of a title, with its caveat.</summary>
    public static string Title(TitleText title) => title.Text is null
        ? Unknown
        : title.Status switch
        {
            TitleStatus.Translation => title.Text + " (our translation)",
            TitleStatus.Partial => title.Text + " (unconfirmed)",
            _ => title.Text,
        };

    /// <summary>Both languages: "zh / en".</summary>
    public static string Title(Title title) => Title(title.Zh) + " / " + Title(title.En);

    /// <summary>The clause as printed, or the key when the clause is unknown.</summary>
    public static string Label(CatalogElement element) => element.Clause ?? element.Key;

    /// <summary>Values joined with " | ", the separator of multi-valued CSV cells (titles may contain commas and semicolons).</summary>
    public static string Join(IEnumerable<string> values) => string.Join(" | ", values);

    /// <summary>A field change as "field: before → after".</summary>
    public static string Change(FieldChange change) => change.Field + ": " + (change.Before ?? Unknown) + " → " + (change.After ?? Unknown);

    /// <summary>Change kinds in kebab-case, joined.</summary>
    public static string Kinds(IEnumerable<ChangeKind> kinds) => string.Join(", ", kinds.Select(Names.Kebab));
}
