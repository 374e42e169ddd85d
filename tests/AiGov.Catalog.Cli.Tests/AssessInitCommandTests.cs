using System.Text.Json;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Assessments.Workbooks;

namespace AiGov.Catalog.Cli.Tests;

/// <summary><c>aigov assess init|upgrade</c> and assessments as workbooks, run in-process.</summary>
public sealed class AssessInitCommandTests
{
    [Theory]
    [InlineData("t.yaml")]
    [InlineData("t.json")]
    [InlineData("t.xlsx")]
    public void Init_writes_a_template_that_validates(string name)
    {
        var folder = Cli.TempDirectory();
        var path = Path.Combine(folder, name);

        var init = Cli.Run("assess", "init", "--edition", "2.0", "--actor", "service-provider", "--assessed", "2026-12-01", "--out", path);
        var validate = Cli.Run("assess", "validate", path);

        init.Exit.Should().Be(0, init.ToString());
        var expected = GovernanceCatalog.Default.Risks(Edition.V2_0).For(GovernanceCatalog.Default.Actors.First(a => a.Key == "service-provider")).Count;
        init.Output.Should().StartWith("Wrote " + path + " (" + Path.GetExtension(name).TrimStart('.') + "): " + expected + " risks of edition 2.0, ");
        validate.Exit.Should().Be(0, validate.ToString());
        validate.Output.Should().Be(path + ": valid — Your organisation, edition 2.0, " + expected + " entries.\n");
    }

    [Fact]
    public void Init_refuses_an_existing_file_without_force()
    {
        var path = Path.Combine(Cli.TempDirectory(), "t.yaml");
        File.WriteAllText(path, "keep me");

        var refused = Cli.Run("assess", "init", "--edition", "1.0", "--out", path);

        refused.Exit.Should().Be(2);
        refused.Error.Should().Be("aigov: " + path + " exists: use --force to replace it.\n");
        File.ReadAllText(path).Should().Be("keep me");
        var forced = Cli.Run("assess", "init", "--edition", "1.0", "--out", path, "--force");
        forced.Exit.Should().Be(0, forced.ToString());
        File.ReadAllText(path).Should().Contain("format-version: 2");
    }

    [Fact]
    public void Upgrade_writes_version_2_and_refuses_its_input()
    {
        var path = Path.Combine(Cli.TempDirectory(), "up.yaml");

        var same = Cli.Run("assess", "upgrade", Cli.Sample, "--out", Cli.Sample);
        var run = Cli.Run("assess", "upgrade", Cli.Sample, "--out", path);

        same.Exit.Should().Be(2);
        run.Exit.Should().Be(0, run.ToString());
        var upgraded = AssessmentReader.Load(path);
        upgraded.FormatVersion.Should().Be(2);
        AssessmentWriter.ToYaml(upgraded).Should().Be(AssessmentWriter.ToYaml(AssessmentReader.Load(Cli.Sample)));
    }

    [Fact]
    public void A_workbook_problem_is_located_by_sheet_and_cell_in_text_and_json()
    {
        var folder = Cli.TempDirectory();
        var path = Path.Combine(folder, "w.xlsx");
        var template = AssessmentTemplate.Create(GovernanceCatalog.Default, Edition.V1_0, new DateOnly(2026, 12, 1));
        var entries = template.Entries.ToList();
        entries[2] = new AssessmentEntry(entries[2].RiskId, AssessmentStatus.NotApplicable);
        File.WriteAllBytes(path, AssessmentWorkbooks.Write(new Assessment(template.Edition, "Org", template.Assessed, entries)));

        var text = Cli.Run("assess", "validate", path);
        var json = Cli.Run("assess", "validate", path, "--json");

        text.Exit.Should().Be(1);
        text.Output.Should().StartWith(path + "(Risks!A4): error AIGOV102: entries[3].notes: the required field 'notes' is missing");
        using var doc = JsonDocument.Parse(json.Output);
        var problem = doc.RootElement.GetProperty("files")[0].GetProperty("problems")[0];
        (problem.GetProperty("sheet").GetString(), problem.GetProperty("cell").GetString()).Should().Be(("Risks", "A4"));
    }

    [Fact]
    public void Report_and_migrate_read_a_workbook_and_a_bad_file_writes_nothing()
    {
        var folder = Cli.TempDirectory();
        var workbook = Path.Combine(folder, "example.xlsx");
        File.WriteAllBytes(workbook, AssessmentWorkbooks.Write(AssessmentReader.Load(Cli.Sample)));
        var fake = Path.Combine(folder, "fake.xlsx");
        File.WriteAllText(fake, "Risk,Status\n1.0:3.1.1.a,addressed\n");

        var fromWorkbook = Cli.Run("assess", "report", workbook, "--format", "md");
        var fromYaml = Cli.Run("assess", "report", Cli.Sample, "--format", "md");
        var migrate = Cli.Run("assess", "migrate", workbook, "--to", "2.0", "--out", Path.Combine(folder, "migrated.xlsx"));
        var bad = Cli.Run("assess", "migrate", fake, "--to", "2.0", "--out", Path.Combine(folder, "never.yaml"));

        fromWorkbook.Exit.Should().Be(0, fromWorkbook.ToString());
        fromWorkbook.Output.Should().Be(fromYaml.Output);
        migrate.Exit.Should().Be(0, migrate.ToString());
        AssessmentWorkbooks.Read(Path.Combine(folder, "migrated.xlsx")).Assessment!.Edition.Should().Be(Edition.V2_0);
        bad.Exit.Should().Be(1);
        bad.Output.Should().StartWith(fake + "(1,1): error AIGOV101: this is a text file (CSV or similar) named like a workbook");
        File.Exists(Path.Combine(folder, "never.yaml")).Should().BeFalse();
    }

    [Fact]
    public void Export_writes_the_catalogue_as_a_workbook()
    {
        var folder = Cli.TempDirectory();

        var run = Cli.Run("export", "--format", "xlsx", "--out", folder);

        run.Exit.Should().Be(0, run.ToString());
        var bytes = File.ReadAllBytes(Path.Combine(folder, "aisgf.xlsx"));
        bytes.Should().Equal(CatalogWorkbook.Write(GovernanceCatalog.Default));
    }
}
