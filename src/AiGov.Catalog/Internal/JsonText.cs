using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiGov.Catalog.Internal;

/// <summary>
/// Writes indented JSON with "\n" line endings on every platform, and with Chinese text left readable (only the
/// characters JSON requires are escaped).
/// </summary>
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
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
#if !NET9_0_OR_GREATER
        // Before .NET 9 the writer indents with Environment.NewLine; a JSON string never holds a raw line break.
        text = text.Replace("\r\n", "\n");
#endif
        return text + "\n";
    }
}
