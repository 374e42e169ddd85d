using System.Text;

namespace AiGov.Catalog.Internal;

/// <summary>Escaping and display conventions shared by the Markdown renderings.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes text for inline Markdown (lists and table cells) and folds line breaks into spaces.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '<':
                case '>':
                case '|':
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

    /// <summary>A clause or key as inline code: <c>`3.1.1(a)`</c>, or the key when the clause is unknown.</summary>
    public static string Code(CatalogElement element) => "`" + DisplayText.Label(element) + "`";
}
