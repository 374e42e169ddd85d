using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.SourceCheck;

/// <summary>
/// Finds the clause headings (<c>3.1.1</c>, <c>5.11</c>), item labels (<c>(a)</c>, <c>（a）</c>, <c>(1)</c>), appendix
/// headings (<c>附件1</c>, <c>Appendix 1</c>) and Chinese enumerations (<c>一、</c>, <c>（一）</c>) of a cleaned text,
/// with their titles and pages.
/// </summary>
/// <remarks>
/// <para>
/// A number at the start of a line is a clause heading only when the catalogue has that clause or it follows the
/// previous heading in sequence (next sibling, first child, or the next sibling of an ancestor): numbers that begin
/// sentences (<c>2024年</c>, <c>3 个</c>) are not headings. A number alone on its line is a heading too (its title, if
/// any, is on the next line), so that the items under a heading printed without a title still take its clause. An item label takes the clause of the heading above it:
/// <c>（a）</c> under <c>3.1.1</c> is <c>3.1.1(a)</c>.
/// </para>
/// <para>
/// A heading's title continues on the next line when its line reaches across the text width (the layout broke it) and
/// the next line is not itself a heading; in a PDF, a numbered heading's continuation also has the heading's font. An
/// item's title ends at its first full stop (<c>。</c>, or <c>. </c> in English), semicolon or colon; a longer run of text
/// with no stop is the item's body, not a title.
/// </para>
/// </remarks>
internal static class HeadingFinder
{
    private const double FullLine = 0.85;
    private static readonly Regex Numbered = new(@"^(\d{1,2}(?:[.．]\d{1,2}){0,3})(?![.．]?\d)[.．]?(?:\s+|$|(?=[^\s\d.．%％]))(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Item = new(@"^[(（]\s*([a-z]|\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]\s*(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Appendix = new(@"^(?:附\s*件\s*(\d{1,2})|(?:Appendix|Annex)\s+(\d{1,2}))(?![\d])\s*[：:、.．]?\s*(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Enumeration = new(@"^([一二三四五六七八九十]{1,3})\s*、\s*(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex NotATitleStart = new(@"^[年月日号%％个项倍版部条款章节页]", RegexOptions.CultureInvariant);

    public static ImmutableArray<FoundHeading> Find(CleanText text, ISet<string> catalogueClauses, bool english)
    {
        var lines = new List<(CleanLine Line, CleanPage Page)>();
        foreach (var page in text.Pages)
        {
            foreach (var line in page.Lines)
            {
                lines.Add((line, page));
            }
        }

        var found = ImmutableArray.CreateBuilder<FoundHeading>();
        string? lastNumbered = null;
        string? context = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, page) = lines[i];
            if (page.TableOfContents && Regex.IsMatch(line.Text, @"\s\d{1,4}$"))
            {
                continue;
            }

            var kind = Classify(line.Text, lastNumbered, catalogueClauses, out var label, out var clause, out var rest);
            if (kind is null)
            {
                continue;
            }

            if (kind == HeadingKind.Numbered)
            {
                lastNumbered = clause;
                context = clause;
            }
            else if (kind == HeadingKind.Appendix)
            {
                lastNumbered = null;
                context = clause;
            }
            else if (kind == HeadingKind.Item)
            {
                clause = context is null ? null : context + "(" + label.Trim('(', ')', '（', '）').Trim() + ")";
            }
            else
            {
                clause = null;
            }

            // Join the lines the layout broke.
            var joined = new StringBuilder(rest);
            var last = line;
            var j = i;
            while (j + 1 < lines.Count && j - i < 3 && last.Fill >= FullLine)
            {
                var next = lines[j + 1].Line;
                if (Classify(next.Text, lastNumbered, catalogueClauses, out _, out _, out _) is not null)
                {
                    break;
                }

                // A heading's title has no full stop: a line ending in one is the body. In a PDF the heading's
                // continuation also has the heading's font.
                if (kind is HeadingKind.Numbered or HeadingKind.Appendix
                    && ((line.Style is not null && next.Style != line.Style) || next.Text.EndsWith('。') || next.Text.EndsWith('.')))
                {
                    break;
                }

                Join(joined, next.Text);
                last = next;
                j++;
            }

            // A numbered heading alone on its line: its title is the next line (when that is not a heading).
            if (joined.Length == 0 && kind is HeadingKind.Numbered or HeadingKind.Appendix && i + 1 < lines.Count
                && Classify(lines[i + 1].Line.Text, lastNumbered, catalogueClauses, out _, out _, out _) is null)
            {
                joined.Append(lines[i + 1].Line.Text);
            }

            var item = kind is HeadingKind.Item or HeadingKind.Enumeration;
            var title = item ? ItemTitle(joined.ToString(), english) : HeadingTitle(joined.ToString());
            var single = j > i ? (item ? ItemTitle(rest, english) : HeadingTitle(rest)) : null;
            found.Add(new FoundHeading(kind.Value, label, clause, title, page.Printed, page.Physical, line.Number) { FirstLineTitle = single == title ? null : single });
        }

        return found.ToImmutable();
    }

    private static void Join(StringBuilder text, string next)
    {
        if (text.Length == 0)
        {
            text.Append(next);
            return;
        }

        var end = text[text.Length - 1];
        if (end == '-' && text.Length > 1 && char.IsLetter(text[text.Length - 2]) && next.Length > 0 && char.IsLower(next[0]))
        {
            text.Length--;
            text.Append(next);
            return;
        }

        if (IsLatin(end) && next.Length > 0 && IsLatin(next[0]) || end is ',' or ';' or ':' or '.' && next.Length > 0 && IsLatin(next[0]))
        {
            text.Append(' ');
        }

        text.Append(next);
    }

    private static bool IsLatin(char c) => c < 0x0250 && char.IsLetterOrDigit(c) || c is '"' or '\'' or ')' or '(';

    private static HeadingKind? Classify(string text, string? lastNumbered, ISet<string> clauses, out string label, out string? clause, out string rest)
    {
        label = string.Empty;
        clause = null;
        rest = string.Empty;
        Match m;
        if ((m = Appendix.Match(text)).Success)
        {
            var n = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            label = text.Substring(0, m.Groups[3].Index).Trim();
            clause = "附件" + int.Parse(n, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            rest = m.Groups[3].Value.Trim();
            return HeadingKind.Appendix;
        }

        if ((m = Item.Match(text)).Success)
        {
            label = "(" + m.Groups[1].Value + ")";
            rest = m.Groups[2].Value.Trim();
            return Regex.IsMatch(m.Groups[1].Value, "^[一二三四五六七八九十]") ? HeadingKind.Enumeration : HeadingKind.Item;
        }

        if ((m = Enumeration.Match(text)).Success)
        {
            label = m.Groups[1].Value + "、";
            rest = m.Groups[2].Value.Trim();
            return HeadingKind.Enumeration;
        }

        if ((m = Numbered.Match(text)).Success)
        {
            var number = m.Groups[1].Value.Replace('．', '.');
            rest = m.Groups[2].Value.Trim();
            if (NotATitleStart.IsMatch(rest) || !(clauses.Contains(number) || Follows(lastNumbered, number)))
            {
                return null;
            }

            label = number;
            clause = number;
            return HeadingKind.Numbered;
        }

        return null;
    }

    /// <summary>Whether <paramref name="number"/> can follow <paramref name="previous"/> in a numbered outline.</summary>
    internal static bool Follows(string? previous, string number)
    {
        var b = number.Split('.').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        if (previous is null)
        {
            return b.All(x => x == 1);
        }

        var a = previous.Split('.').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        if (b.Length == a.Length + 1)
        {
            return a.SequenceEqual(b.Take(a.Length)) && b[b.Length - 1] == 1;
        }

        if (b.Length > a.Length)
        {
            return false;
        }

        return a.Take(b.Length - 1).SequenceEqual(b.Take(b.Length - 1)) && b[b.Length - 1] == a[b.Length - 1] + 1;
    }

    private static string? HeadingTitle(string text)
    {
        var t = text.Trim().TrimEnd('。', '.', '：', ':', '；', ';').Trim();
        return t.Length == 0 ? null : t;
    }

    private static string? ItemTitle(string text, bool english)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        var end = -1;
        for (var k = 0; k < t.Length; k++)
        {
            var c = t[k];
            if (c is '。' or '；' or '：' or ';' or ':' || (c == '.' && (k + 1 == t.Length || t[k + 1] == ' ') && !(k > 0 && char.IsDigit(t[k - 1]))))
            {
                end = k;
                break;
            }
        }

        var title = (end < 0 ? t : t.Substring(0, end)).Trim();
        var limit = english ? 160 : 40;
        return title.Length == 0 || title.Length > limit ? null : title;
    }
}

/// <summary>What kind of label a heading has.</summary>
public enum HeadingKind
{
    /// <summary>A clause number: <c>3.1.1</c>, <c>5.11</c>.</summary>
    Numbered,

    /// <summary>An item label under a clause: <c>(a)</c>, <c>(1)</c>.</summary>
    Item,

    /// <summary>An appendix: <c>附件1</c>, <c>Appendix 1</c>.</summary>
    Appendix,

    /// <summary>A Chinese enumeration: <c>一、</c>, <c>（一）</c>; the catalogue gives these no clause.</summary>
    Enumeration,
}

/// <summary>A heading or item label found in a document.</summary>
/// <param name="Kind">The kind of label.</param>
/// <param name="Label">The label as printed (normalised: <c>(a)</c> for <c>（a）</c>).</param>
/// <param name="Clause">The clause it gives, as the catalogue writes clauses (<c>3.1.1(a)</c>); null for enumerations.</param>
/// <param name="Title">The title read after the label (radicals normalised), or null when none was read.</param>
/// <param name="Page">The printed page number (from the page's running header or footer), or null.</param>
/// <param name="PhysicalPage">The page's position in the file, from 1.</param>
/// <param name="Line">The line in the text file, or on the PDF page.</param>
public sealed record FoundHeading(HeadingKind Kind, string Label, string? Clause, string? Title, string? Page, int PhysicalPage, int Line)
{
    /// <summary>
    /// Gets the title read from the heading's first line alone, when <see cref="Title"/> joins lines (a text file does
    /// not show whether the next line continues the heading or starts the body); null otherwise. The check compares
    /// both with the catalogue.
    /// </summary>
    public string? FirstLineTitle { get; init; }
}
