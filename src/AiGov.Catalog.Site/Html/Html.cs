using System.Text;

namespace AiGov.Catalog.Site.Html;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class Html
{
    /// <summary>Escapes text for an element's content or a double-quoted attribute value.</summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = true;
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }
}
