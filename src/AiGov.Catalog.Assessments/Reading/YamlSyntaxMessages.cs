using System;
using System.Globalization;
using YamlDotNet.Core;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>
/// Turns a YamlDotNet syntax error into what the user should fix, and where: the parser's own wording ("While scanning
/// a plain scalar value, found …") never reaches the user.
/// </summary>
/// <remarks>
/// The place is the scanner's own mark: for an unclosed quote the mark where the quoted value starts; for other errors
/// the mark where the problem was found. A few scanner errors (a tab used for indentation) carry no mark; for those the
/// scanner's current position is used, which is where it stopped.
/// </remarks>
internal static class YamlSyntaxMessages
{
    public static (Mark At, string Message) Describe(YamlException ex, Mark scannerPosition)
    {
        var text = TrimMark(ex.Message).TrimEnd('.');
        var hasMark = !(ex.Start.Index == 0 && ex.End.Index == 0 && ex.Start.Line <= 1 && ex.Start.Column <= 1);
        var found = ex.End.Line > ex.Start.Line ? ex.End : ex.Start;
        var problemAt = hasMark ? found : scannerPosition;

        if (Contains(text, "tab"))
        {
            return (problemAt, "a tab character is used for indentation: YAML allows only spaces there (replace the tab with spaces)");
        }

        if (Contains(text, "quoted scalar"))
        {
            var quote = Contains(text, "double-quoted") ? "\"" : "'";
            return (hasMark ? ex.Start : problemAt, "this quoted value is never closed: add the closing quote (" + quote + ") on the same line"
                + (hasMark && found.Line != ex.Start.Line ? " (the value runs on to line " + Number(found.Line) + ")" : string.Empty));
        }

        if (Contains(text, "plain scalar") && Contains(text, "invalid mapping"))
        {
            return (problemAt, "unexpected ': ' here: if the colon belongs to the value, put the value in quotes (\"…\"); otherwise this line is indented under a value that cannot have fields");
        }

        if (Contains(text, "mapping values are not allowed"))
        {
            return (problemAt, "unexpected ': ' here: put the value in quotes (\"…\") if the colon belongs to it");
        }

        if (Contains(text, "block mapping") && Contains(text, "did not find expected key"))
        {
            return (problemAt, "unexpected indentation: this line should be a 'field: value' aligned with the fields above it");
        }

        if (Contains(text, "block collection") && Contains(text, "'-' indicator"))
        {
            return (problemAt, "unexpected indentation: this line should be a list item ('- …') aligned with the items above it");
        }

        if (Contains(text, "flow sequence"))
        {
            return (problemAt, "a list in brackets ([…]) is not closed: expected ',' or ']'" + StartedAt(ex, found));
        }

        if (Contains(text, "flow mapping"))
        {
            return (problemAt, "a mapping in braces ({…}) is not closed: expected ',' or '}'" + StartedAt(ex, found));
        }

        if (Contains(text, "document start") || Contains(text, "<document end>"))
        {
            return (problemAt, "unexpected content: the assessment should continue with 'field: value' lines aligned with those above");
        }

        if (Contains(text, "escape"))
        {
            return (problemAt, "an unknown escape (\\…) in a double-quoted value: write \\\\ for a backslash, or use single quotes");
        }

        if (Contains(text, "simple key"))
        {
            return (problemAt, "a field name that does not end with ': ' on the same line (a key must fit on one line)");
        }

        // Anything else: the parser's finding without its "While scanning/parsing …," preamble.
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        var finding = text.StartsWith("While ", StringComparison.OrdinalIgnoreCase) && comma > 0 ? text.Substring(comma + 2) : text;
        return (problemAt, "this YAML cannot be read: " + finding);
    }

    private static string StartedAt(YamlException ex, Mark found) =>
        found.Line != ex.Start.Line || found.Column != ex.Start.Column
            ? " (it opens at line " + Number(ex.Start.Line) + ", column " + Number(ex.Start.Column) + ")"
            : string.Empty;

    private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string TrimMark(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the location is reported separately.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && index >= 0 ? message.Substring(index + 3) : message;
    }
}
