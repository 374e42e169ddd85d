using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiGov.Catalog.Internal;

/// <summary>
/// Writes indented JSON with "\n" line endings on every platform, and with Chinese text left readable (only the
/// characters JSON requires are escaped).
/// </summary>
/// <remarks>
/// The UTF-8 is written into pooled buffers and decoded once into the result, final line break included: a rendering
/// of the 1.0 → 2.0 diff (160,000 characters) allocates little more than its result string.
/// </remarks>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        using var buffer = new PooledBufferWriter(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
#if NET9_0_OR_GREATER
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
#else
        // Before .NET 9 the writer indents with Environment.NewLine; a JSON string never holds a raw line break.
        var written = buffer.WrittenSpan.ToArray();
        return Encoding.UTF8.GetString(written, 0, written.Length).Replace("\r\n", "\n");
#endif
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool, returned on dispose.</summary>
    private sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer;
        private int _written;

        public PooledBufferWriter(int initialCapacity) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

        public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
        }

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _buffer.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
