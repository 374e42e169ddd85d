using System;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// Limits that <see cref="GovernanceCatalog.Load(System.IO.Stream, CatalogLoadOptions)"/> applies to a data file, so that
/// a file from an untrusted place cannot exhaust memory or the stack. Immutable; <see cref="Default"/> suits every file
/// that this library exports (a few hundred kilobytes, nesting depth under 10).
/// </summary>
/// <example>
/// <code>
/// var catalog = GovernanceCatalog.Load(stream, new CatalogLoadOptions { MaxBytes = 64 * 1024 * 1024 });
/// </code>
/// </example>
public sealed class CatalogLoadOptions
{
    /// <summary>The default <see cref="MaxBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>The default <see cref="MaxDepth"/>: 64.</summary>
    public const int DefaultMaxDepth = 64;

    private readonly int _maxBytes = DefaultMaxBytes;
    private readonly int _maxDepth = DefaultMaxDepth;

    /// <summary>Gets the default options.</summary>
    public static CatalogLoadOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes (default 16 MiB). A longer stream is rejected without being read to its end.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive (when set).</exception>
    public int MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = Guard.Positive(value, nameof(MaxBytes));
    }

    /// <summary>Gets the deepest nesting of JSON objects and arrays accepted (default 64; the format itself needs under 10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive (when set).</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Guard.Positive(value, nameof(MaxDepth));
    }
}
