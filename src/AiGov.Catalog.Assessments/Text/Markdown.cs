using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiGov.Catalog.Assessments.Text;

/// <summary>Markdown helpers: escaping for inline text and table cells, and table rows. Culture-invariant, "\n" line endings.</summary>
internal static class Markdown
{
    /// <summary>Escapes inline text (the library's own Markdown escaping); null or empty gives an empty string.</summary>
    public static string Escape(string? text) => string.IsNullOrEmpty(text) ? string.Empty : AiGov.Catalog.Internal.MarkdownText.Escape(text!);

    public static void Line(StringBuilder b, string text = "") => b.Append(text).Append('\n');

    public static void Row(StringBuilder b, IEnumerable<string> cells) => Line(b, "| " + string.Join(" | ", cells) + " |");

    public static void Rule(StringBuilder b, params string[] alignments) => Row(b, alignments);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Code(string text) => "`" + text.Replace("`", "'", System.StringComparison.Ordinal) + "`";
}
