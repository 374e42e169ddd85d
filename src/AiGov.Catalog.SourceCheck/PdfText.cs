using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace AiGov.Catalog.SourceCheck;

/// <summary>
/// The text layer of a PDF, line by line: letters grouped by baseline, ordered left to right, a space where the gap
/// between two letters is wider than a fifth of the font size. Pages are read one at a time, so memory stays bounded
/// by the largest page, not by the document.
/// </summary>
internal static class PdfText
{
    public static bool IsPdf(byte[] bytes)
    {
        // The header may follow up to 1024 bytes of junk (PDF 32000-1, 7.5.2 note; readers accept it).
        var n = Math.Min(bytes.Length, 1024);
        for (var i = 0; i + 5 <= n; i++)
        {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-')
            {
                return true;
            }
        }

        return false;
    }

    public static (string? Title, ImmutableArray<SourcePage> Pages) Read(string path, byte[] bytes)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted(path);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Damaged(path, null, ex);
        }

        using (document)
        {
            var pages = ImmutableArray.CreateBuilder<SourcePage>();
            int count;
            try
            {
                count = document.NumberOfPages;
            }
            catch (PdfDocumentEncryptedException)
            {
                throw Encrypted(path);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw Damaged(path, null, ex);
            }

            if (count == 0)
            {
                throw new SourceReadException(path + ": the PDF has no pages.");
            }

            for (var i = 1; i <= count; i++)
            {
                try
                {
                    pages.Add(new SourcePage(i, Lines(document.GetPage(i))));
                }
                catch (PdfDocumentEncryptedException)
                {
                    throw Encrypted(path);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    throw Damaged(path, i, ex);
                }
            }

            string? title = null;
            try
            {
                title = document.Information?.Title is { Length: > 0 } t ? t.Trim() : null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The title is a convenience: a broken information dictionary does not make the text unreadable.
                _ = ex;
            }

            return (title, pages.ToImmutable());
        }
    }

    private static SourceReadException Encrypted(string path) =>
        new(path + ": the PDF is encrypted and cannot be read without its password; give a decrypted copy (for example `qpdf --decrypt --password=… in.pdf out.pdf`) or its text (`pdftotext -layout`).");

    private static SourceReadException Damaged(string path, int? page, Exception ex) =>
        new(path + (page is null ? string.Empty : ", page " + page.Value.ToString(CultureInfo.InvariantCulture)) + ": damaged or unsupported PDF (" + ex.Message.TrimEnd('.') + ").", ex);

    private static ImmutableArray<SourceLine> Lines(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
        {
            return ImmutableArray<SourceLine>.Empty;
        }

        // Top to bottom, then left to right; a letter joins the line whose baseline is within 40% of its size.
        letters.Sort((a, b) =>
        {
            var y = b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y);
            return y != 0 ? y : a.StartBaseLine.X.CompareTo(b.StartBaseLine.X);
        });
        var lines = new List<List<Letter>>();
        var baseline = double.NaN;
        foreach (var letter in letters)
        {
            var size = Math.Max(1.0, letter.PointSize);
            if (lines.Count == 0 || Math.Abs(letter.StartBaseLine.Y - baseline) > 0.4 * size)
            {
                lines.Add(new List<Letter>());
                baseline = letter.StartBaseLine.Y;
            }

            lines[lines.Count - 1].Add(letter);
        }

        var texts = new List<(string Text, double Left, double Right, string Style)>();
        foreach (var line in lines)
        {
            line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var text = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in line)
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 0.2 * Math.Max(1.0, letter.PointSize))
                {
                    text.Append(' ');
                }

                text.Append(letter.Value);
                previous = letter;
            }

            var first = line[0];
            // The size, not the font: Latin digits and CJK characters of one heading often come from different fonts.
            texts.Add((text.ToString().Trim(), line.Min(l => l.StartBaseLine.X), line.Max(l => l.EndBaseLine.X), Math.Round(first.PointSize, 1).ToString(CultureInfo.InvariantCulture) + "pt"));
        }

        // The text block: from the left margin to the furthest right edge of a line that starts at the margin (a centred
        // running header or page number does not widen it).
        var left = texts.Min(t => t.Left);
        var right = texts.Where(t => t.Left - left < 2.0).Max(t => t.Right);
        var width = Math.Max(1.0, right - left);
        return texts.Select((t, i) => new SourceLine(t.Text, i + 1, Math.Clamp((t.Right - left) / width, 0, 1), t.Style)).ToImmutableArray();
    }
}
