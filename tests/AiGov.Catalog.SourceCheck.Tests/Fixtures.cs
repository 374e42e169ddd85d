using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AiGov.Catalog.SourceCheck.Tests;

/// <summary>
/// The fixture files, and the PDFs the tests write with PdfPig: the mini-edition laid out from
/// <c>Fixtures/mini-1.0-zh.txt</c> (the same content as the text fixture) in the committed CJK font subset, a PDF that
/// is not the framework, and a long PDF.
/// </summary>
internal static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string MiniZhText => Path.Combine(Folder, "mini-1.0-zh.txt");

    public static string MiniEnText => Path.Combine(Folder, "mini-1.0-en.txt");

    public static string Encrypted => Path.Combine(Folder, "encrypted.pdf");

    public static string VerifiedTitles10 => Path.Combine(Folder, "verified-titles-1.0-zh.txt");

    public static string VerifiedTitles10En => Path.Combine(Folder, "verified-titles-1.0-en.txt");

    /// <summary>The repository's catalog/ folder (the tests run from its bin/ folder).</summary>
    public static string CatalogFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "catalog", "editions")))
                {
                    return Path.Combine(dir.FullName, "catalog");
                }
            }

            throw new InvalidOperationException("catalog/ not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>
    /// The mini-edition as a PDF: A4 pages, the running header (the first line of each page of the text) centred at the
    /// top in 10 pt, numbered headings in 14 pt (so that a heading's continuation line shares its font, the body does
    /// not), everything else in 12 pt, lines 20 pt apart from the left margin.
    /// </summary>
    public static byte[] MiniEditionPdf()
    {
        var font = File.ReadAllBytes(Path.Combine(Folder, "Fonts", "DroidSansFallback-subset.ttf"));
        var pages = File.ReadAllText(MiniZhText).Split('\f');
        using var builder = new PdfDocumentBuilder();
        var added = builder.AddTrueTypeFont(font);
        var latin = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var page in pages)
        {
            var lines = page.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var pdfPage = builder.AddPage(PageSize.A4);
            var y = 800.0;
            var headingContinues = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (i == 0)
                {
                    Draw(pdfPage, line, 10, 250, y, added, latin);
                    y -= 30;
                    continue;
                }

                var heading = headingContinues || Regex.IsMatch(line, @"^\d+(\.\d+)* ");
                headingContinues = heading && line.StartsWith("5.7 ", StringComparison.Ordinal);
                Draw(pdfPage, line, heading ? 14 : 12, 72, y, added, latin);
                y -= 20;
            }
        }

        return builder.Build();
    }

    /// <summary>Draws a line in runs: ASCII in Helvetica (the CJK font has no Latin glyphs), the rest in the CJK font.</summary>
    private static void Draw(PdfPageBuilder page, string line, double size, double x, double y, PdfDocumentBuilder.AddedFont cjk, PdfDocumentBuilder.AddedFont latin)
    {
        var start = 0;
        while (start < line.Length)
        {
            var ascii = line[start] < 0x80;
            var end = start;
            while (end < line.Length && (line[end] < 0x80) == ascii)
            {
                end++;
            }

            var letters = page.AddText(line.Substring(start, end - start), size, new PdfPoint(x, y), ascii ? latin : cjk);
            if (letters.Count > 0)
            {
                x = letters[letters.Count - 1].EndBaseLine.X;
            }

            start = end;
        }
    }

    /// <summary>A PDF of English prose with numbered paragraphs that is not the framework.</summary>
    public static byte[] NotTheFrameworkPdf()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var line in new[] { "Quarterly maintenance report", "1 Summary", "The pumps were serviced in March.", "2 Costs", "2.1 Parts", "Filters and seals.", "(a) Filters", "(b) Seals" })
        {
            page.AddText(line, 12, new PdfPoint(72, y), font);
            y -= 20;
        }

        return builder.Build();
    }

    /// <summary>A long PDF: <paramref name="pages"/> pages of 20 lines each, the framework's section 3 headings on the first pages.</summary>
    public static byte[] LongPdf(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("- " + p + " - AI Safety Governance Framework", 10, new PdfPoint(200, 810), font);
            var y = 780.0;
            for (var l = 0; l < 20; l++)
            {
                var text = p == 1 && l == 0 ? "3 Classification of AI safety risks"
                    : p == 2 && l == 0 ? "3.1 AI's inherent safety risks"
                    : Sentences[(p * 7 + l) % Sentences.Length];
                page.AddText(text, 11, new PdfPoint(60, y), font);
                y -= 18;
            }
        }

        return builder.Build();
    }

    /// <summary>Body lines of the long PDF: varied, so that no line sits at the same place on many pages (as a running header does).</summary>
    private static readonly string[] Sentences =
    {
        "A line of test body text, which is not the framework's text.",
        "Another line of filler for the long document used by the tests.",
        "The reader keeps only the lines of each page, never its letters.",
        "Pages are read one at a time and then let go.",
        "This sentence is here to fill a page of the long fixture.",
        "Nothing on these pages is taken from the official text.",
        "Each page also carries a running header with its page number.",
        "The check must finish in seconds, whatever the number of pages.",
        "Lines of different lengths make the text block look real.",
        "A last filler line closes the cycle of sentences.",
        "One more line so that the cycle is not a divisor of forty.",
    };

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "aigov-source-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
