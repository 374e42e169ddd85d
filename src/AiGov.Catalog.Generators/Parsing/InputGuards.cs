using System;
using System.IO;
using AiGov.Catalog.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>
/// Checks a file before the representation model is built, so that hostile or broken input cannot crash or stall the
/// compiler: size, undecodable bytes, tabs in indentation, nesting depth, scalar length, anchors and aliases.
/// </summary>
internal static class InputGuards
{
    /// <summary>The largest catalogue file accepted, in characters.</summary>
    public const int MaxFileChars = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists accepted (the format needs 6).</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest scalar accepted, in characters (summaries are one or two sentences).</summary>
    public const int MaxScalarChars = 20_000;

    /// <summary>Returns the first problem found, or null when the file may be loaded.</summary>
    public static (SourceSpan Span, string Id, string Message)? Check(string path, string text)
    {
        if (text.Length > MaxFileChars)
        {
            return (SourceSpan.FileStart(path), Diagnostics.DiagnosticIds.InvalidValue, "the file is larger than " + MaxFileChars + " characters");
        }

        var replacement = text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            return (At(path, text, replacement), Diagnostics.DiagnosticIds.YamlSyntax, "the file is not valid UTF-8 (an undecodable byte sequence is here)");
        }

        var tab = FindTabIndentation(text);
        if (tab >= 0)
        {
            return (At(path, text, tab), Diagnostics.DiagnosticIds.YamlSyntax, "a tab character in indentation (YAML indents with spaces)");
        }

        return ScanEvents(path, text);
    }

    private static (SourceSpan, string, string)? ScanEvents(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                switch (current)
                {
                    case AnchorAlias alias:
                        return (Spans.Of(path, alias.Start, alias.End), Diagnostics.DiagnosticIds.InvalidValue, "YAML aliases (*" + alias.Value + ") are not supported in catalogue files");
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        return (Spans.Of(path, node.Start, node.End), Diagnostics.DiagnosticIds.InvalidValue, "YAML anchors (&" + node.Anchor + ") are not supported in catalogue files");
                }

                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            return (Spans.Of(path, current.Start, current.End), Diagnostics.DiagnosticIds.InvalidValue, "nesting deeper than " + MaxDepth + " levels");
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    case Scalar scalar when scalar.Value.Length > MaxScalarChars:
                        return (Spans.Of(path, scalar.Start, scalar.Start), Diagnostics.DiagnosticIds.InvalidValue, "a value longer than " + MaxScalarChars + " characters");
                }
            }
        }
        catch (Exception)
        {
            // Syntax errors are reported, with their location, by the full load that follows.
        }

        return null;
    }

    private static int FindTabIndentation(string text)
    {
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                atLineStart = true;
            }
            else if (atLineStart && c == '\t')
            {
                return i;
            }
            else if (c != ' ' && c != '\r')
            {
                atLineStart = false;
            }
        }

        return -1;
    }

    private static SourceSpan At(string path, string text, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(path, index, 1, line, index - lineStart, line, index - lineStart + 1);
    }
}
