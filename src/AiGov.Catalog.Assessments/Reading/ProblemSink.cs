using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>Collects the problems of one file, in the order found; the reader sorts them by position at the end.</summary>
internal sealed class ProblemSink
{
    private readonly List<AssessmentProblem> _problems = new();

    public ProblemSink(string file) => File = file;

    public string File { get; }

    public bool HasErrors { get; private set; }

    public void Error(SourceLocation at, AssessmentProblemCode code, string path, string message)
    {
        HasErrors = true;
        _problems.Add(new AssessmentProblem(at, code, ProblemSeverity.Error, path, message));
    }

    public void Warning(SourceLocation at, AssessmentProblemCode code, string path, string message) =>
        _problems.Add(new AssessmentProblem(at, code, ProblemSeverity.Warning, path, message));

    public int Count(AssessmentProblemCode code) => _problems.Count(p => p.Code == code);

    public SourceLocation At(int line, int column) => new(File, line, column);

    public ImmutableArray<AssessmentProblem> ToSortedArray()
    {
        var sorted = new List<AssessmentProblem>(_problems);
        // A stable sort: problems at the same position keep the order in which they were found.
        var indexed = new List<(AssessmentProblem Problem, int Index)>();
        for (var i = 0; i < sorted.Count; i++)
        {
            indexed.Add((sorted[i], i));
        }

        indexed.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Problem.Location.Sheet, b.Problem.Location.Sheet);
            c = c != 0 ? c : a.Problem.Line.CompareTo(b.Problem.Line);
            c = c != 0 ? c : a.Problem.Column.CompareTo(b.Problem.Column);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var builder = ImmutableArray.CreateBuilder<AssessmentProblem>(indexed.Count);
        foreach (var item in indexed)
        {
            builder.Add(item.Problem);
        }

        return builder.MoveToImmutable();
    }
}
