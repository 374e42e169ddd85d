using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiGov.Catalog.Internal;

/// <summary>
/// How every JSON file of the library is written: UTF-8 without a byte-order mark, two-space indentation, "\n" newlines
/// on every platform, Chinese text as is (not \u-escaped), and a final newline. Same input, same bytes.
/// </summary>
internal static class DeterministicJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return WithoutCarriageReturns(stream.ToArray());
    }

    /// <summary>
    /// Where the writer cannot be told which newline to use (netstandard2.0 on Windows writes "\r\n"), removes every CR:
    /// a raw CR can only come from indentation, since a CR inside a JSON string is always escaped.
    /// </summary>
    private static byte[] WithoutCarriageReturns(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)'\r') < 0)
        {
            return bytes;
        }

        var result = new List<byte>(bytes.Length);
        foreach (var b in bytes)
        {
            if (b != (byte)'\r')
            {
                result.Add(b);
            }
        }

        return result.ToArray();
    }
}
