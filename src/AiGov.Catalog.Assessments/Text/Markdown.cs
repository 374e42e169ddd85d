using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiGov.Catalog.Assessments.Text;

/// <summary>Markdown helpers: escaping for inline text and table cells, and table rows. Culture-invariant, "\n" line endings.</summary>
internal static class Markdown
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|':
                    builder.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    public static void Line(StringBuilder b, string text = "") => b.Append(text).Append('\n');

    public static void Row(StringBuilder b, IEnumerable<string> cells) => Line(b, "| " + string.Join(" | ", cells) + " |");

    public static void Rule(StringBuilder b, params string[] alignments) => Row(b, alignments);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Code(string text) => "`" + text.Replace("`", "'", System.StringComparison.Ordinal) + "`";
}
