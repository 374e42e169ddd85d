namespace AiGov.Catalog.Cli.Export;

/// <summary>A file produced by an exporter: its name relative to the output folder, and its text (or, for a workbook, its bytes).</summary>
internal sealed record ExportedFile(string Name, string Text, byte[]? Bytes = null);
