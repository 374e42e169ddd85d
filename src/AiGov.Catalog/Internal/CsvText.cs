using System.Collections.Generic;
using System.Text;

namespace AiGov.Catalog.Internal;

/// <summary>RFC 4180 CSV: fields with a comma, quote or line break are quoted and quotes doubled; records end with CRLF.</summary>
internal static class CsvText
{
    public const string RecordEnd = "\r\n";

    public static void AppendRecord(StringBuilder builder, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            AppendField(builder, fields[i] ?? string.Empty);
        }

        builder.Append(RecordEnd);
    }

    private static void AppendField(StringBuilder builder, string field)
    {
        if (field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
        {
            builder.Append(field);
            return;
        }

        builder.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
