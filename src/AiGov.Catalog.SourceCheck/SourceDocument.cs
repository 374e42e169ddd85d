using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AiGov.Catalog.SourceCheck;

/// <summary>
/// The text of a document to check, page by page and line by line, as read from a PDF (its text layer, with PdfPig)
/// or from a text file (<c>pdftotext</c> output, where form feeds separate the pages, or text copied from a viewer).
/// </summary>
/// <remarks>The lines are as extracted: not folded, running headers and footers still in (see <see cref="SourceText"/>).</remarks>
public sealed class SourceDocument
{
    private SourceDocument(string path, string kind, string sha256, string? title, ImmutableArray<SourcePage> pages)
    {
        Path = path;
        Kind = kind;
        Sha256 = sha256;
        Title = title;
        Pages = pages;
    }

    /// <summary>Gets the file name as given.</summary>
    public string Path { get; }

    /// <summary>Gets <c>pdf</c> or <c>text</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the SHA-256 of the file's bytes, lower-case hexadecimal.</summary>
    public string Sha256 { get; }

    /// <summary>Gets the title in the PDF's document information, when it has one.</summary>
    public string? Title { get; }

    /// <summary>Gets the pages in file order (for a text without page breaks or page headers: one page).</summary>
    public ImmutableArray<SourcePage> Pages { get; }

    /// <summary>Reads a PDF (recognised by its <c>%PDF-</c> header) or a UTF-8 text file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SourceReadException">The file is missing, empty, encrypted, damaged, or not text.</exception>
    public static SourceDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SourceReadException(path + ": cannot read the file: " + ex.Message, ex);
        }

        return FromBytes(path, bytes);
    }

    /// <summary>Reads a document from its bytes (a PDF when they start with <c>%PDF-</c>, else UTF-8 text).</summary>
    /// <param name="path">The file name, for messages.</param>
    /// <param name="bytes">The content.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SourceReadException">The content is empty, encrypted, damaged, or not text.</exception>
    public static SourceDocument FromBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        var sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        if (bytes.Length == 0)
        {
            throw new SourceReadException(path + ": the file is empty.");
        }

        if (PdfText.IsPdf(bytes))
        {
            var (title, pages) = PdfText.Read(path, bytes);
            return new SourceDocument(path, "pdf", sha, title, pages);
        }

        if (LooksBinary(bytes))
        {
            throw new SourceReadException(path + ": neither a PDF (no %PDF- header) nor UTF-8 text.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SourceReadException(path + ": not a PDF and not valid UTF-8 text (byte " + ex.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").", ex);
        }

        return new SourceDocument(path, "text", sha, null, TextPages(text));
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < n; i++)
        {
            if (bytes[i] == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits a text into pages at form feeds (<c>pdftotext</c>); without any, at the framework's running header
    /// (<c>- N - …</c>), which starts a page; without either, one page. Each line's fill is its display width against
    /// the widest lines of the text.
    /// </summary>
    private static ImmutableArray<SourcePage> TextPages(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var pages = new List<List<(string Text, int Line)>>();
        var current = new List<(string, int)>();
        var lineNumber = 1;
        var byFeed = raw.Contains('\f', StringComparison.Ordinal);
        foreach (var part in raw.Split('\n'))
        {
            var segments = part.Split('\f');
            for (var s = 0; s < segments.Length; s++)
            {
                if (s > 0)
                {
                    pages.Add(current);
                    current = new List<(string, int)>();
                }

                var line = segments[s].TrimEnd();
                if (!byFeed && SourceText.IsPageHeader(line) && current.Any(l => l.Item1.Length > 0))
                {
                    pages.Add(current);
                    current = new List<(string, int)>();
                }

                current.Add((line, lineNumber));
            }

            lineNumber++;
        }

        pages.Add(current);
        while (pages.Count > 1 && pages[pages.Count - 1].All(l => l.Text.Trim().Length == 0))
        {
            pages.RemoveAt(pages.Count - 1);
        }

        var widths = pages.SelectMany(p => p).Select(l => Width(l.Text.Trim())).Where(w => w > 0).OrderBy(w => w).ToList();
        var full = widths.Count == 0 ? 1 : Math.Max(1, widths[(int)Math.Floor((widths.Count - 1) * 0.95)]);
        return pages.Select((p, i) => new SourcePage(
            i + 1,
            p.Where(l => l.Text.Trim().Length > 0).Select(l => new SourceLine(l.Text.Trim(), l.Line, Math.Min(1.0, Width(l.Text.Trim()) / (double)full), null)).ToImmutableArray())).ToImmutableArray();
    }

    /// <summary>Display width: two columns for wide (CJK) characters, one for the others.</summary>
    internal static int Width(string text)
    {
        var w = 0;
        foreach (var c in text)
        {
            w += c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1;
        }

        return w;
    }

    internal static SourceDocument ForTests(string path, ImmutableArray<SourcePage> pages) => new(path, "text", new string('0', 64), null, pages);
}

/// <summary>One page of a <see cref="SourceDocument"/>.</summary>
public sealed class SourcePage
{
    /// <summary>Creates a page.</summary>
    /// <param name="physical">The page's position in the file, from 1.</param>
    /// <param name="lines">Its lines, top to bottom, none blank.</param>
    public SourcePage(int physical, ImmutableArray<SourceLine> lines)
    {
        Physical = physical;
        Lines = lines;
    }

    /// <summary>Gets the page's position in the file, from 1 (not the printed page number).</summary>
    public int Physical { get; }

    /// <summary>Gets the lines, top to bottom.</summary>
    public ImmutableArray<SourceLine> Lines { get; }
}

/// <summary>One line of text on a page.</summary>
public sealed class SourceLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="text">The text, trimmed.</param>
    /// <param name="number">For a text file, the line number in the file; for a PDF, the line's position on its page, from 1.</param>
    /// <param name="fill">How far the line reaches across the text width, 0 to 1 (a line broken by the layout is near 1).</param>
    /// <param name="style">For a PDF, the font size of its first letter (lines of one heading share it); null for text.</param>
    public SourceLine(string text, int number, double fill, string? style)
    {
        Text = text;
        Number = number;
        Fill = fill;
        Style = style;
    }

    /// <summary>Gets the text, trimmed.</summary>
    public string Text { get; }

    /// <summary>Gets the line number in a text file, or the line's position on its PDF page.</summary>
    public int Number { get; }

    /// <summary>Gets how far the line reaches across the text width, 0 to 1.</summary>
    public double Fill { get; }

    /// <summary>Gets the font size of the line's first letter in a PDF (<c>12pt</c>); null for text.</summary>
    public string? Style { get; }
}

/// <summary>A document that cannot be read: the message names the file (and the page where one is known).</summary>
public sealed class SourceReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SourceReadException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    public SourceReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="inner">The cause.</param>
    public SourceReadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
