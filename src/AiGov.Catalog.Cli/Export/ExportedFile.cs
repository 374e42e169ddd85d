namespace AiGov.Catalog.Cli.Export;

/// <summary>A file produced by an exporter: its name relative to the output folder, and its text.</summary>
internal sealed record ExportedFile(string Name, string Text);
