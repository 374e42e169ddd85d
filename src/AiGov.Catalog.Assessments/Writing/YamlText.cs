using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.Assessments.Writing;

/// <summary>
/// YAML scalars for the writer: plain where that is unambiguous (text that starts with a letter and holds only letters,
/// digits, spaces and harmless punctuation), otherwise double-quoted with escapes. Never a number or date by accident.
/// </summary>
internal static class YamlText
{
    private static readonly Regex Special = new("^(null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$", RegexOptions.CultureInvariant);

    public static string Scalar(string text) => IsPlainSafe(text) ? text : Quote(text);

    public static string Quote(string text)
    {
        var b = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        return b.Append('"').ToString();
    }

    private static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) || text[^1] == ' ' || Special.IsMatch(text))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = char.IsLetterOrDigit(c) || c is ' ' or '.' or ',' or '(' or ')' or '-' or '_' or '/' or '+' or '、' or '，' or '。' or '（' or '）' or '；' or '’';
            if (!ok || (c == ' ' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
