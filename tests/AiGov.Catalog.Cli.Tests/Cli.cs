using AiGov.Catalog.Cli.Export;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>Runs <c>aigov</c> in-process with captured output.</summary>
internal static class Cli
{
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "example-1.0.yaml");

    public static string ManyMistakes => Path.Combine(AppContext.BaseDirectory, "Invalid", "many-mistakes.yaml");

    /// <summary>
    /// The width tests run at unless they say otherwise: unlimited, so that tests of content see whole lines. Tests of
    /// the layout pick a terminal width with <see cref="RunAt(int, string[])"/>.
    /// </summary>
    public const int DefaultWidth = int.MaxValue;

    public static CliRun Run(params string[] args) => Run(null, args);

    public static CliRun Run(IReadOnlyDictionary<string, ICatalogExporter>? exporters, params string[] args) => RunAt(DefaultWidth, exporters, args);

    /// <summary>Runs <c>aigov</c> as in a terminal <paramref name="width"/> columns wide.</summary>
    public static CliRun RunAt(int width, params string[] args) => RunAt(width, null, args);

    private static CliRun RunAt(int width, IReadOnlyDictionary<string, ICatalogExporter>? exporters, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = AigovCli.Run(args, output, error, exporters: exporters, width: width);
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
