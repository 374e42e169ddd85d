using System.CommandLine;

namespace AiGov.Catalog.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Edition(string description) => new("--edition", "-e")
    {
        Description = description,
        HelpName = "1.0|2.0",
    };

    public static Option<string?> Out(string description) => new("--out", "-o")
    {
        Description = description,
        HelpName = "file",
    };

    /// <summary>The <c>--force</c> option of every command that writes files.</summary>
    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace output files that exist. Without it an existing file is refused; an input is never replaced, even with it.",
    };

    public static Option<string?> Format(string description, params string[] formats)
    {
        var option = new Option<string?>("--format", "-f") { Description = description, HelpName = string.Join("|", formats) };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
