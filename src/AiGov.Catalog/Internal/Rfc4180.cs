using System.Text;

namespace AiGov.Catalog.Internal;

/// <summary>CSV fields as RFC 4180 has them: quoted when they hold a comma, a quotation mark or a line break, with quotation marks doubled.</summary>
internal static class Rfc4180
{
    public static void AppendField(StringBuilder builder, string? field)
    {
        var value = field ?? string.Empty;
        if (value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
        {
            builder.Append(value);
            return;
        }

        builder.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    public static void AppendRecord(StringBuilder builder, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            AppendField(builder, fields[i]);
        }

        builder.Append('\n');
    }
}
