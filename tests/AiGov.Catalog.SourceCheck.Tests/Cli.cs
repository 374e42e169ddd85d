using AiGov.Catalog.Cli;

namespace AiGov.Catalog.SourceCheck.Tests;

/// <summary>Runs <c>aigov</c> in-process with captured output.</summary>
internal static class Cli
{
    public static CliRun Run(int width, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = AigovCli.Run(args, output, error, width: width);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int Exit, string Output, string Error)
{
    public override string ToString() => "exit " + Exit + "\n--- stdout\n" + Output + "\n--- stderr\n" + Error;
}
