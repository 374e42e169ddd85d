using AiGov.Catalog.Cli.Export;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>Usage errors exit with 2 and say why; every command has helpful --help.</summary>
public sealed class UsageTests
{
    public static TheoryData<string> Commands() => new()
    {
        string.Empty, "editions", "list", "show", "search", "diff", "matrix", "coverage", "export",
        "assess", "assess validate", "assess report", "assess migrate",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help(string command)
    {
        var run = Cli.Run(command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray());

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Usage:").And.Contain("Options:").And.Contain("--lang");
        run.Output.Should().Contain("aigov" + (command.Length == 0 ? string.Empty : " " + command));
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void The_command_table_names_each_command_as_it_is_built_and_as_the_help_lists_it()
    {
        // `aigov <command> …` builds only the command its first argument names, found by the table's name: a name that
        // differed from the command's own would make that command unknown.
        var context = new CliContext(TextWriter.Null, TextWriter.Null, null, CatalogExporters.Available)
        {
            Json = new System.CommandLine.Option<bool>("--json"),
            Lang = new System.CommandLine.Option<string>("--lang"),
            Wide = new System.CommandLine.Option<bool>("--wide"),
        };
        AigovCli.Commands.Select(c => c.Create(context).Name).Should().Equal(AigovCli.Commands.Select(c => c.Name));

        var help = Cli.Run("--help").Output;
        var listed = help[help.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]);
        listed.Should().Equal(AigovCli.Commands.Select(c => c.Name));
    }

    [Theory]
    [InlineData("show", "1.0:3.1.1.a", "--help")]
    [InlineData("assess", "validate", "--help")]
    [InlineData("list", "--kind", "bogus")]
    [InlineData("assess", "frobnicate")]
    public void A_command_named_first_answers_as_with_every_command_built(params string[] args)
    {
        // With an option first the whole tree is built; with the command first only that command: the same answer.
        var alone = Cli.Run(args);
        var withAll = Cli.Run(new[] { "--lang", "both" }.Concat(args).ToArray());

        withAll.Should().Be(alone);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("list", "--colour")]
    [InlineData("show")]
    [InlineData("list", "--lang", "fr")]
    [InlineData("assess", "report")]
    public void A_usage_error_exits_with_2_and_points_to_help(params string[] args)
    {
        var run = Cli.Run(args);

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("aigov: ").And.Contain("--help' for usage.");
        run.Error.Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("aigov: unknown command 'frobnicate' for 'aigov'. Run 'aigov --help' for usage.\n", "frobnicate")]
    [InlineData("aigov: unknown command 'frob' for 'aigov assess'. Run 'aigov assess --help' for usage.\n", "assess", "frob")]
    [InlineData("aigov: unknown option '--colour' for 'aigov'. Run 'aigov --help' for usage.\n", "--colour")]
    [InlineData("aigov: Unrecognized command or argument '--colour'. Run 'aigov list --help' for usage.\n", "list", "--colour")]
    public void An_unknown_command_or_option_is_one_line(string expected, params string[] args)
    {
        var run = Cli.Run(args);

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Be(expected);
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("diff", "1.0", "2.0", "--format", "md", "--json")]
    [InlineData("diff", "1.0", "2.0", "--json", "-f", "csv")]
    [InlineData("assess", "report", "{sample}", "--format", "html", "--json")]
    [InlineData("matrix", "--format", "csv", "--json")]
    [InlineData("coverage", "--json", "--format", "md")]
    [InlineData("export", "--format", "csv", "--json", "--out", "{temp}")]
    public void Json_with_another_format_is_a_conflict_not_a_silent_choice(params string[] args)
    {
        var temp = Path.Combine(Path.GetTempPath(), "aigov-never-written-" + Guid.NewGuid().ToString("N"));
        var run = Cli.Run(args.Select(a => a.Replace("{sample}", Cli.Sample, StringComparison.Ordinal).Replace("{temp}", temp, StringComparison.Ordinal)).ToArray());

        var format = args[Array.FindIndex(args, a => a is "--format" or "-f") + 1];
        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("aigov: --json and --format " + format + " conflict: give one of them.").And.EndWith("--help' for usage.\n");
        run.Error.Count(c => c == '\n').Should().Be(1);
        run.Output.Should().BeEmpty();
        Directory.Exists(temp).Should().BeFalse();
    }

    [Fact]
    public void Export_json_with_an_edition_is_a_conflict_because_the_data_file_holds_every_edition()
    {
        var temp = Path.Combine(Path.GetTempPath(), "aigov-never-written-" + Guid.NewGuid().ToString("N"));

        var run = Cli.Run("export", "--format", "json", "--edition", "1.0", "--out", temp);

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("aigov: --edition and --format json conflict: ");
        run.Error.Count(c => c == '\n').Should().Be(1);
        Directory.Exists(temp).Should().BeFalse();
    }

    [Theory]
    [InlineData("diff", "1.0", "2.0", "--format", "json", "--json")]
    [InlineData("assess", "report", "{sample}", "--json", "--format", "json")]
    public void Json_with_format_json_agrees(params string[] args)
    {
        var run = Cli.Run(args.Select(a => a.Replace("{sample}", Cli.Sample, StringComparison.Ordinal)).ToArray());

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("{");
    }

    [Fact]
    public void An_option_given_twice_is_an_error()
    {
        var run = Cli.Run("diff", "1.0", "2.0", "--format", "md", "--format", "csv");

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--format").And.Contain("--help' for usage.");
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData]
    [InlineData("assess")]
    public void A_command_group_alone_shows_its_help_and_exits_with_2(params string[] args)
    {
        var run = Cli.Run(args);

        run.Exit.Should().Be(2, run.ToString());
        run.Output.Should().Contain("Usage:").And.Contain("Commands:");
    }
}
