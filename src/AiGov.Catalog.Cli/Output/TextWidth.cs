using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiGov.Catalog.Cli.Output;

/// <summary>The width of text in a terminal: East Asian wide and full-width characters take two columns.</summary>
internal static class TextWidth
{
    /// <summary>The mark of text cut short.</summary>
    public const string Ellipsis = "…";

    public static int Of(string text)
    {
        var width = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            width += Of((string)enumerator.Current, 0);
        }

        return width;
    }

    /// <summary>The text cut to at most <paramref name="max"/> columns, ending in "…" when cut (never inside a wide character).</summary>
    public static string Truncate(string text, int max)
    {
        if (Of(text) <= max)
        {
            return text;
        }

        var result = new StringBuilder();
        var width = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            var w = Of(element, 0);
            if (width + w > max - 1)
            {
                break;
            }

            result.Append(element);
            width += w;
        }

        return result.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// The text broken into lines of at most <paramref name="max"/> columns: at spaces, or between two wide characters
    /// (Chinese has no spaces); a word longer than a line is cut. The first line has <paramref name="first"/> columns
    /// fewer, every following line <paramref name="rest"/> fewer (a hanging indent the caller writes).
    /// </summary>
    public static List<string> Wrap(string text, int max, int first, int rest)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var width = 0;
        var limit = max - first;
        var lastBreak = -1;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            var w = Of(element, 0);
            if (width + w > limit && line.Length > 0)
            {
                if (element == " ")
                {
                    Flush(line.Length);
                    continue;
                }

                if (lastBreak > 0)
                {
                    var carried = line.ToString(lastBreak, line.Length - lastBreak).TrimStart();
                    Flush(lastBreak);
                    line.Append(carried);
                    width = Of(carried);
                }
                else
                {
                    Flush(line.Length);
                }
            }

            if (element == " " || w == 2)
            {
                lastBreak = line.Length;
            }

            line.Append(element);
            width += w;
            if (w == 2)
            {
                lastBreak = line.Length;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;

        void Flush(int length)
        {
            lines.Add(line.ToString(0, length).TrimEnd());
            line.Clear();
            width = 0;
            lastBreak = -1;
            limit = max - rest;
        }
    }

    private static int Of(string element, int index) => IsWide(char.ConvertToUtf32(element, index)) ? 2 : 1;

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1F64F
        or >= 0x20000 and <= 0x3FFFD;
}
