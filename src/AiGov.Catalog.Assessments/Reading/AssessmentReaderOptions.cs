using System;

namespace AiGov.Catalog.Assessments;

/// <summary>Limits that protect the reader from hostile or runaway input. Immutable.</summary>
public sealed class AssessmentReaderOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="maxBytes">The largest file accepted, in bytes (default 4 MiB).</param>
    /// <param name="maxDepth">The deepest nesting of mappings and lists accepted (default 16; the format needs 4).</param>
    /// <param name="maxValueLength">The longest single value accepted, in characters (default 20,000).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public AssessmentReaderOptions(int maxBytes = 4 * 1024 * 1024, int maxDepth = 16, int maxValueLength = 20_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxValueLength);
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
        MaxValueLength = maxValueLength;
    }

    /// <summary>Gets the default options.</summary>
    public static AssessmentReaderOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes.</summary>
    public int MaxBytes { get; }

    /// <summary>Gets the deepest nesting of mappings and lists accepted.</summary>
    public int MaxDepth { get; }

    /// <summary>Gets the longest single value accepted, in characters.</summary>
    public int MaxValueLength { get; }
}
