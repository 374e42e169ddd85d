using System.Text.Json;
using AiGov.Catalog.Assessments;

namespace AiGov.Catalog.Cli.Tests;

/// <summary><c>aigov assess validate|report|migrate</c>, run in-process: output and exit code.</summary>
public sealed class AssessCommandTests
{
    [Fact]
    public void Validate_accepts_the_sample()
    {
        var run = Cli.Run("assess", "validate", Cli.Sample);

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Be(Cli.Sample + ": valid — Example Assistants Ltd. (fictional), edition 1.0, 22 entries.\n");
    }

    [Fact]
    public void Validate_lists_every_problem_with_its_line_and_exits_with_1()
    {
        var run = Cli.Run("assess", "validate", Cli.ManyMistakes);

        run.Exit.Should().Be(1, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(20);
        lines[0].Should().Be(Cli.ManyMistakes + "(6,11): error AIGOV108: assessed: '2026-13-40' is not a date written yyyy-MM-dd, e.g. 2026-11-01");
        lines.Should().Contain(Cli.ManyMistakes + "(18,11): error AIGOV109: entries[4].risk: '2.0:3.1.1.b' is a risk of edition 2.0; this assessment is for edition 1.0");
        lines[^1].Should().Be(Cli.ManyMistakes + ": 19 error(s).");
    }

    [Fact]
    public void Validate_several_files_as_json()
    {
        var run = Cli.Run("assess", "validate", Cli.Sample, Cli.ManyMistakes, "--json");

        run.Exit.Should().Be(1);
        using var json = JsonDocument.Parse(run.Output);
        var files = json.RootElement.GetProperty("files");
        files[0].GetProperty("valid").GetBoolean().Should().BeTrue();
        files[1].GetProperty("errors").GetInt32().Should().Be(19);
        var first = files[1].GetProperty("problems")[0];
        (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("code").GetString()).Should().Be((6, 11, "AIGOV108"));
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var run = Cli.Run("assess", "validate", "no-such-file.yaml");

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Be("aigov: no such file: no-such-file.yaml\n");
    }

    [Fact]
    public void Report_prints_a_summary_table_by_default()
    {
        var run = Cli.Run("assess", "report", Cli.Sample, "--lang", "en");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith(
            "AI safety self-assessment: Example Assistants Ltd. (fictional)\n"
            + "Edition 1.0 · assessed 2026-11-01 · catalogue data " + GovernanceCatalog.Default.DataVersion + "\n"
            + "26 risks: 10 addressed, 7 partially, 2 not addressed, 3 n/a, 0 need review, 4 unassessed. Score 59%.\n");
        run.Output.Should().Contain("By risk category").And.Contain("AI's inherent safety risks").And.Contain("Gaps (13)");
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public void Report_writes_the_librarys_rendering(string format)
    {
        var folder = Cli.TempDirectory();
        var file = Path.Combine(folder, "report." + format);

        var run = Cli.Run("assess", "report", Cli.Sample, "--format", format, "--out", file);

        run.Exit.Should().Be(0, run.ToString());
        var report = AssessmentReport.Create(AssessmentReader.Load(Cli.Sample));
        File.ReadAllText(file).Should().Be(format switch { "md" => report.ToMarkdown(), "json" => report.ToJson(), _ => report.ToHtml() });
        run.Output.Should().Be("Wrote the " + format + " report of " + Cli.Sample + " to " + file + ": 26 risks, score 59%, 13 gaps.\n");
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("zh", true, false)]
    [InlineData("en", false, true)]
    [InlineData("both", true, true)]
    public void The_html_report_marks_the_title_languages_that_lang_chooses(string lang, bool chinese, bool english)
    {
        var run = Cli.Run("assess", "report", Cli.Sample, "--format", "html", "--lang", lang);

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("<html lang=\"en\">");
        run.Output.Contains("<span lang=\"zh-Hans\">可解释性差的风险</span>", StringComparison.Ordinal).Should().Be(chinese);
        run.Output.Contains("Risks of explainability", StringComparison.Ordinal).Should().Be(english);
    }

    [Fact]
    public void Report_on_a_broken_file_lists_the_problems_and_exits_with_1()
    {
        var run = Cli.Run("assess", "report", Cli.ManyMistakes, "--format", "html");

        run.Exit.Should().Be(1, run.ToString());
        run.Output.Should().Contain("(9,11): error AIGOV106").And.Contain("Fix the errors above");
        run.Output.Should().NotContain("<html");
    }

    [Fact]
    public void Migrate_prints_what_happened_to_each_entry_and_writes_the_migrated_file()
    {
        var folder = Cli.TempDirectory();
        var migrated = Path.Combine(folder, "example-2.0.yaml");
        var report = Path.Combine(folder, "migration.md");

        var run = Cli.Run("assess", "migrate", Cli.Sample, "--out", migrated, "--report", report);

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("Migrated Example Assistants Ltd. (fictional) from edition 1.0 to 2.0 (22 entries):\n");
        run.Output.Should().MatchRegex(@"kept\s+6\s").And.MatchRegex(@"moved\s+9\s").And.MatchRegex(@"needs review\s+6\s").And.MatchRegex(@"dropped\s+1\s");
        run.Output.Should().Contain("1.0:3.2.1.b  partially-addressed  needs review  split");
        run.Output.Should().Contain("Wrote the migrated assessment to " + migrated + ".");
        var expected = AssessmentMigrator.Migrate(AssessmentReader.Load(Cli.Sample), Edition.V2_0);
        File.ReadAllText(migrated).Should().Be(AssessmentWriter.ToYaml(expected.Migrated));
        File.ReadAllText(report).Should().Be(expected.ToMarkdown());

        var validate = Cli.Run("assess", "validate", migrated);
        validate.Exit.Should().Be(0, validate.ToString());
        validate.Output.Should().Contain("warning AIGOV111").And.EndWith("edition 2.0, 19 entries, 4 warning(s).\n");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Migrate_writes_json_when_asked()
    {
        var folder = Cli.TempDirectory();
        var migrated = Path.Combine(folder, "example-2.0.json");

        var run = Cli.Run("assess", "migrate", Cli.Sample, "--to", "2.0", "--out", migrated, "--json");

        run.Exit.Should().Be(0, run.ToString());
        using (var report = JsonDocument.Parse(run.Output))
        {
            report.RootElement.GetProperty("format").GetString().Should().Be("aigov-migration-report/1");
        }

        AssessmentReader.Read(migrated).IsValid.Should().BeTrue();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Migrate_refuses_to_go_backwards_or_past_the_newest_edition()
    {
        Cli.Run("assess", "migrate", Cli.Sample, "--to", "1.0").Should().Match<CliRun>(r => r.Exit == 2 && r.Error.Contains("not newer"));

        var folder = Cli.TempDirectory();
        var migrated = Path.Combine(folder, "m.yaml");
        Cli.Run("assess", "migrate", Cli.Sample, "--out", migrated).Exit.Should().Be(0);
        var migrated3 = Path.Combine(folder, "m3.yaml");
        Cli.Run("assess", "migrate", migrated, "--out", migrated3).Exit.Should().Be(0, "2.0 migrates on to 3.0");
        var again = Cli.Run("assess", "migrate", migrated3);
        again.Exit.Should().Be(2, again.ToString());
        again.Error.Should().Contain("the newest in the catalogue");
        Directory.Delete(folder, recursive: true);
    }
}
