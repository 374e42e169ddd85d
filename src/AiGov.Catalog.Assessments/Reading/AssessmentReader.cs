using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using AiGov.Catalog.Assessments.Reading;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// Reads and validates assessment files, YAML or JSON. Every problem is reported — syntax, missing required fields,
/// wrong types, unknown fields, unknown risk IDs, risks of the wrong edition, duplicates — each with file, line and
/// column, and reading goes on after a problem so that one run lists all of them. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Limits (<see cref="AssessmentReaderOptions"/>): file size, nesting depth and value length; YAML anchors and
/// aliases are refused. A syntax error stops the reading at that point (nothing after it can be trusted); every other
/// problem is reported and the check goes on.</para>
/// <para>Risk IDs are accepted in any of the catalogue's forms — <c>1.0:3.1.1.a</c>, <c>1.0:3.1.1(a)</c>,
/// <c>1.0:explainability</c> — or without the edition (<c>3.1.1(a)</c>, read in the assessed edition), and are
/// normalised to the canonical ID through <see cref="GovernanceCatalog.Find(string)"/>.</para>
/// </remarks>
public static class AssessmentReader
{
    /// <summary>Reads and validates an assessment file; the syntax follows the extension (<c>.json</c> is JSON, anything else YAML).</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The catalogue to check risk IDs against; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="options">Limits; <see cref="AssessmentReaderOptions.Default"/> when null.</param>
    /// <returns>The assessment (when valid) and every problem found, named after <paramref name="path"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static AssessmentReadResult Read(string path, GovernanceCatalog? catalog = null, AssessmentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, FormatOf(path), catalog, options);
    }

    /// <summary>Reads and validates an assessment from a stream.</summary>
    /// <param name="stream">The content, UTF-8. Read to the end (or past the size limit) and left open.</param>
    /// <param name="file">The name to report problems under, e.g. the file name.</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="catalog">The catalogue to check risk IDs against; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="options">Limits; <see cref="AssessmentReaderOptions.Default"/> when null.</param>
    /// <returns>The assessment (when valid) and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="file"/> is null.</exception>
    public static AssessmentReadResult Read(Stream stream, string file, AssessmentFileFormat format, GovernanceCatalog? catalog = null, AssessmentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        options ??= AssessmentReaderOptions.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                var sink = new ProblemSink(file);
                sink.Error(sink.At(1, 1), AssessmentProblemCode.Limit, string.Empty, "the file is larger than " + options.MaxBytes.ToString(CultureInfo.InvariantCulture) + " bytes");
                return new AssessmentReadResult(file, null, sink.ToSortedArray());
            }
        }

        return ReadBytes(buffer.ToArray(), file, format, catalog ?? GovernanceCatalog.Default, options);
    }

    /// <summary>Reads and validates an assessment held in a string.</summary>
    /// <param name="text">The content.</param>
    /// <param name="file">The name to report problems under.</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="catalog">The catalogue to check risk IDs against; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="options">Limits; <see cref="AssessmentReaderOptions.Default"/> when null.</param>
    /// <returns>The assessment (when valid) and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="file"/> is null.</exception>
    public static AssessmentReadResult Parse(string text, string file, AssessmentFileFormat format, GovernanceCatalog? catalog = null, AssessmentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes(text));
        return Read(stream, file, format, catalog, options);
    }

    /// <summary>Reads an assessment file and throws when it has errors.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The catalogue to check risk IDs against; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="options">Limits; <see cref="AssessmentReaderOptions.Default"/> when null.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="AssessmentValidationException">The file has errors; the exception lists every problem with its line and column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Assessment Load(string path, GovernanceCatalog? catalog = null, AssessmentReaderOptions? options = null)
    {
        var result = Read(path, catalog, options);
        return result.Assessment ?? throw new AssessmentValidationException(result.Problems);
    }

    /// <summary>Gets the syntax of a file from its extension: <c>.json</c> is JSON, anything else (<c>.yaml</c>, <c>.yml</c>) YAML.</summary>
    /// <param name="path">The file name or path.</param>
    /// <returns>The syntax.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static AssessmentFileFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase) ? AssessmentFileFormat.Json : AssessmentFileFormat.Yaml;
    }

    private static AssessmentReadResult ReadBytes(byte[] bytes, string file, AssessmentFileFormat format, GovernanceCatalog catalog, AssessmentReaderOptions options)
    {
        var sink = new ProblemSink(file);
        DocNode? root;
        if (format == AssessmentFileFormat.Json)
        {
            root = JsonDocumentReader.Read(bytes, options, sink);
        }
        else
        {
            var text = Decode(bytes, sink);
            root = text is null ? null : YamlDocumentReader.Read(text, options, sink);
        }

        var assessment = root is null ? null : AssessmentBinder.Bind(root, catalog, sink);
        return new AssessmentReadResult(file, assessment, sink.ToSortedArray());
    }

    private static string? Decode(byte[] bytes, ProblemSink sink)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = new LineMap(bytes).At(Math.Max(0, ex.Index));
            sink.Error(sink.At(line, column), AssessmentProblemCode.Syntax, string.Empty, "the file is not valid UTF-8 (an undecodable byte is here); save it as UTF-8");
            return null;
        }
    }
}
