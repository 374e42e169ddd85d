using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiGov.Catalog.Cli.Output;

/// <summary>JSON for machines: indented, "\n" line endings, Chinese kept readable, deterministic.</summary>
internal static class Json
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    public static void Title(Utf8JsonWriter w, string name, Title title)
    {
        w.WriteStartObject(name);
        Text(w, "zh", title.Zh);
        Text(w, "en", title.En);
        w.WriteEndObject();
    }

    public static string Kebab(string pascal)
    {
        var b = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                b.Append('-');
            }

            b.Append(char.ToLowerInvariant(pascal[i]));
        }

        return b.ToString();
    }

    /// <summary>An element's identity and title, as list, search and show write it.</summary>
    public static void ElementSummary(Utf8JsonWriter w, CatalogElement element)
    {
        w.WriteString("id", element.Id);
        w.WriteString("kind", Kebab(element.Kind.ToString()));
        w.WriteString("edition", element.Edition.ToString());
        w.WriteString("key", element.Key);
        w.WriteString("clause", element.Clause);
        Title(w, "title", element.Title);
        w.WriteString("summary", element.Summary);
        w.WriteString("provenance", Kebab(element.Provenance.Status.ToString()));
    }

    private static void Text(Utf8JsonWriter w, string name, TitleText text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text.Text);
        w.WriteString("status", Kebab(text.Status.ToString()));
        w.WriteEndObject();
    }
}
