using System;
using System.Globalization;

namespace AiGov.Catalog.Assessments;

/// <summary>One problem found in an assessment file, with where it is. Immutable.</summary>
public sealed class AssessmentProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="location">Where it is.</param>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="path">The field's path in the document, e.g. <c>entries[3].status</c> (empty for the document itself).</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public AssessmentProblem(SourceLocation location, AssessmentProblemCode code, ProblemSeverity severity, string path, string message)
    {
        Location = location;
        Code = code;
        Severity = severity;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Gets where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>Gets the file, as named by the caller.</summary>
    public string File => Location.File;

    /// <summary>Gets the 1-based line.</summary>
    public int Line => Location.Line;

    /// <summary>Gets the 1-based column.</summary>
    public int Column => Location.Column;

    /// <summary>Gets what kind of problem it is.</summary>
    public AssessmentProblemCode Code { get; }

    /// <summary>Gets the stable code, e.g. <c>AIGOV106</c>.</summary>
    public string CodeText => "AIGOV" + ((int)Code).ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets how serious it is.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>Gets the field's path in the document, e.g. <c>entries[3].status</c> (entries counted from 1), or empty.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, for a person.</summary>
    public string Message { get; }

    /// <summary>Returns <c>file(line,col): error AIGOV106: path: message</c>, the form compilers use and editors link.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() =>
        Location + ": " + (Severity == ProblemSeverity.Error ? "error " : "warning ") + CodeText + ": "
        + (Path.Length > 0 ? Path + ": " : string.Empty) + Message;
}
