using System;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Assessments.Text;

/// <summary>Writes indented JSON with "\n" line endings and Chinese text left readable; deterministic.</summary>
internal static class JsonOutput
{
    /// <summary>Indented, "\n" line endings, relaxed escaping, a final line break: the library's own JSON text writer.</summary>
    public static string Write(Action<JsonTextWriter> write) => JsonText.Write(write);

    public static void Title(JsonTextWriter w, string name, Title title)
    {
        w.WriteStartObject(name);
        Language(w, "zh", title.Zh);
        Language(w, "en", title.En);
        w.WriteEndObject();
    }

    public static void Strings(JsonTextWriter w, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Language(JsonTextWriter w, string name, TitleText text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text.Text);
        w.WriteString("status", text.Status switch
        {
            TitleStatus.Verified => "verified",
            TitleStatus.Partial => "partial",
            TitleStatus.Unknown => "unknown",
            _ => "translation",
        });
        w.WriteEndObject();
    }
}
