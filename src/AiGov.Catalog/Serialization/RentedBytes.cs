using System;
using System.Buffers;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// The bytes of a data file in a buffer borrowed from <see cref="ArrayPool{T}.Shared"/>; disposing gives the buffer back.
/// A data file is hundreds of kilobytes, so a fresh array per load would land on the large-object heap and bring on a
/// full (gen-2) collection every few loads; a pooled one is reused.
/// </summary>
internal sealed class RentedBytes : IDisposable
{
    private byte[]? _buffer;

    public RentedBytes(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>Gets how many bytes of the buffer hold the file.</summary>
    public int Length { get; }

    /// <summary>Gets the bytes of the file.</summary>
    public ReadOnlySpan<byte> Span => new(_buffer ?? throw new ObjectDisposedException(nameof(RentedBytes)), 0, Length);

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
