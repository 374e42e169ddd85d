using System.Text.Json;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>The catalogue commands, run in-process: output and exit code.</summary>
public sealed class CatalogCommandTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Editions_lists_every_edition_with_its_release_and_counts()
    {
        var run = Cli.Run("editions");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("1.0      2024-09-09").And.Contain("2.0      2025-09-15").And.Contain("3.0      2026-09-14");
        run.Output.Should().Contain("人工智能安全治理框架").And.Contain("Catalogue data " + Catalog.DataVersion);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Editions_as_json()
    {
        var run = Cli.Run("editions", "--json");

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("editions").EnumerateArray().Select(e => (e.GetProperty("edition").GetString(), e.GetProperty("risks").GetInt32()))
            .Should().Equal(("1.0", 26), ("2.0", 30), ("3.0", 54));
    }

    [Fact]
    public void List_filters_by_edition_and_category()
    {
        var run = Cli.Run("list", "--edition", "1.0", "--category", "3.1");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("1.0:3.1.1.a").And.Contain("1.0:3.1.3.c").And.NotContain("1.0:3.2.1.a");
        run.Output.Should().EndWith("13 risk(s).\n");
    }

    [Fact]
    public void List_filters_by_stage_actor_and_status_like_the_query_api()
    {
        var run = Cli.Run("list", "--edition", "2.0", "--stage", "deployment", "--actor", "deployer", "--json");

        run.Exit.Should().Be(0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())
            .Should().Equal(Catalog.Risks(Edition.V2_0).At(LifecycleStage.Deployment).For(Actor.Deployer).ToIds());

        var partial = Cli.Run("list", "--status", "partial", "--edition", "1.0");
        partial.Output.Should().EndWith(Catalog.Edition(Edition.V1_0).Risks.Count(r => r.Provenance.Status == ProvenanceStatus.Partial) + " risk(s).\n");
    }

    [Fact]
    public void List_measures_and_guidelines()
    {
        Cli.Run("list", "--kind", "measure", "--edition", "1.0").Output.Should().EndWith(Catalog.Edition(Edition.V1_0).Measures.Length + " measure(s).\n");
        Cli.Run("list", "--kind", "guideline", "--edition", "1.0", "--actor", "service-provider").Output
            .Should().EndWith(Catalog.Guidelines(Edition.V1_0).For(Actor.ServiceProvider).Count + " guideline item(s).\n");
    }

    [Theory]
    [InlineData("--stage", "launch", "unknown stage 'launch': the stages are")]
    [InlineData("--actor", "ceo", "unknown actor 'ceo': the actors are")]
    [InlineData("--category", "9.9", "no risk category or sub-category '9.9'")]
    [InlineData("--edition", "4.0", "unknown edition 4.0: the catalogue has 1.0, 2.0, 3.0.")]
    [InlineData("--status", "maybe", "unknown status 'maybe'")]
    public void List_explains_an_unknown_value_with_exit_code_2(string option, string value, string message)
    {
        var run = Cli.Run("list", option, value);

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("aigov: ").And.Contain(message).And.NotContain("   at ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Show_prints_a_risk_with_its_measures_and_its_counterpart_in_2_0()
    {
        var run = Cli.Run("show", "1.0:3.1.1(a)");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("1.0:3.1.1.a  risk  [3.1.1(a)]\n");
        run.Output.Should().Contain("  Title (zh): 可解释性差的风险\n").And.Contain("  Title (en): Risks of explainability\n");
        run.Output.Should().Contain("Addressed by:").And.Contain("1.0:4.1.1.a");
        run.Output.Should().Contain("In a later edition:").And.Contain("2.0:3.1.1.a").And.Contain("(our translation) — unchanged");
    }

    [Fact]
    public void Show_follows_the_language_option()
    {
        var zh = Cli.Run("show", "1.0:explainability", "--lang", "zh").Output;
        var en = Cli.Run("show", "1.0:explainability", "--lang", "en").Output;

        zh.Should().Contain("Title (zh)").And.NotContain("Title (en)");
        en.Should().Contain("Title (en)").And.NotContain("Title (zh)").And.NotContain("模型算法安全风险");
    }

    [Fact]
    public void Show_as_json_has_the_lineage_both_ways()
    {
        var run = Cli.Run("show", "2.0:3.1.1.e", "--json");

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("id").GetString().Should().Be("2.0:3.1.1.e");
        json.RootElement.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .Should().BeEquivalentTo("1.0:3.1.1.d", "1.0:3.1.1.f");
    }

    [Theory]
    [InlineData("1.0:3.1.9.z", "no element has the ID '1.0:3.1.9.z'")]
    [InlineData("9.0:3.1.1.a", "unknown edition 9.0 in '9.0:3.1.1.a'")]
    [InlineData("3.1.1.a", "'3.1.1.a' is in several editions; name one: 1.0:3.1.1.a or 2.0:3.1.1.a.")]
    public void Show_explains_an_unknown_id_without_a_stack_trace(string id, string message)
    {
        var run = Cli.Run("show", id);

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Contain(message).And.NotContain("Exception").And.NotContain("   at ");
    }

    [Fact]
    public void Show_takes_an_id_without_edition_when_only_one_edition_has_it()
    {
        var run = Cli.Run("show", "employment-shock");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("2.0:employment-shock  risk  [3.3.1(?1)]");
    }

    [Fact]
    public void Search_finds_chinese_and_english_text()
    {
        var zh = Cli.Run("search", "信息茧房");
        var en = Cli.Run("search", "information cocoon", "--edition", "1.0", "--json");

        zh.Exit.Should().Be(0, zh.ToString());
        zh.Output.Should().Contain("1.0:3.2.3.a").And.Contain("2.0:3.2.4.a").And.Contain("3.0:intensifying-information-cocoons").And.EndWith("3 match(es) for \"信息茧房\".\n");
        using var json = JsonDocument.Parse(en.Output);
        json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Contain("1.0:3.2.3.a").And.OnlyContain(id => id!.StartsWith("1.0:", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_with_no_match_is_not_an_error()
    {
        var run = Cli.Run("search", "blockchain");

        run.Exit.Should().Be(0);
        run.Output.Should().Be("0 match(es) for \"blockchain\".\n");
    }

    [Theory]
    [InlineData(new string[0], "md")]
    [InlineData(new[] { "--format", "json" }, "json")]
    [InlineData(new[] { "--json" }, "json")]
    [InlineData(new[] { "--format", "csv" }, "csv")]
    public void Diff_prints_the_librarys_rendering(string[] options, string format)
    {
        var run = Cli.Run(new[] { "diff", "1.0", "2.0" }.Concat(options).ToArray());

        var diff = Catalog.Diff(Edition.V1_0, Edition.V2_0);
        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Be(format switch { "json" => diff.ToJson(), "csv" => diff.ToCsv(), _ => diff.ToMarkdown() });
    }

    [Fact]
    public void Diff_writes_a_file_with_out()
    {
        var folder = Cli.TempDirectory();
        var file = Path.Combine(folder, "sub", "diff.md");

        var run = Cli.Run("diff", "2.0", "1.0", "--out", file);

        run.Exit.Should().Be(0, run.ToString());
        File.ReadAllText(file).Should().Be(Catalog.Diff(Edition.V2_0, Edition.V1_0).ToMarkdown());
        run.Output.Should().StartWith("Wrote the diff 2.0 → 1.0 (");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Diff_with_an_unknown_edition_or_format_is_a_usage_error()
    {
        Cli.Run("diff", "1.0", "4.0").Should().Match<CliRun>(r => r.Exit == 2 && r.Error.Contains("unknown edition 4.0"));
        Cli.Run("diff", "1.0", "2.0", "--format", "pdf").Should().Match<CliRun>(r => r.Exit == 2 && r.Error.Contains("pdf"));
        Cli.Run("diff", "1.0").Should().Match<CliRun>(r => r.Exit == 2 && r.Error.Contains("--help"));
    }

    [Fact]
    public void Matrix_prints_stage_by_category_counts()
    {
        var run = Cli.Run("matrix", "--edition", "1.0", "--lang", "en");

        run.Exit.Should().Be(0, run.ToString());
        var matrix = Catalog.StageMatrix(Edition.V1_0);
        var training = matrix.Row(LifecycleStage.Training);
        run.Output.Should().StartWith("Edition 1.0: risks by lifecycle stage × risk category\n");
        run.Output.Should().MatchRegex(@"↳ Training\s+" + training.Cells[0].Count + @"\s+" + (training.Cells[1].Count == 0 ? "·" : training.Cells[1].Count.ToString()) + @"\s+" + training.Total + "\n");
    }

    [Fact]
    public void Matrix_in_markdown_csv_and_json_uses_the_librarys_matrix()
    {
        Cli.Run("matrix", "--edition", "2.0", "--format", "md").Output.Should().Be(Catalog.StageMatrix(Edition.V2_0).ToMarkdown());
        Cli.Run("matrix", "--edition", "2.0", "--axis", "area", "--format", "csv").Output.Should().Be(Catalog.StageMatrix(Edition.V2_0, StageMatrixAxis.Area).ToCsv());
        using var json = JsonDocument.Parse(Cli.Run("matrix", "--json").Output);
        json.RootElement.GetProperty("matrices").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Coverage_lists_what_the_data_lacks()
    {
        var run = Cli.Run("coverage", "--edition", "2.0");

        var coverage = Catalog.Coverage(Edition.V2_0);
        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("Edition 2.0: data " + coverage.Completeness.ToString().ToLowerInvariant() + ", " + coverage.Total + " elements, " + coverage.Gaps.Length + " gaps\n");
        run.Output.Should().Contain("title.zh").And.Contain("unknown");
        var md = Cli.Run("coverage", "--edition", "1.0", "--format", "md").Output;
        md.Should().StartWith(Catalog.Coverage(Edition.V1_0).ToMarkdown());
        md.Should().Contain("## Related instruments: facts unknown or in conflict").And.Contain("| `tc260-003` | issued | conflict: 2024-02-29 / 2024-03-01");
        run.Output.Should().Contain("Related instruments: ").And.Contain("facts unknown or in conflict");
        using var json = JsonDocument.Parse(Cli.Run("coverage", "--json").Output);
        json.RootElement.GetProperty("editions")[1].GetProperty("gaps").GetArrayLength().Should().Be(coverage.Gaps.Length);
    }

    [Theory]
    [InlineData("json", null, "aigov-catalog.json")]
    [InlineData("csv", null, "aisgf-risks.csv|aisgf-measures.csv|aisgf-mappings.csv|aisgf-instruments.csv|aisgf-instrument-links.csv|aisgf-crosswalk-mappings.csv")]
    [InlineData("csv", "2.0", "aisgf-2.0-risks.csv|aisgf-2.0-measures.csv|aisgf-2.0-mappings.csv|aisgf-2.0-instruments.csv|aisgf-2.0-instrument-links.csv|aisgf-2.0-crosswalk-mappings.csv")]
    [InlineData("md", null, "aisgf-1.0.md|aisgf-2.0.md|aisgf-3.0.md")]
    [InlineData("oscal", "1.0", "aisgf-1.0.oscal.json")]
    public void Export_writes_the_package_exports(string format, string? edition, string files)
    {
        var folder = Cli.TempDirectory();
        var args = new List<string> { "export", "--format", format, "--out", folder };
        if (edition is not null)
        {
            args.AddRange(new[] { "--edition", edition });
        }

        var run = Cli.Run(args.ToArray());

        run.Exit.Should().Be(0, run.ToString());
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(files.Split('|'));
        var catalog = GovernanceCatalog.Default;
        var expected = format switch
        {
            "md" => catalog.ToMarkdown(Edition.V1_0),
            "oscal" => catalog.ToOscalJson(Edition.V1_0),
            "csv" => catalog.ToCsv(CatalogCsvTable.Risks, edition is null ? null : Edition.Parse(edition)),
            _ => null,
        };
        if (expected is not null)
        {
            File.ReadAllText(Path.Combine(folder, files.Split('|')[0])).Should().Be(expected);
        }
        else
        {
            using var stream = File.OpenRead(Path.Combine(folder, "aigov-catalog.json"));
            GovernanceCatalog.Load(stream).DataVersion.Should().Be(catalog.DataVersion);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1.0")]
    public void Export_sssom_writes_each_mapping_set_as_tsv_and_json(string? edition)
    {
        var folder = Cli.TempDirectory();
        var catalog = GovernanceCatalog.Default;
        var sets = catalog.MappingSets.Where(s => edition is null || s.Edition == Edition.Parse(edition)).ToList();
        var args = new List<string> { "export", "--format", "sssom", "--out", folder };
        if (edition is not null)
        {
            args.AddRange(new[] { "--edition", edition });
        }

        var run = Cli.Run(args.ToArray());

        run.Exit.Should().Be(0, run.ToString());
        sets.Should().NotBeEmpty();
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(sets.SelectMany(s => new[] { s.Id + ".sssom.tsv", s.Id + ".sssom.json" }));
        foreach (var set in sets)
        {
            File.ReadAllText(Path.Combine(folder, set.Id + ".sssom.tsv")).Should().Be(catalog.ToSssomTsv(set));
            File.ReadAllText(Path.Combine(folder, set.Id + ".sssom.json")).Should().Be(catalog.ToSssomJson(set));
        }

        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2 * sets.Count).And.OnlyContain(l => l.StartsWith("Wrote ", StringComparison.Ordinal));
        Cli.Run(args.ToArray()).Should().Match<CliRun>(r => r.Exit != 0 && r.Error.Contains("use --force"), because: "existing files are not overwritten");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Export_writes_what_an_exporter_gives()
    {
        var folder = Cli.TempDirectory();
        var exporters = new Dictionary<string, Export.ICatalogExporter> { ["md"] = new FakeExporter() };

        var run = Cli.Run(exporters, "export", "--format", "md", "--edition", "1.0", "--out", folder);

        run.Exit.Should().Be(0, run.ToString());
        File.ReadAllText(Path.Combine(folder, "aisgf-1.0.md")).Should().Be("# 1.0\n");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Export_needs_a_known_format()
    {
        Cli.Run("export").Should().Match<CliRun>(r => r.Exit == 2 && r.Error.Contains("--format"));
        Cli.Run("export", "--format", "pdf").Should().Match<CliRun>(r => r.Exit == 2 && r.Error.Contains("pdf"));
    }

    private sealed class FakeExporter : Export.ICatalogExporter
    {
        public string Format => "md";

        public IReadOnlyList<Export.ExportedFile> Export(GovernanceCatalog catalog, Edition? edition) =>
            new[] { new Export.ExportedFile("aisgf-" + edition + ".md", "# " + edition + "\n") };
    }
}
