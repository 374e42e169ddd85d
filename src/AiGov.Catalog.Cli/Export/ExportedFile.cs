using System;
using System.IO;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Export;

/// <summary>
/// A file produced by an exporter: its name relative to the output folder, and how to write its content. The content is
/// written into a temporary file that is renamed into place, so an exporter that fails half-way leaves nothing behind.
/// </summary>
internal sealed class ExportedFile
{
    private readonly Action<Stream> _write;

    /// <summary>A file whose content is known text (UTF-8, no byte-order mark).</summary>
    public ExportedFile(string name, string text)
        : this(name, stream => AtomicFile.WriteText(stream, text))
    {
    }

    /// <summary>A file whose content an exporter streams.</summary>
    public ExportedFile(string name, Action<Stream> write)
    {
        Name = name;
        _write = write;
    }

    /// <summary>Gets the file's name relative to the output folder.</summary>
    public string Name { get; }

    /// <summary>Writes the content into a stream.</summary>
    public void WriteTo(Stream stream) => _write(stream);
}
