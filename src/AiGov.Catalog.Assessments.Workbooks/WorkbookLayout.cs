namespace AiGov.Catalog.Assessments.Workbooks;

/// <summary>The sheet and column names of an assessment workbook: what the writer writes and the reader looks for.</summary>
internal static class WorkbookLayout
{
    public const string Instructions = "Instructions";
    public const string AssessmentSheet = "Assessment";
    public const string Risks = "Risks";
    public const string Measures = "Measures";
    public const string Priors = "Prior answers";
    public const string CatalogueRisks = "Catalogue risks";
    public const string CatalogueMeasures = "Catalogue measures";

    public const string HField = "Field";
    public const string HValue = "Value";

    public const string HRisk = "Risk";
    public const string HClause = "Clause";
    public const string HStatus = "Status";
    public const string HOwner = "Owner";
    public const string HControls = "Controls";
    public const string HEvidence = "Evidence";
    public const string HNotes = "Notes";
    public const string HTitleZh = "Title (zh)";
    public const string HTitleEn = "Title (en)";
    public const string HSummary = "Summary (ours)";
    public const string HPages = "Pages";
    public const string HMeasure = "Measure";
    public const string HMeasureTitle = "Measure title";
    public const string HState = "State";
    public const string HPriorRisk = "Prior risk";
    public const string HRelation = "Relation";
    public const string HNote = "Migration note";
}
