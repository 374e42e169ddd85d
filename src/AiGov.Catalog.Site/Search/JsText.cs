using System.Text;

namespace AiGov.Catalog.Site.Search;

/// <summary>JavaScript (and JSON) string literals, escaped the same way whatever the culture.</summary>
internal static class JsText
{
    public static void Append(StringBuilder b, string? text)
    {
        if (text is null)
        {
            b.Append("null");
            return;
        }

        b.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '<': b.Append("\\u003c"); break;
                default:
                    if (c < 0x20 || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        b.Append('"');
    }
}
