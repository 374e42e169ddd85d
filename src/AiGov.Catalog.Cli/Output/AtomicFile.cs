using System;
using System.IO;
using System.Text;

namespace AiGov.Catalog.Cli.Output;

/// <summary>
/// Writes a file atomically: into a temporary file of a unique name in the same folder, flushed to disk, then renamed
/// into place. An interrupted or failed write leaves the old file (or no file) as it was, and no temporary file behind.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes text (UTF-8, no byte-order mark).</summary>
    /// <param name="path">The file to write; its folder is created if needed.</param>
    /// <param name="text">The text.</param>
    /// <param name="replace">Whether an existing file is replaced; when false and a file appeared since the checks, the write fails.</param>
    public static void WriteText(string path, string text, bool replace) => Write(path, stream => WriteText(stream, text), replace);

    /// <summary>Writes text into a stream (UTF-8, no byte-order mark), leaving the stream open.</summary>
    public static void WriteText(Stream stream, string text)
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        writer.Write(text);
    }

    /// <summary>Writes a file from what <paramref name="write"/> puts into a stream.</summary>
    /// <param name="path">The file to write; its folder is created if needed.</param>
    /// <param name="write">Writes the content; if it throws, nothing is replaced and the temporary file is deleted.</param>
    /// <param name="replace">Whether an existing file is replaced.</param>
    public static void Write(string path, Action<Stream> write, bool replace)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException("cannot write to " + path + ": it has no folder.");
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: replace);
        }
        catch
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // The original error matters more than a temporary file we could not remove.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }

            throw;
        }
    }
}
