using System.Collections.Generic;
using System.Text;

namespace AiGov.Catalog.Internal;

/// <summary>
/// The one CSV writer of the library (RFC 4180): a field is quoted when it holds a comma, a quotation mark or a line
/// break, with quotation marks doubled; records end with CRLF unless the caller asks for another record end.
/// </summary>
internal static class CsvText
{
    public const string RecordEnd = "\r\n";

    private static readonly char[] NeedsQuotes = { ',', '"', '\r', '\n' };

    public static void AppendRecord(StringBuilder builder, IReadOnlyList<string?> fields, string recordEnd = RecordEnd)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            AppendField(builder, fields[i]);
        }

        builder.Append(recordEnd);
    }

    public static void AppendField(StringBuilder builder, string? field)
    {
        var value = field ?? string.Empty;
        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            builder.Append(value);
            return;
        }

        builder.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
