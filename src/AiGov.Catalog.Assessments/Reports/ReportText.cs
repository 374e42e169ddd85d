using System.Globalization;

namespace AiGov.Catalog.Assessments.Reports;

/// <summary>Wording shared by the renderings of reports.</summary>
internal static class ReportText
{
    public static string Score(int? score) => score is { } s ? s.ToString(CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string Title(CatalogElement element, TitleLanguage language) => TitleFormatter.Format(element.Title, language);

    public static string Summary(StatusTally t) =>
        N(t.Total) + " risks: " + N(t.Addressed) + " addressed, " + N(t.PartiallyAddressed) + " partially addressed, "
        + N(t.NotAddressed) + " not addressed, " + N(t.NotApplicable) + " not applicable, " + N(t.NeedsReview) + " need review, "
        + N(t.Unassessed) + " unassessed. Score " + Score(t.ScorePercent) + " (addressed, and partially addressed as half, over the "
        + N(t.Applicable) + " risks that apply; unassessed risks and risks that need review count as not addressed).";

    public const string StageNote =
        "A risk is counted at a stage when it is mapped to the stage or to one of its phases (↳), so the research-and-development row includes its phases and a risk mapped to several stages is counted in each.";

    public const string MeasureScoreNote =
        "Score: implemented, and partially implemented as half, over the measures that apply; planned, not implemented and unanswered count as not implemented.";

    public const string HeatNote =
        "Each cell: the score of the risks of that category at that stage, and their number; — where there is none.";

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Heading(Assessment assessment) => "AI safety self-assessment: " + assessment.Organisation;
}
