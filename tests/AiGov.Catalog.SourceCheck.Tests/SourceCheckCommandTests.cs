using System.Diagnostics;
using System.Text.Json;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.SourceCheck.Tests;

/// <summary>
/// <c>aigov source check</c> on the fixtures, as a user runs it (80 columns): the mini-edition as text and as PDF, the
/// same report from both; the other formats; bad input of every kind, each a one-line exit-2 error naming the file.
/// </summary>
public sealed class SourceCheckCommandTests
{
    [Fact]
    public void The_mini_edition_text_gives_the_approved_report_and_exit_1_for_its_one_contradiction()
    {
        var run = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0");

        run.Exit.Should().Be(1, run.ToString());
        run.Error.Should().BeEmpty();
        Snapshot.Match(run.Output, "mini-1.0-zh.text", "txt");
    }

    [Fact]
    public void The_mini_edition_pdf_gives_the_same_findings_as_its_text()
    {
        var folder = Fixtures.TempDirectory();
        var pdf = Fixtures.Write(folder, "mini-1.0-zh.pdf", Fixtures.MiniEditionPdf());

        var fromPdf = Cli.Run(80, "source", "check", pdf, "--edition", "1.0", "--format", "json");
        var fromText = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--format", "json");

        fromPdf.Exit.Should().Be(1, fromPdf.ToString());
        Entries(fromPdf.Output, withLines: false).Should().Be(Entries(fromText.Output, withLines: false));
        using var json = JsonDocument.Parse(fromPdf.Output);
        json.RootElement.GetProperty("kind").GetString().Should().Be("pdf");
        json.RootElement.GetProperty("pagesWithPrintedNumber").GetInt32().Should().Be(4);
        json.RootElement.GetProperty("removedLines").GetInt32().Should().Be(4);
        Snapshot.Match(Cli.Run(80, "source", "check", pdf, "--edition", "1.0").Output.Replace(Sha(pdf), "<sha>"), "mini-1.0-zh.pdf", "txt");
    }

    [Fact]
    public void The_pdf_reading_removes_the_running_headers_joins_the_broken_heading_and_folds_the_radicals()
    {
        var report = SourceChecker.Check(SourceDocument.FromBytes("mini.pdf", Fixtures.MiniEditionPdf()), GovernanceCatalog.Default.Edition(Edition.V1_0));

        var raw = SourceDocument.FromBytes("mini.pdf", Fixtures.MiniEditionPdf());
        raw.Pages.Should().HaveCount(4);
        raw.Pages[0].Lines[0].Text.Should().Be("- 3 - \u2F08\u2F2F智能安全治理框架", "the text layer keeps the Kangxi radicals the font maps");
        report.RemovedLines.Should().Be(4);
        var joined = report.Entries.Single(e => e.Clause == "5.7");
        joined.Outcome.Should().Be(SourceCheckOutcome.Match);
        joined.Heading!.Title.Should().Be("建立人工智能安全风险威胁信息共享和应急处置机制");
        joined.Heading.Page.Should().Be("11");
        var acrossPage = report.Entries.Single(e => e.Clause == "3.1.1(d)");
        acrossPage.Heading!.Page.Should().Be("4", "3.1.1 starts on p. 3 and its item (d) is on p. 4");
        report.Entries.Single(e => e.Clause == "3.1.2(a)").Heading!.Title.Should().Be("违规收集使用数据风险", "⽤ (U+2F64) is read as 用");
    }

    [Fact]
    public void The_english_text_promotes_our_translations_and_proposes_the_printed_wording()
    {
        var run = Cli.Run(80, "source", "check", Fixtures.MiniEnText, "--edition", "1.0", "--language", "en");

        run.Exit.Should().Be(1, run.ToString());
        Snapshot.Match(run.Output, "mini-1.0-en.text", "txt");
    }

    [Fact]
    public void Markdown_and_json_reports_are_approved()
    {
        var md = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--format", "md");
        var json = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--json");

        md.Exit.Should().Be(1);
        json.Exit.Should().Be(1);
        Snapshot.Match(md.Output, "mini-1.0-zh", "md");
        Snapshot.Match(json.Output, "mini-1.0-zh", "json");
    }

    [Fact]
    public void A_pdf_that_is_not_the_framework_is_an_exit_2_error_naming_the_file()
    {
        var pdf = Fixtures.Write(Fixtures.TempDirectory(), "report.pdf", Fixtures.NotTheFrameworkPdf());

        var run = Cli.Run(80, "source", "check", pdf, "--edition", "1.0");

        run.Exit.Should().Be(2, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("aigov: " + pdf + ": not edition 1.0 of the framework, or not its English text: 2 headings have clause numbers of the edition but titles that differ from its verified ones, and not one title matches.\n");
    }

    [Fact]
    public void A_text_with_none_of_the_edition_s_clauses_is_an_exit_2_error()
    {
        var path = Path.Combine(Fixtures.TempDirectory(), "notes.txt");
        File.WriteAllText(path, "Shopping list\n(a) apples\n2024年 notes\n");

        var run = Cli.Run(80, "source", "check", path, "--edition", "2.0");

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Be("aigov: " + path + ": not edition 2.0 of the framework, or not its text: none of the edition's clause headings (1, 1.1, 1.2, …) was found.\n");
    }

    [Fact]
    public void An_encrypted_pdf_is_an_exit_2_error_naming_the_file()
    {
        var run = Cli.Run(80, "source", "check", Fixtures.Encrypted, "--edition", "1.0");

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Be("aigov: " + Fixtures.Encrypted + ": the PDF is encrypted and cannot be read without its password; give a decrypted copy (for example `qpdf --decrypt --password=… in.pdf out.pdf`) or its text (`pdftotext -layout`).\n");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public void A_damaged_pdf_is_an_exit_2_error_naming_the_file(string how)
    {
        var good = Fixtures.MiniEditionPdf();
        var bytes = how == "garbage"
            ? System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            : good.Take(good.Length / 3).ToArray();
        var pdf = Fixtures.Write(Fixtures.TempDirectory(), how + ".pdf", bytes);

        var run = Cli.Run(80, "source", "check", pdf, "--edition", "1.0");

        run.Exit.Should().Be(2, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("aigov: " + pdf + ": ").And.EndWith("\n");
        run.Error.Trim().Should().NotContain("\n", "one mistake, one line");
        run.Error.Should().NotContain("internal error");
    }

    [Theory]
    [InlineData("empty", "", ": the file is empty.")]
    [InlineData("binary", "\0\u0001\u0002ELF", ": neither a PDF (no %PDF- header) nor UTF-8 text.")]
    [InlineData("latin1", "3.1 caf\u00e9", ": not a PDF and not valid UTF-8 text (byte 7).")]
    public void A_file_that_is_neither_pdf_nor_text_is_an_exit_2_error(string name, string content, string message)
    {
        var path = Path.Combine(Fixtures.TempDirectory(), name + ".txt");
        File.WriteAllBytes(path, name == "latin1" ? System.Text.Encoding.Latin1.GetBytes(content) : System.Text.Encoding.UTF8.GetBytes(content));

        var run = Cli.Run(80, "source", "check", path, "--edition", "1.0");

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Be("aigov: " + path + message + "\n");
    }

    [Fact]
    public void A_missing_file_an_unknown_edition_and_a_missing_edition_are_usage_errors()
    {
        Cli.Run(80, "source", "check", "no-such.pdf", "--edition", "1.0").Error.Should().Be("aigov: no-such.pdf: no such file.\n");
        Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "9.0").Exit.Should().Be(2);
        var noEdition = Cli.Run(80, "source", "check", Fixtures.MiniZhText);
        noEdition.Exit.Should().Be(2);
        noEdition.Error.Should().Contain("--edition");
    }

    [Fact]
    public void A_300_page_pdf_is_read_in_bounded_time_and_memory()
    {
        var bytes = Fixtures.LongPdf(300);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();

        var document = SourceDocument.FromBytes("long.pdf", bytes);
        var report = SourceChecker.Check(document, GovernanceCatalog.Default.Edition(Edition.V1_0), "en");
        watch.Stop();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;

        document.Pages.Should().HaveCount(300);
        report.PagesWithPrintedNumber.Should().Be(300);
        report.RemovedLines.Should().Be(300);
        report.Entries.Single(e => e.Clause == "3").Heading!.Page.Should().Be("1");
        report.Entries.Single(e => e.Clause == "3.1").Heading!.Page.Should().Be("2");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "300 pages of 20 lines (about 240,000 letters)");
        held.Should().BeLessThan(64L * 1024 * 1024, "pages are read one at a time; only their lines are kept (held: " + held / 1024 + " KiB, " + bytes.Length / 1024 + " KiB file)");
        GC.KeepAlive(report);
    }

    internal static string Sha(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant().Substring(0, 12);

    /// <summary>The findings of a JSON report, one per line, without what depends on the file (lines, physical pages).</summary>
    private static string Entries(string json, bool withLines)
    {
        using var doc = JsonDocument.Parse(json);
        return string.Join("\n", doc.RootElement.GetProperty("entries").EnumerateArray().Select(e =>
            string.Join(" | ", e.EnumerateObject().Where(p => withLines || p.Name is not ("line" or "physicalPage")).Select(p => p.Name + "=" + p.Value.ToString()))));
    }
}
