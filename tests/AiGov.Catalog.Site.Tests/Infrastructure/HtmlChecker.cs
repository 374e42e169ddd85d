using System.Text.RegularExpressions;

namespace AiGov.Catalog.Site.Tests.Infrastructure;

/// <summary>
/// A strict check of the generated HTML: a doctype, every non-void element closed in order, attributes quoted and not
/// repeated, ids unique, no stray <c>&lt;</c> or bare <c>&amp;</c> in text. Stricter than HTML5 (which tolerates omitted end
/// tags), so that a mistake in the generator shows as a located error.
/// </summary>
internal static partial class HtmlChecker
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    public static List<string> Check(string html, out HashSet<string> ids, out List<string> hrefs)
    {
        var problems = new List<string>();
        ids = new HashSet<string>(StringComparer.Ordinal);
        hrefs = new List<string>();
        var stack = new Stack<(string Name, int Line)>();
        const string doctype = "<!DOCTYPE html>\n";
        if (!html.StartsWith(doctype, StringComparison.Ordinal))
        {
            problems.Add("line 1: the page does not start with <!DOCTYPE html>");
        }

        var i = html.StartsWith(doctype, StringComparison.Ordinal) ? doctype.Length : 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
                {
                    var end = html.IndexOf("-->", i, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        problems.Add(At(html, i) + "unclosed comment");
                        break;
                    }

                    i = end + 3;
                    continue;
                }

                var close = html.IndexOf('>', i);
                if (close < 0)
                {
                    problems.Add(At(html, i) + "unclosed tag");
                    break;
                }

                var tag = html.Substring(i + 1, close - i - 1);
                if (tag.StartsWith('/'))
                {
                    var name = tag.Substring(1);
                    if (!TagName().IsMatch(name))
                    {
                        problems.Add(At(html, i) + "bad end tag </" + name + ">");
                    }
                    else if (stack.Count == 0 || stack.Peek().Name != name)
                    {
                        problems.Add(At(html, i) + "</" + name + "> does not close the open element" + (stack.Count > 0 ? " <" + stack.Peek().Name + "> of line " + stack.Peek().Line : string.Empty));
                    }
                    else
                    {
                        stack.Pop();
                    }

                    i = close + 1;
                    continue;
                }

                var m = StartTag().Match(tag);
                if (!m.Success)
                {
                    problems.Add(At(html, i) + "malformed start tag <" + tag + ">");
                    i = close + 1;
                    continue;
                }

                var element = m.Groups["name"].Value;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (Capture attribute in m.Groups["attr"].Captures)
                {
                    var a = AttributeParts().Match(attribute.Value);
                    var attrName = a.Groups["n"].Value;
                    if (!seen.Add(attrName))
                    {
                        problems.Add(At(html, i) + "<" + element + "> repeats the attribute " + attrName);
                    }

                    var value = a.Groups["v"].Success ? a.Groups["v"].Value : null;
                    if (value is not null)
                    {
                        CheckText(value, html, i, problems);
                    }

                    if (attrName == "id" && value is not null && !ids.Add(value))
                    {
                        problems.Add(At(html, i) + "the id '" + value + "' is used twice");
                    }

                    if (attrName == "href" && element == "a" && value is not null)
                    {
                        hrefs.Add(System.Net.WebUtility.HtmlDecode(value));
                    }
                }

                i = close + 1;
                if (element is "script" or "style")
                {
                    var endTag = "</" + element + ">";
                    var end = html.IndexOf(endTag, i, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        problems.Add(At(html, i) + "unclosed <" + element + ">");
                        break;
                    }

                    i = end + endTag.Length;
                    continue;
                }

                if (!Void.Contains(element))
                {
                    stack.Push((element, Line(html, i)));
                }

                continue;
            }

            var next = html.IndexOf('<', i);
            var text = next < 0 ? html.Substring(i) : html.Substring(i, next - i);
            CheckText(text, html, i, problems);
            i = next < 0 ? html.Length : next;
        }

        foreach (var (name, line) in stack)
        {
            problems.Add("line " + line + ": <" + name + "> is never closed");
        }

        return problems;
    }

    private static void CheckText(string text, string html, int at, List<string> problems)
    {
        foreach (Match amp in Ampersand().Matches(text))
        {
            if (!Entity().Match(text, amp.Index).Success)
            {
                problems.Add(At(html, at) + "a bare & in '" + text.Substring(amp.Index, Math.Min(12, text.Length - amp.Index)) + "'");
            }
        }

        if (text.Contains('>', StringComparison.Ordinal))
        {
            // '>' in text is legal HTML, but the generator escapes it: a raw one means unescaped input
            problems.Add(At(html, at) + "a raw > in text");
        }
    }

    private static int Line(string html, int index)
    {
        var line = 1;
        for (var k = 0; k < index && k < html.Length; k++)
        {
            if (html[k] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string At(string html, int index) => "line " + Line(html, index) + ": ";

    [GeneratedRegex(@"^[a-z][a-z0-9]*$")]
    private static partial Regex TagName();

    [GeneratedRegex(@"^(?<name>[a-z][a-z0-9]*)(?<attr>\s+[a-z][a-z0-9-]*(=""[^""]*"")?)*\s*$")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"^\s+(?<n>[a-z][a-z0-9-]*)(=""(?<v>[^""]*)"")?$")]
    private static partial Regex AttributeParts();

    [GeneratedRegex("&")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"\G&(amp|lt|gt|quot|#39|#[0-9]+|#x[0-9a-fA-F]+);")]
    private static partial Regex Entity();
}
