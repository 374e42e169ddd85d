using System.Globalization;
using AiGov.Catalog.Assessments;

namespace AiGov.Catalog.Cli.Output;

/// <summary>How elements and their parts are shown in tables.</summary>
internal static class Show
{
    public static string Title(CatalogElement element, TitleLanguage language)
    {
        // Untitled items (technical measures, guideline items) are shown by their summary, shortened.
        if (element.Title.Zh.Text is null && element.Title.En.Text is null)
        {
            return Shorten(element.Summary, 90);
        }

        return TitleFormatter.Format(element.Title, language);
    }

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
