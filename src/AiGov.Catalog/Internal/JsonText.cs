using System;

namespace AiGov.Catalog.Internal;

/// <summary>
/// Writes indented JSON with "\n" line endings on every platform and a final line break, with Chinese text left
/// readable (only the characters JSON requires are escaped): the JSON renderings of the diff and of the assessments.
/// </summary>
/// <remarks>
/// The text is written by <see cref="JsonTextWriter"/> straight into a pooled UTF-16 buffer and copied once into the
/// result, final line break included: a rendering of the 1.0 → 2.0 diff (161,763 characters) allocates little more than
/// its result string. The output is the same as <see cref="System.Text.Json.Utf8JsonWriter"/>'s with indentation,
/// <c>NewLine = "\n"</c> and <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, which
/// this used before: that wrote UTF-8 (three bytes per Chinese character) only to have it decoded back into a string.
/// </remarks>
internal static class JsonText
{
    // The length of the last document written: the next buffer starts that large instead of growing (and copying) from
    // a small one. A plain int: a racy read only costs a copy.
    private static int s_lastLength = 16 * 1024;

    public static string Write(Action<JsonTextWriter> write)
    {
        using var writer = new JsonTextWriter(initialCapacity: s_lastLength + 1);
        write(writer);
        var text = writer.ToStringWithFinalNewLine();
        s_lastLength = text.Length;
        return text;
    }

    /// <summary>Writes the same text as <see cref="Write"/> to <paramref name="target"/>, without making a string of it.</summary>
    public static void WriteTo(System.IO.TextWriter target, Action<JsonTextWriter> write)
    {
        using var writer = new JsonTextWriter(initialCapacity: s_lastLength + 1);
        write(writer);
        writer.CopyToWithFinalNewLine(target);
    }
}
