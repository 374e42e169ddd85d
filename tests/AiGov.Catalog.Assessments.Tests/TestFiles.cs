namespace AiGov.Catalog.Assessments.Tests;

/// <summary>The files the tests read, copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "example-1.0.yaml");

    public static string Invalid(string name) => Path.Combine(AppContext.BaseDirectory, "Invalid", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Schema => Path.Combine(AppContext.BaseDirectory, "schema", "assessment.schema.json");

    public static Assessment LoadSample() => AssessmentReader.Load(Sample);

    /// <summary>Problems as "line:column CODE path" lines, the form the expected files use.</summary>
    public static string Describe(IEnumerable<AssessmentProblem> problems) =>
        string.Join("\n", problems.Select(p => p.Line + ":" + p.Column + " " + p.CodeText + " " + (p.Path.Length == 0 ? "-" : p.Path)));
}
