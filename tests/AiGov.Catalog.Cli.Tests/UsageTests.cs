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
    [InlineData]
    [InlineData("assess")]
    public void A_command_group_alone_shows_its_help_and_exits_with_2(params string[] args)
    {
        var run = Cli.Run(args);

        run.Exit.Should().Be(2, run.ToString());
        run.Output.Should().Contain("Usage:").And.Contain("Commands:");
    }
}
