using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// Reads a whole data file into a pooled buffer, refusing to read past the size limit. A seekable stream is read into a
/// buffer of its remaining length at once; any other grows its buffer by doubling. No array is allocated per load.
/// </summary>
internal static class CatalogFileReader
{
    private const int FirstChunk = 81920;
    private const int MaxArrayLength = 0x7FFFFFC7;

    public static RentedBytes ReadAll(Stream stream, int maxBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(FirstSize(stream, maxBytes));
        var length = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length = Advance(ref buffer, length, read, maxBytes);
            }

            return new RentedBytes(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public static async Task<RentedBytes> ReadAllAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(FirstSize(stream, maxBytes));
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                length = Advance(ref buffer, length, read, maxBytes);
            }

            return new RentedBytes(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// The size of the first buffer: the remaining length of a seekable stream (checked against the limit) plus one byte,
    /// so that the end is seen without growing; otherwise one chunk.
    /// </summary>
    private static int FirstSize(Stream stream, int maxBytes)
    {
        if (!stream.CanSeek)
        {
            return (int)Math.Min(FirstChunk, Cap(maxBytes));
        }

        var remaining = stream.Length - stream.Position;
        if (remaining > maxBytes)
        {
            throw TooLarge(remaining, maxBytes);
        }

        return (int)Math.Min(Math.Max(remaining, 0) + 1, Cap(maxBytes));
    }

    /// <summary>Counts the bytes just read, fails past the limit, and swaps in a larger buffer once this one is full.</summary>
    private static int Advance(ref byte[] buffer, int length, int read, int maxBytes)
    {
        length += read;
        if (length > maxBytes)
        {
            throw TooLarge(null, maxBytes);
        }

        if (length == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * length, Cap(maxBytes)));
            Buffer.BlockCopy(buffer, 0, larger, 0, length);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return length;
    }

    /// <summary>The largest buffer needed: one byte past the limit, since reading that byte is what shows the file is too large.</summary>
    private static long Cap(int maxBytes) => Math.Min((long)maxBytes + 1, MaxArrayLength);

    private static CatalogLoadException TooLarge(long? length, int maxBytes) => new(
        "The data file is larger than the limit of " + maxBytes.ToString(CultureInfo.InvariantCulture) + " bytes"
        + (length is { } l ? " (" + l.ToString(CultureInfo.InvariantCulture) + " bytes)" : string.Empty)
        + ". Raise CatalogLoadOptions.MaxBytes to load it.");
}
