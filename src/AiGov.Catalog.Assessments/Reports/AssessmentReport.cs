using System;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// A report on an assessment — coverage per category, sub-category, risk area, stage and actor, a stage × category heat
/// map, the gaps and every entry — in Markdown, JSON or a single self-contained HTML page. Immutable.
/// </summary>
/// <remarks>
/// Every rendering is deterministic: the same assessment and catalogue give byte-identical text on every run, platform
/// and culture. The date shown is the assessment's own <see cref="Assessment.Assessed"/>, never the clock; "\n" line
/// endings. The HTML page has inline CSS only: no script, no external resource; all text is escaped.
/// </remarks>
public sealed class AssessmentReport
{
    private AssessmentReport(AssessmentCoverage coverage, string dataVersion, TitleLanguage language)
    {
        Coverage = coverage;
        DataVersion = dataVersion;
        Language = language;
    }

    /// <summary>Gets the assessment.</summary>
    public Assessment Assessment => Coverage.Assessment;

    /// <summary>Gets the coverage computed from it.</summary>
    public AssessmentCoverage Coverage { get; }

    /// <summary>Gets the catalogue data version the report was made with.</summary>
    public string DataVersion { get; }

    /// <summary>Gets the language(s) of the titles in the Markdown and HTML renderings (JSON always has both).</summary>
    public TitleLanguage Language { get; }

    /// <summary>Creates the report of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="language">The language(s) of titles in Markdown and HTML.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The catalogue has no edition <see cref="Assessment.Edition"/>.</exception>
    /// <exception cref="ArgumentException">An entry names a risk that is not a risk of the assessed edition.</exception>
    public static AssessmentReport Create(Assessment assessment, GovernanceCatalog? catalog = null, TitleLanguage language = TitleLanguage.Both)
    {
        catalog ??= GovernanceCatalog.Default;
        return new AssessmentReport(AssessmentCoverage.Compute(assessment, catalog), catalog.DataVersion, language);
    }

    /// <summary>Renders the report as Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => Reports.ReportMarkdown.Render(this);

    /// <summary>
    /// Renders the report as JSON in the stable shape <c>aigov-assessment-report/1</c>: <c>format</c>,
    /// <c>organisation</c>, <c>edition</c>, <c>assessed</c>, <c>scope</c>, <c>previousEdition</c>, <c>dataVersion</c>,
    /// <c>summary</c> (a tally), <c>byCategory</c>, <c>bySubcategory</c>, <c>byArea</c>, <c>byStage</c>,
    /// <c>byActor</c> (groups: <c>key</c>, <c>label</c>, <c>title</c>, <c>depth</c>, <c>risks</c>, <c>tally</c>),
    /// <c>heatMap</c> (<c>columns</c>, <c>rows</c> of cells), <c>gaps</c>, <c>unassessed</c>, <c>entries</c> and
    /// <c>retired</c>. A tally is <c>{total, addressed, partiallyAddressed, notAddressed, notApplicable, needsReview,
    /// unassessed, score}</c> (score in percent, or null).
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Reports.ReportJson.Render(this);

    /// <summary>Renders the report as one self-contained HTML page (inline CSS, no script, no external resource).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => Reports.ReportHtml.Render(this);
}
