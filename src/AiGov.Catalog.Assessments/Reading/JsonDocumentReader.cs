using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>
/// Reads JSON into <see cref="DocNode"/>s with <see cref="Utf8JsonReader"/>, which gives the byte offset of every token;
/// <see cref="LineMap"/> turns offsets into 1-based lines and columns.
/// </summary>
/// <remarks>
/// <para><see cref="JsonDocument"/> would be simpler but keeps no positions and silently keeps the last of two repeated
/// keys. Reading tokens gives every node its position and lets the validator report repeated keys.</para>
/// <para>Comments are skipped (editors allow them in settings files); trailing commas are a syntax error. A syntax error
/// stops the reading: <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> (both
/// 0-based) give its position.</para>
/// </remarks>
internal static class JsonDocumentReader
{
    public static DocNode? Read(byte[] bytes, AssessmentReaderOptions options, ProblemSink sink)
    {
        var map = new LineMap(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span.Slice(3);
        }

        var offset = bytes.Length - span.Length;
        var reader = new Utf8JsonReader(span, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            MaxDepth = options.MaxDepth + 1,
        });
        try
        {
            if (!reader.Read())
            {
                sink.Error(sink.At(1, 1), AssessmentProblemCode.Syntax, string.Empty, "the file is empty (an assessment is an object with format, edition, organisation, assessed and entries)");
                return null;
            }

            var before = sink.Count(AssessmentProblemCode.Limit);
            var root = ReadValue(ref reader, offset, map, options, sink);
            if (reader.Read())
            {
                var (line, column) = map.At(offset + reader.TokenStartIndex);
                sink.Error(sink.At(line, column), AssessmentProblemCode.Syntax, string.Empty, "invalid JSON: more content after the end of the JSON value");
            }

            return sink.Count(AssessmentProblemCode.Limit) > before ? null : root;
        }
        catch (JsonException ex)
        {
            var (line, column) = map.AtLine(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            var tooDeep = ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
            var message = tooDeep
                ? "nesting deeper than " + options.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels"
                : "invalid JSON: " + AiGov.Catalog.Serialization.JsonErrorText.Describe(ex.Message, AtEnd(bytes, map, line, column));
            sink.Error(sink.At(line, column), tooDeep ? AssessmentProblemCode.Limit : AssessmentProblemCode.Syntax, string.Empty, message);
            return null;
        }
    }

    /// <summary>Whether a position is at or past the last non-blank character of the input (the JSON ends too early).</summary>
    private static bool AtEnd(byte[] bytes, LineMap map, int line, int column)
    {
        var end = bytes.Length;
        while (end > 0 && bytes[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        var (endLine, endColumn) = map.At(end);
        return line > endLine || line == endLine && column >= endColumn;
    }

    private static DocNode ReadValue(ref Utf8JsonReader reader, int offset, LineMap map, AssessmentReaderOptions options, ProblemSink sink)
    {
        var (line, column) = map.At(offset + reader.TokenStartIndex);
        var location = sink.At(line, column);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var mapping = DocNode.Mapping(location);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = map.At(offset + reader.TokenStartIndex);
                    var key = reader.GetString() ?? string.Empty;
                    reader.Read();
                    var value = ReadValue(ref reader, offset, map, options, sink);
                    mapping.Properties.Add(new DocProperty(key, sink.At(keyLine, keyColumn), value));
                }

                return mapping;
            case JsonTokenType.StartArray:
                var sequence = DocNode.Sequence(location);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    sequence.Items.Add(ReadValue(ref reader, offset, map, options, sink));
                }

                return sequence;
            case JsonTokenType.String:
                var text = reader.GetString() ?? string.Empty;
                if (text.Length > options.MaxValueLength)
                {
                    sink.Error(location, AssessmentProblemCode.Limit, string.Empty, "a value longer than " + options.MaxValueLength.ToString(CultureInfo.InvariantCulture) + " characters");
                    text = text.Substring(0, options.MaxValueLength);
                }

                return DocNode.Scalar(location, text, ScalarType.String);
            case JsonTokenType.Number:
                return DocNode.Scalar(location, Encoding.UTF8.GetString(reader.ValueSpan), ScalarType.Number);
            case JsonTokenType.True:
                return DocNode.Scalar(location, "true", ScalarType.Boolean);
            case JsonTokenType.False:
                return DocNode.Scalar(location, "false", ScalarType.Boolean);
            default:
                return DocNode.Scalar(location, string.Empty, ScalarType.Null);
        }
    }
}
