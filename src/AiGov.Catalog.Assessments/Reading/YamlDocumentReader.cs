using System;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>
/// Reads YAML into <see cref="DocNode"/>s from YamlDotNet's event stream (the parser under its representation model),
/// with YamlDotNet's 1-based line and column marks.
/// </summary>
/// <remarks>
/// <para>The event stream rather than <c>YamlStream</c>: the representation model stops at the first repeated key and
/// resolves aliases into shared nodes, while the event stream lets the reader report a repeated key and go on, refuse
/// every anchor and alias (no "billion laughs"), and stop descending past the depth limit before building anything.</para>
/// <para>Scalars are typed by YAML 1.2's core schema: a plain <c>1.0</c> is a number, a plain <c>true</c> a boolean, a
/// plain <c>null</c>, <c>~</c> or empty value null; anything quoted, and any other plain text (dates included), is
/// text. Nothing is coerced: the validator reports a number where text belongs.</para>
/// </remarks>
internal static class YamlDocumentReader
{
    private static readonly Regex Number = new(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant);

    public static DocNode? Read(string text, AssessmentReaderOptions options, ProblemSink sink)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                sink.Error(sink.At(1, 1), AssessmentProblemCode.Syntax, string.Empty, "the file is empty (an assessment is a mapping with format, edition, organisation, assessed and entries)");
                return null;
            }

            parser.Consume<DocumentStart>();
            var before = sink.Count(AssessmentProblemCode.Limit);
            var root = ReadNode(parser, 1, options, sink);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                sink.Error(At(sink, second.Start), AssessmentProblemCode.Syntax, string.Empty, "a second YAML document: an assessment file holds exactly one");
            }

            // Refused input (anchors, aliases, too deep, too long) is reported in full but not checked further: what the
            // checks would say about a placeholder would only confuse.
            return sink.Count(AssessmentProblemCode.Limit) > before ? null : root;
        }
        catch (YamlException ex)
        {
            var (mark, message) = YamlSyntaxMessages.Describe(ex, scanner.CurrentPosition);
            sink.Error(At(sink, mark), AssessmentProblemCode.Syntax, string.Empty, message);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet sometimes fails with a non-YAML exception on malformed input (an unclosed flow sequence).
            var mark = parser.Current?.Start;
            sink.Error(mark is { } m ? At(sink, m) : sink.At(1, 1), AssessmentProblemCode.Syntax, string.Empty, "malformed YAML that cannot be read past this point (an unclosed bracket, brace or quote?)");
            return null;
        }
    }

    private static DocNode ReadNode(IParser parser, int depth, AssessmentReaderOptions options, ProblemSink sink)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            sink.Error(At(sink, alias.Start), AssessmentProblemCode.Limit, string.Empty, "YAML aliases (*" + alias.Value + ") are not accepted in assessment files: write the value out");
            return DocNode.Scalar(At(sink, alias.Start), string.Empty, ScalarType.Null);
        }

        var current = parser.Current as NodeEvent ?? throw new YamlException(parser.Current?.Start ?? Mark.Empty, parser.Current?.End ?? Mark.Empty, "a value was expected");
        if (!current.Anchor.IsEmpty)
        {
            sink.Error(At(sink, current.Start), AssessmentProblemCode.Limit, string.Empty, "YAML anchors (&" + current.Anchor + ") are not accepted in assessment files: write the value out");
        }

        var location = At(sink, current.Start);
        if (current is Scalar scalar)
        {
            parser.MoveNext();
            if (scalar.Value.Length > options.MaxValueLength)
            {
                sink.Error(location, AssessmentProblemCode.Limit, string.Empty, "a value longer than " + options.MaxValueLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters");
                return DocNode.Scalar(location, scalar.Value.Substring(0, options.MaxValueLength), ScalarType.String);
            }

            return DocNode.Scalar(location, scalar.Value, TypeOf(scalar));
        }

        if (depth > options.MaxDepth)
        {
            sink.Error(location, AssessmentProblemCode.Limit, string.Empty, "nesting deeper than " + options.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels");
            parser.SkipThisAndNestedEvents();
            return DocNode.Scalar(location, string.Empty, ScalarType.Null);
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var sequence = DocNode.Sequence(location);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                sequence.Items.Add(ReadNode(parser, depth + 1, options, sink));
            }

            return sequence;
        }

        parser.Consume<MappingStart>();
        var mapping = DocNode.Mapping(location);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, depth + 1, options, sink);
            var value = ReadNode(parser, depth + 1, options, sink);
            if (key.Kind != DocNodeKind.Scalar)
            {
                sink.Error(key.Location, AssessmentProblemCode.WrongType, string.Empty, "a key must be a plain word, not " + key.Describe());
                continue;
            }

            mapping.Properties.Add(new DocProperty(key.Text, key.Location, value));
        }

        return mapping;
    }

    private static ScalarType TypeOf(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return ScalarType.String;
        }

        var value = scalar.Value;
        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarType.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarType.Boolean,
            _ => Number.IsMatch(value) ? ScalarType.Number : ScalarType.String,
        };
    }

    private static SourceLocation At(ProblemSink sink, Mark mark) =>
        sink.At((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
