namespace AiGov.Catalog.Assessments;

/// <summary>The syntax of an assessment file.</summary>
public enum AssessmentFileFormat
{
    /// <summary>YAML (<c>.yaml</c>, <c>.yml</c>).</summary>
    Yaml,

    /// <summary>JSON (<c>.json</c>).</summary>
    Json,
}
