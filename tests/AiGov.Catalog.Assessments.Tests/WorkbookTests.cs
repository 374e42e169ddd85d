using System.IO.Compression;
using System.Text;
using AiGov.Catalog.Assessments.Workbooks;
using AiGov.Catalog.Assessments.Workbooks.Writing;
using CsCheck;
using ExcelDataReader;

namespace AiGov.Catalog.Assessments.Tests;

public sealed class WorkbookTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;
    private static readonly DateOnly Day = new(2026, 12, 1);

    static WorkbookTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads a workbook with ExcelDataReader, a reader independent of the writer's library.</summary>
    private static List<(string Name, List<object?[]> Rows)> Independent(byte[] bytes)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new List<(string Name, List<object?[]> Rows)>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets.Add((reader.Name, rows));
        }
        while (reader.NextResult());
        return sheets;
    }

    private static List<object?[]> Sheet(List<(string Name, List<object?[]> Rows)> data, string name) => data.Single(t => t.Name == name).Rows;

    private static string Cell(List<object?[]> table, int row, int column) => column < table[row].Length && table[row][column] is string s ? s : string.Empty;

    [Fact]
    public void The_template_workbook_has_the_sheets_rows_and_chinese_text_an_independent_reader_sees()
    {
        var template = AssessmentTemplate.Create(Catalog, Edition.V2_0, Day, Catalog.Actors.First(a => a.Key == "service-provider"));

        var data = Independent(AssessmentWorkbooks.Template(template, Catalog));

        data.Select(t => t.Name).Should().Equal("Instructions", "Assessment", "Risks", "Measures", "Catalogue risks", "Catalogue measures");
        var risks = Sheet(data, "Risks");
        Cell(risks, 0, 0).Should().Be("Risk");
        Cell(risks, 0, 2).Should().Be("Status");
        Enumerable.Range(1, template.Entries.Length).Select(r => Cell(risks, r, 0)).Should().Equal(template.Entries.Select(e => e.RiskId));
        Enumerable.Range(1, template.Entries.Length).Select(r => Cell(risks, r, 2)).Should().OnlyContain(s => s == "unassessed");
        var measures = Sheet(data, "Measures");
        Enumerable.Range(1, measures.Count - 1).Count(r => Cell(measures, r, 1).Length > 0).Should().Be(template.Entries.Sum(e => e.Measures.Length));
        var zh = Catalog.Edition(Edition.V2_0).Info.Title.Zh.Text!;
        zh.Should().MatchRegex("\\p{IsCJKUnifiedIdeographs}");
        Sheet(data, "Instructions").SelectMany(r => r).OfType<string>().Should().Contain(s => s.Contains(zh, StringComparison.Ordinal));
        Sheet(data, "Catalogue risks").Count.Should().Be(Catalog.Edition(Edition.V2_0).Risks.Length + 1);
    }

    [Fact]
    public void The_risks_sheet_has_a_frozen_header_dropdowns_and_fitted_widths()
    {
        var bytes = AssessmentWorkbooks.Template(AssessmentTemplate.Create(Catalog, Edition.V1_0, Day), Catalog);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet3.xml")!.Open());
        var xml = reader.ReadToEnd();

        foreach (var expected in new[] { "state=\"frozen\"", "ySplit=\"1\"", "type=\"list\"", "sqref=\"C2:C" })
        {
            xml.Contains(expected, StringComparison.Ordinal).Should().BeTrue(expected);
        }

        xml.Contains("<x:formula1>\"addressed,partially-addressed,not-addressed,not-applicable,needs-review,unassessed\"</x:formula1>", StringComparison.Ordinal).Should().BeTrue();
        var widths = System.Text.RegularExpressions.Regex.Matches(xml, "width=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        widths.Should().HaveCount(11);
        widths[2].Should().BeGreaterThanOrEqualTo("partially-addressed".Length);
        widths.Distinct().Count().Should().BeGreaterThan(3);
    }

    [Fact]
    public void Writing_the_same_assessment_twice_gives_the_same_bytes()
    {
        var template = AssessmentTemplate.Create(Catalog, Edition.V2_0, Day);

        var first = AssessmentWorkbooks.Write(template, Catalog);
        var second = AssessmentWorkbooks.Write(AssessmentTemplate.Create(Catalog, Edition.V2_0, Day), Catalog);

        second.Should().Equal(first);
        using var zip = new ZipArchive(new MemoryStream(first));
        zip.Entries.Should().OnlyContain(e => e.LastWriteTime.Year == 1980);
        zip.Entries[0].FullName.Should().Be("[Content_Types].xml");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public void A_template_workbook_validates_cleanly(string edition)
    {
        var template = AssessmentTemplate.Create(Catalog, Edition.Parse(edition), Day);

        var result = AssessmentWorkbooks.Read(AssessmentWorkbooks.Template(template, Catalog), "t.xlsx", Catalog);

        result.Problems.Should().BeEmpty();
        AssessmentWriter.ToYaml(result.Assessment!).Should().Be(AssessmentWriter.ToYaml(template));
    }

    [Fact]
    public void The_example_read_back_from_a_workbook_gives_the_same_report_as_its_yaml()
    {
        var yaml = TestFiles.LoadSample();
        var migrated = AssessmentMigrator.Migrate(yaml, Edition.V2_0).Migrated;

        foreach (var assessment in new[] { yaml, migrated })
        {
            var back = AssessmentWorkbooks.Read(AssessmentWorkbooks.Write(assessment, Catalog), "x.xlsx", Catalog);

            back.Errors.Should().BeEmpty();
            AssessmentWriter.ToYaml(back.Assessment!).Should().Be(AssessmentWriter.ToYaml(assessment));
            AssessmentReport.Create(back.Assessment!).ToMarkdown().Should().Be(AssessmentReport.Create(assessment).ToMarkdown());
        }
    }

    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.Const("Security engineering"), Gen.Const("数据保护官"), Gen.Const("ML \"platform\" team: #1"), Gen.Const("a, b; c"), Gen.Const("Multi\nline notes"),
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz 0123456789-:#'\"安全治理"], 1, 20].Select(s => s.Trim()).Where(s => s.Length > 0 && !s.Contains('\n')));

    private static readonly Gen<string> Link = Gen.OneOf(Gen.Const("https://intranet.example.com/evidence/1"), Gen.Const("Policy DOC-7"), Gen.Const("file:///share/report.pdf"));

    private static Gen<AssessmentEntry> EntryOf(Risk risk) =>
        from status in Gen.Enum<AssessmentStatus>().Where(s => s != AssessmentStatus.NeedsReview)
        from owner in Words
        from controls in Words.Where(w => !w.Contains('\n')).List[0, 3]
        from evidence in Link.List[0, 2]
        from notes in Words
        from states in Gen.Int[0, 5].Select(i => i == 5 ? (MeasureState?)null : (MeasureState)i).Array[risk.Measures.Length]
        from measureNotes in Words.Array[risk.Measures.Length]
        select new AssessmentEntry(
            risk.Id,
            status,
            owner,
            controls.Distinct(),
            evidence.Distinct(),
            notes,
            measures: risk.Measures.Select((m, i) => new MeasureAnswer(m.Id, states[i], i % 2 == 0 ? new[] { "https://intranet.example.com/m/" + i } : null, measureNotes[i])));

    private static Gen<List<AssessmentEntry>> Entries(List<Risk> risks)
    {
        var gen = Gen.Const(() => new List<AssessmentEntry>());
        foreach (var risk in risks)
        {
            var previous = gen;
            gen = from list in previous from entry in EntryOf(risk) select new List<AssessmentEntry>(list) { entry };
        }

        return gen;
    }

    [Fact]
    public void Yaml_to_xlsx_to_yaml_keeps_every_field()
    {
        var risks = Catalog.Edition(Edition.V2_0).Risks;
        var gen =
            from picks in Gen.Int[0, risks.Length - 1].List[1, 8]
            from entries in Entries(picks.Distinct().Select(i => risks[i]).ToList())
            from scope in Words
            select new Assessment(Edition.V2_0, "Org 组织", Day, entries, scope, "Notes: 2026");

        gen.Sample(
            assessment =>
            {
                var yaml = AssessmentWriter.ToYaml(assessment);
                var fromYaml = AssessmentReader.Parse(yaml, "g.yaml", AssessmentFileFormat.Yaml);
                fromYaml.Errors.Should().BeEmpty(yaml);
                var fromWorkbook = AssessmentWorkbooks.Read(AssessmentWorkbooks.Write(fromYaml.Assessment!, Catalog), "g.xlsx", Catalog);
                fromWorkbook.Errors.Should().BeEmpty();
                AssessmentWriter.ToYaml(fromWorkbook.Assessment!).Should().Be(yaml);
            },
            iter: 40);
    }

    [Fact]
    public void Problems_in_a_workbook_are_located_by_sheet_and_cell()
    {
        var template = AssessmentTemplate.Create(Catalog, Edition.V1_0, Day);
        var entries = template.Entries.ToList();
        var risk = (Risk)Catalog.Find(entries[5].RiskId);
        entries[5] = new AssessmentEntry(risk.Id, AssessmentStatus.Addressed, measures: entries[5].Measures);
        var bytes = AssessmentWorkbooks.Write(new Assessment(template.Edition, template.Organisation, template.Assessed, entries), Catalog);

        var result = AssessmentWorkbooks.Read(bytes, "w.xlsx", Catalog);

        var error = result.Errors.Should().ContainSingle().Which;
        error.Location.Sheet.Should().Be("Risks");
        error.Location.Cell.Should().Be("A7");
        error.Path.Should().Be("entries[6].owner");
        error.ToString().Should().StartWith("w.xlsx(Risks!A7): error AIGOV102");
    }

    [Fact]
    public void The_workbook_saved_by_libreoffice_after_editing_reads_with_its_one_mistake_located()
    {
        var result = AssessmentWorkbooks.Read(TestFiles.Fixture("libreoffice-edited-2.0.xlsx"), Catalog);

        var error = result.Problems.Should().ContainSingle().Which;
        error.Severity.Should().Be(ProblemSeverity.Error);
        error.Code.Should().Be(AssessmentProblemCode.UnknownValue);
        error.Location.Sheet.Should().Be("Risks");
        error.Location.Cell.Should().Be("C5");
        error.Message.Should().StartWith("'done' is not a status");

        // LibreOffice rewrote the package (shared strings, its own styles): an independent reader sees the edits.
        var data = Independent(File.ReadAllBytes(TestFiles.Fixture("libreoffice-edited-2.0.xlsx")));
        var risks = Sheet(data, "Risks");
        Cell(risks, 0, 11).Should().Be("Reviewer");
        Cell(risks, 1, 3).Should().Be("ML Platform team ");
        using var zip = new ZipArchive(File.OpenRead(TestFiles.Fixture("libreoffice-edited-2.0.xlsx")));
        zip.GetEntry("xl/sharedStrings.xml").Should().NotBeNull();
    }

    [Fact]
    public void The_libreoffice_workbook_once_corrected_reads_trimmed_with_the_extra_column_ignored()
    {
        var bytes = File.ReadAllBytes(TestFiles.Fixture("libreoffice-edited-2.0.xlsx"));
        var corrected = ReplaceSharedString(bytes, "done", "addressed");

        var result = AssessmentWorkbooks.Read(corrected, "fixed.xlsx", Catalog);

        result.Errors.Should().BeEmpty();
        var a = result.Assessment!;
        a.Organisation.Should().Be("Example Assistants Ltd. (fictional)");
        a.Entries[0].Status.Should().Be(AssessmentStatus.Addressed);
        a.Entries[0].Owner.Should().Be("ML Platform team");
        a.Entries[0].Controls.Should().Equal("Model cards for every release", "Answer citations");
        a.Entries[2].Status.Should().Be(AssessmentStatus.NotApplicable);
        a.Entries[3].Status.Should().Be(AssessmentStatus.Addressed);
        var states = a.Entries.SelectMany(e => e.Measures).Select(m => m.State).ToList();
        states.Take(3).Should().Equal(MeasureState.Implemented, MeasureState.Planned, MeasureState.NotImplemented);
        result.Warnings.Should().BeEmpty();
    }

    private static byte[] ReplaceSharedString(byte[] workbook, string from, string to)
    {
        var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(workbook)))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var s = new StreamReader(entry.Open());
                var text = s.ReadToEnd();
                if (entry.FullName == "xl/sharedStrings.xml")
                {
                    text = text.Replace("<t xml:space=\"preserve\">" + from + "</t>", "<t xml:space=\"preserve\">" + to + "</t>", StringComparison.Ordinal)
                        .Replace("<t>" + from + "</t>", "<t>" + to + "</t>", StringComparison.Ordinal);
                }

                using var w = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                w.Write(text);
            }
        }

        return output.ToArray();
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "big", "larger than 16 MiB" },
        { "xls", "old binary Excel file (.xls)" },
        { "encrypted", "password-protected" },
        { "csv", "text file (CSV or similar)" },
        { "corrupt", "corrupt" },
        { "bomb", "zip bomb" },
        { "rows", "more than 10000 rows" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_gives_one_clear_message_naming_the_file(string kind, string expected)
    {
        var bytes = kind switch
        {
            "big" => new byte[(16 * 1024 * 1024) + 1],
            "xls" => Ole(Array.Empty<byte>()),
            "encrypted" => Ole(Encoding.Unicode.GetBytes("EncryptionInfo")),
            "csv" => Encoding.UTF8.GetBytes("Risk,Status\n1.0:3.1.1.a,addressed\n"),
            "corrupt" => Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip"),
            "bomb" => Bomb(),
            _ => ManyRows(),
        };

        var result = AssessmentWorkbooks.Read(bytes, "bad.xlsx", Catalog);

        result.Assessment.Should().BeNull();
        var problem = result.Problems.Should().ContainSingle().Which;
        problem.Message.Should().Contain(expected);
        problem.ToString().Should().StartWith("bad.xlsx(");
    }

    private static byte[] Ole(byte[] tail)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        tail.CopyTo(bytes, 1024);
        return bytes;
    }

    private static byte[] Bomb()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                s.Write(zeros);
            }
        }

        return output.ToArray();
    }

    private static byte[] ManyRows()
    {
        var sheet = new SheetSpec("Risks", new[] { new ColumnSpec("Risk"), new ColumnSpec("Status") });
        for (var i = 0; i < 10_001; i++)
        {
            sheet.Rows.Add(new[] { "1.0:3.1.1.a", "addressed" });
        }

        return WorkbookBuilder.Build(new[] { new SheetSpec("Assessment", new[] { new ColumnSpec("Field"), new ColumnSpec("Value") }), sheet });
    }

    [Fact]
    public void The_catalogue_workbook_has_every_edition_the_lineage_and_the_sources_and_is_deterministic()
    {
        var bytes = CatalogWorkbook.Write(Catalog);

        CatalogWorkbook.Write(Catalog).Should().Equal(bytes);
        var data = Independent(bytes);
        var expected = new List<string> { "About" };
        foreach (var edition in Catalog.Editions)
        {
            expected.AddRange(new[] { "risks", "measures", "mappings", "guidelines" }.Select(k => edition.Edition + " " + k));
            Sheet(data, edition.Edition + " risks").Skip(1).Select(r => (string)r[0]!).Should().Equal(edition.Risks.Select(r => r.Id));
            Sheet(data, edition.Edition + " measures").Count.Should().Be(edition.Measures.Length + 1);
            Sheet(data, edition.Edition + " guidelines").Count.Should().Be(edition.GuidelineItems.Length + 1);
            Sheet(data, edition.Edition + " mappings").Count.Should().Be(edition.Elements.Sum(e => e.Stages.Length + e.Actors.Length) + 1);
        }

        expected.AddRange(new[] { "Lineage", "Sources" });
        data.Select(t => t.Name).Should().Equal(expected);
        Sheet(data, "Lineage").Count.Should().Be(Catalog.Lineages.Sum(l => l.Links.Length) + 1);
        Sheet(data, "Sources").Skip(1).Select(r => (string)r[0]!).Should().Equal(Catalog.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Neither_core_package_depends_on_open_xml()
    {
        foreach (var assembly in new[] { typeof(GovernanceCatalog).Assembly, typeof(Assessment).Assembly })
        {
            assembly.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(n => n!.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal), assembly.GetName().Name);
        }

        typeof(AssessmentWorkbooks).Assembly.GetReferencedAssemblies().Select(a => a.Name).Should().Contain("DocumentFormat.OpenXml");
    }
}
