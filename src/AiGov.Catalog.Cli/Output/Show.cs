using System.Globalization;
using AiGov.Catalog.Assessments;

namespace AiGov.Catalog.Cli.Output;

/// <summary>How elements and their parts are shown in tables.</summary>
internal static class Show
{
    /// <summary>The marker of a summary shown where an element has no title: our words, not a title of the framework.</summary>
    public const string NoTitle = "(no title)";

    public static string Title(CatalogElement element, TitleLanguage language)
    {
        // Untitled items (technical measures, guideline items) are shown by their summary, shortened and marked: the
        // summary is in our words, and must not read as a title of the framework.
        if (element.Title.Zh.Text is null && element.Title.En.Text is null)
        {
            return NoTitle + " " + Shorten(element.Summary, 90);
        }

        return TitleFormatter.Format(element.Title, language);
    }

    /// <summary>The header of the column of title statuses.</summary>
    public const string TitleStatusHeader = "Titles";

    /// <summary>What the marks of <see cref="TitleStatus"/> mean: written under a table that has the column.</summary>
    public const string TitleStatusLegend = "Titles: ✓ verified, ~ partial, ? unknown, ours = our translation (not official), none = no title (our summary is shown).";

    /// <summary>
    /// The status of each title language shown, compactly: <c>zh ✓ en ours</c> (a verified Chinese title, our English
    /// translation); <c>none</c> for an element without a title. See the legend, TitleStatusLegend.
    /// </summary>
    public static string TitleStatus(CatalogElement element, TitleLanguage language)
    {
        if (element.Title.Zh.Text is null && element.Title.En.Text is null)
        {
            return "none";
        }

        return language switch
        {
            TitleLanguage.Zh => "zh " + Mark(element.Title.Zh.Status),
            TitleLanguage.En => "en " + Mark(element.Title.En.Status),
            _ => "zh " + Mark(element.Title.Zh.Status) + " en " + Mark(element.Title.En.Status),
        };
    }

    private static string Mark(AiGov.Catalog.TitleStatus status) => status switch
    {
        AiGov.Catalog.TitleStatus.Verified => "✓",
        AiGov.Catalog.TitleStatus.Partial => "~",
        AiGov.Catalog.TitleStatus.Translation => "ours",
        _ => "?",
    };

    public static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1).TrimEnd() + "…";

    public static string Kind(ElementKind kind) => kind switch
    {
        ElementKind.RiskCategory => "risk category",
        ElementKind.RiskSubcategory => "risk sub-category",
        ElementKind.MeasureGroup => "measure group",
        ElementKind.TechnicalMeasure => "technical measure",
        ElementKind.GovernanceMeasure => "governance measure",
        ElementKind.GuidelineSet => "guideline set",
        ElementKind.GuidelineItem => "guideline item",
        ElementKind.GradingFactor => "grading factor",
        ElementKind.RiskGrade => "risk grade",
        ElementKind.AppendixPart => "appendix part",
        ElementKind.AppendixPhase => "appendix phase",
        ElementKind.AppendixMeasureGroup => "appendix measure group",
        ElementKind.AppendixMeasure => "appendix measure",
        ElementKind.Component => "framework component",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Status(ProvenanceStatus status) => status.ToString().ToLowerInvariant();

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
