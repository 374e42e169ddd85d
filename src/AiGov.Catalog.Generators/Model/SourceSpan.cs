using System;

namespace AiGov.Catalog.Generators.Model;

/// <summary>
/// Where a YAML node sits in its file, 0-based as Roslyn counts (YamlDotNet marks are 1-based and are converted
/// on the way in). Plain data, so that no Roslyn <c>Location</c> crosses a pipeline step.
/// </summary>
internal sealed record SourceSpan(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    /// <summary>Human form, 1-based, as editors show it.</summary>
    public override string ToString() => FormattableString.Invariant($"{Path}({Line + 1},{Column + 1})");
}
