using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.SourceCheck;

/// <summary>
/// A document's text made ready for finding headings: running headers and footers removed (the printed page number
/// they carry kept), Kangxi and CJK radicals and CJK compatibility ideographs replaced by the ideographs they stand
/// for (the official PDFs' text layers use them for common characters), tables of contents left out.
/// </summary>
internal static class SourceText
{
    private static readonly Regex PageMark = new(@"^[-‐–—−]\s*(\d{1,4})\s*[-‐–—−](?:\s|$)|(?:^|\s)[-‐–—−]\s*(\d{1,4})\s*[-‐–—−]$|^(\d{1,4})$|^第\s*(\d{1,4})\s*页$|^Page\s+(\d{1,4})$", RegexOptions.CultureInvariant);
    private static readonly Regex TocLine = new(@"(?:[.…·．。]\s*){3,}\s*\d{1,4}$", RegexOptions.CultureInvariant);

    /// <summary>Whether a line is the framework's running header (<c>- N - 人工智能安全治理框架</c>) or a page-number line.</summary>
    public static bool IsPageHeader(string line) => PageNumber(Normalise(line.Trim())) is not null;

    /// <summary>
    /// The text as printed, with the look-alike code points the official PDFs use replaced: Kangxi radicals, CJK
    /// radicals and CJK compatibility ideographs by what <see cref="CatalogTextFolding"/> folds them to, the
    /// ideographic space by a space. Nothing else changes (case, full-width punctuation and quotation marks stay).
    /// </summary>
    public static string Normalise(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? to = null;
            if ((c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF'))
            {
                var folded = CatalogTextFolding.Fold(c.ToString());
                to = folded.Length > 0 && folded != c.ToString() ? folded : null;
            }
            else if (c == '\u3000' || c == '\u00A0')
            {
                to = " ";
            }

            if (to is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 4);
            builder.Append(to);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The printed page number a header or footer line carries, or null.</summary>
    private static string? PageNumber(string line)
    {
        var m = PageMark.Match(line);
        if (!m.Success)
        {
            return null;
        }

        for (var g = 1; g < m.Groups.Count; g++)
        {
            if (m.Groups[g].Success)
            {
                return int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Cleans the pages: see <see cref="SourceText"/>.</summary>
    public static CleanText Clean(SourceDocument document)
    {
        var pages = document.Pages;
        // Lines repeated at the top or bottom of many pages (digits aside) are running headers or footers.
        var repeated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Edges(page).Select(l => Shape(l.Text)).Distinct())
            {
                repeated[key] = repeated.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }

        var threshold = Math.Max(3, (int)Math.Ceiling(pages.Length * 0.4));
        var removed = 0;
        var printedFound = 0;
        var result = ImmutableArray.CreateBuilder<CleanPage>();
        foreach (var page in pages)
        {
            var edges = new HashSet<SourceLine>(Edges(page));
            string? printed = null;
            var lines = ImmutableArray.CreateBuilder<CleanLine>();
            var toc = false;
            foreach (var line in page.Lines)
            {
                var text = Normalise(line.Text);
                if (edges.Contains(line))
                {
                    if (PageNumber(text) is { } number)
                    {
                        printed ??= number;
                        removed++;
                        continue;
                    }

                    if (pages.Length >= 3 && repeated.TryGetValue(Shape(line.Text), out var count) && count >= threshold)
                    {
                        removed++;
                        continue;
                    }
                }

                var compact = Regex.Replace(text, @"\s+", string.Empty);
                if (compact is "目录" or "目次" || string.Equals(compact, "Contents", StringComparison.OrdinalIgnoreCase) || string.Equals(compact, "TableofContents", StringComparison.OrdinalIgnoreCase))
                {
                    toc = true;
                    continue;
                }

                if (TocLine.IsMatch(text))
                {
                    toc = true;
                    continue;
                }

                lines.Add(new CleanLine(text, line.Number, line.Fill, line.Style));
            }

            if (printed is not null)
            {
                printedFound++;
            }

            result.Add(new CleanPage(page.Physical, printed, toc, lines.ToImmutable()));
        }

        return new CleanText(result.ToImmutable(), removed, printedFound);
    }

    private static IEnumerable<SourceLine> Edges(SourcePage page)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i < 2 || i >= lines.Length - 2)
            {
                yield return lines[i];
            }
        }
    }

    private static string Shape(string line) => Regex.Replace(Normalise(line).Trim(), @"\d+", "#");
}

/// <summary>The cleaned pages of a document.</summary>
internal sealed record CleanText(ImmutableArray<CleanPage> Pages, int RemovedLines, int PagesWithPrintedNumber);

/// <summary>A cleaned page: its physical number, the printed number its header or footer gives, its lines.</summary>
internal sealed record CleanPage(int Physical, string? Printed, bool TableOfContents, ImmutableArray<CleanLine> Lines);

/// <summary>A cleaned line.</summary>
internal sealed record CleanLine(string Text, int Number, double Fill, string? Style);
