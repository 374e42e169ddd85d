using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>Tables and text fit the terminal (issue #12, point 7): no line wider than the terminal, Chinese aligned, <c>--wide</c> for full rows.</summary>
public sealed class TerminalWidthTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    public static TheoryData<int, string> Commands()
    {
        var data = new TheoryData<int, string>();
        var commands = new[]
        {
            "editions", "list", "list --edition 2.0", "list --edition 1.0 --lang en", "list --lang zh", "list --kind measure",
            "list --kind guideline", "list --status verified", "search 信息茧房", "search AI", "search risk --lang en",
            "coverage", "coverage --edition 2.0", "matrix --edition 1.0", "matrix --edition 2.0 --axis area",
            "show 1.0:3.1.1.a", "show 2.0:3.1.1.f", "show 2.0:employment-shock", "show 1.0:4.1.1.a",
        };
        foreach (var width in new[] { 80, 120 })
        {
            foreach (var command in commands)
            {
                data.Add(width, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void No_line_is_wider_than_the_terminal(int width, string command)
    {
        var run = Cli.RunAt(width, command.Split(' '));

        run.Exit.Should().Be(0, run.ToString());
        TooWide(run.Output, width).Should().BeEmpty(because: "`aigov " + command + "` must fit " + width + " columns");
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Show_fits_the_terminal_for_every_element(int width)
    {
        foreach (var element in Catalog.Editions.SelectMany(e => e.Elements))
        {
            var run = Cli.RunAt(width, "show", element.Id);
            run.Exit.Should().Be(0, run.ToString());
            TooWide(run.Output, width).Should().BeEmpty(because: "`aigov show " + element.Id + "` must fit " + width + " columns");
        }
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void The_assessment_report_and_migration_fit_the_terminal(int width)
    {
        foreach (var args in new[] { new[] { "assess", "report", Cli.Sample }, new[] { "assess", "migrate", Cli.Sample, "--to", "2.0" } })
        {
            var run = Cli.RunAt(width, args);
            run.Exit.Should().Be(0, run.ToString());
            TooWide(run.Output.Replace(Cli.Sample, "example-1.0.yaml", StringComparison.Ordinal), width).Should().BeEmpty(because: string.Join(" ", args) + " must fit " + width + " columns");
        }
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Init_upgrade_and_workbook_commands_fit_the_terminal(int width)
    {
        var folder = Cli.TempDirectory();
        var yaml = Path.Combine(folder, "template.yaml");
        var xlsx = Path.Combine(folder, "template.xlsx");
        var runs = new[]
        {
            new[] { "assess", "init", "--edition", "2.0", "--out", yaml },
            new[] { "assess", "init", "--edition", "1.0", "--actor", "service-provider", "--out", xlsx },
            new[] { "assess", "upgrade", Cli.Sample, "--out", Path.Combine(folder, "upgraded.xlsx") },
            new[] { "assess", "validate", xlsx },
            new[] { "assess", "report", xlsx },
            new[] { "assess", "migrate", Path.Combine(folder, "upgraded.xlsx"), "--to", "2.0", "--out", Path.Combine(folder, "migrated.xlsx") },
            new[] { "export", "--format", "xlsx", "--out", folder },
        };
        foreach (var args in runs)
        {
            var run = Cli.RunAt(width, args);
            run.Exit.Should().Be(0, run.ToString());
            run.Output.Should().NotBeEmpty();
            TooWide(run.Output.Replace(folder, "/tmp/x", StringComparison.Ordinal).Replace(Cli.Sample, "example-1.0.yaml", StringComparison.Ordinal), width)
                .Should().BeEmpty(because: string.Join(" ", args) + " must fit " + width + " columns");
        }
    }

    [Fact]
    public void Wide_keeps_every_full_title()
    {
        var narrow = Cli.RunAt(80, "list", "--edition", "2.0").Output;
        var wide = Cli.RunAt(80, "list", "--edition", "2.0", "--wide").Output;

        foreach (var risk in Catalog.Edition(Edition.V2_0).Risks)
        {
            wide.Should().Contain(risk.Id + " ").And.Contain(TitleFormatter.Format(risk.Title, TitleLanguage.Both));
        }

        narrow.Should().NotContain(TitleFormatter.Format(Catalog.Find("2.0:3.1.1.a").Title, TitleLanguage.Both), "at 80 columns the long titles are cut");
        narrow.Should().Contain("…");
        TooWide(wide, 80).Should().NotBeEmpty("--wide writes full rows, wider than the terminal");

        var show = Cli.RunAt(80, "show", "1.0:3.1.1.a", "--wide").Output;
        show.Should().Contain("  Under:      3.1.1 模型算法安全风险 / Model and algorithm safety risks (our translation) › 3.1 人工智能内生安全风险 / AI's inherent safety risks › 3 人工智能安全风险分类 / Classification of AI safety risks\n");
    }

    [Fact]
    public void Ids_are_never_cut_a_long_one_goes_on_its_own_line()
    {
        var output = Cli.RunAt(80, "list", "--edition", "2.0").Output;
        var lines = output.Split('\n');

        foreach (var risk in Catalog.Edition(Edition.V2_0).Risks)
        {
            lines.Should().Contain(l => l == risk.Id || l.StartsWith(risk.Id + "  ", StringComparison.Ordinal), risk.Id + " must appear whole");
        }
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Chinese_double_width_characters_stay_aligned(int width)
    {
        // The matrix ends in a right-aligned column: every row of the table, Chinese or not, ends at the same column.
        var output = Cli.RunAt(width, "matrix", "--edition", "2.0").Output;
        var table = output.Split('\n').SkipWhile(l => !l.StartsWith("Stage", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();

        table.Should().HaveCountGreaterThan(5);
        table.Should().Contain(l => l.Any(c => c >= 0x4E00 && c <= 0x9FFF), "the stage names are bilingual");
        table.Select(TextWidth.Of).Distinct().Should().ContainSingle(because: "wide characters count two columns:\n" + string.Join("\n", table));
    }

    [Fact]
    public void Show_wraps_long_lines_with_a_hanging_indent()
    {
        var lines = Cli.RunAt(80, "show", "1.0:3.1.1.a").Output.Split('\n');
        var under = Array.FindIndex(lines, l => l.StartsWith("  Under:      ", StringComparison.Ordinal));

        under.Should().BeGreaterThan(0);
        lines[under + 1].Should().StartWith(new string(' ', 14)).And.NotStartWith(new string(' ', 15));
        string.Join(" ", lines.Skip(under).Take(3).Select(l => l.Trim())).Should().Contain("3 人工智能安全风险分类 / Classification of AI safety risks");
    }

    [Fact]
    public void Text_width_counts_chinese_twice_and_cuts_with_an_ellipsis()
    {
        TextWidth.Of("可解释性 risk").Should().Be(13);
        TextWidth.Truncate("可解释性差的风险", 7).Should().Be("可解释…");
        TextWidth.Truncate("Risks of explainability", 10).Should().Be("Risks of…");
        TextWidth.Truncate("short", 10).Should().Be("short");
        TextWidth.Wrap("模型算法安全风险 / Model and algorithm safety risks", 20, 0, 2)
            .Should().Equal("模型算法安全风险 /", "Model and", "algorithm safety", "risks");
    }

    private static List<string> TooWide(string output, int width) =>
        output.Split('\n').Where(l => TextWidth.Of(l) > width).Select(l => TextWidth.Of(l) + ": " + l).ToList();
}

/// <summary>Where the width comes from. It sets COLUMNS, so it runs alone (other tests start processes that inherit it).</summary>
[Collection(WorkingDirectoryCollection.Name)]
public sealed class TerminalWidthDetectionTests
{
    [Fact]
    public void The_width_comes_from_columns_else_the_console_else_80()
    {
        var saved = Environment.GetEnvironmentVariable("COLUMNS");
        try
        {
            Environment.SetEnvironmentVariable("COLUMNS", "132");
            TerminalWidth.Detect().Should().Be(132);
            Environment.SetEnvironmentVariable("COLUMNS", "20");
            TerminalWidth.Detect().Should().Be(TerminalWidth.Minimum, "tables are never fitted to fewer columns than that");
            Environment.SetEnvironmentVariable("COLUMNS", "wide");
            TerminalWidth.Detect().Should().Be(Console.IsOutputRedirected ? 80 : Math.Max(Console.WindowWidth, TerminalWidth.Minimum));
            Environment.SetEnvironmentVariable("COLUMNS", null);
            TerminalWidth.Detect().Should().Be(Console.IsOutputRedirected ? 80 : Math.Max(Console.WindowWidth, TerminalWidth.Minimum));
        }
        finally
        {
            Environment.SetEnvironmentVariable("COLUMNS", saved);
        }
    }
}
