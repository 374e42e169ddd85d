using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AiGov.Catalog.Serialization;

/// <summary>Reads a whole data file into memory, refusing to read past the size limit.</summary>
internal static class CatalogFileReader
{
    private const int ChunkSize = 81920;

    public static byte[] ReadAll(Stream stream, int maxBytes)
    {
        CheckLength(stream, maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer.ToArray();
    }

    public static async Task<byte[]> ReadAllAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        CheckLength(stream, maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer.ToArray();
    }

    private static void CheckLength(Stream stream, int maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw TooLarge(stream.Length - stream.Position, maxBytes);
        }
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int count, int maxBytes)
    {
        if (buffer.Length + count > maxBytes)
        {
            throw TooLarge(null, maxBytes);
        }

        buffer.Write(chunk, 0, count);
    }

    private static CatalogLoadException TooLarge(long? length, int maxBytes) => new(
        "The data file is larger than the limit of " + maxBytes.ToString(CultureInfo.InvariantCulture) + " bytes"
        + (length is { } l ? " (" + l.ToString(CultureInfo.InvariantCulture) + " bytes)" : string.Empty)
        + ". Raise CatalogLoadOptions.MaxBytes to load it.");
}
