using AiGov.Catalog.Cli.Export;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>Runs <c>aigov</c> in-process with captured output.</summary>
internal static class Cli
{
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "example-1.0.yaml");

    public static string ManyMistakes => Path.Combine(AppContext.BaseDirectory, "Invalid", "many-mistakes.yaml");

    public static CliRun Run(params string[] args) => Run(null, args);

    public static CliRun Run(IReadOnlyDictionary<string, ICatalogExporter>? exporters, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = AigovCli.Run(args, output, error, exporters: exporters);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "aigov-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}

internal sealed record CliRun(int Exit, string Output, string Error)
{
    public override string ToString() => "exit " + Exit + "\n--- stdout\n" + Output + "\n--- stderr\n" + Error;
}
