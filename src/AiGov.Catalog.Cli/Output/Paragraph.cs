using System.IO;

namespace AiGov.Catalog.Cli.Output;

/// <summary>Writes a line of text for people, wrapped to the terminal width with a hanging indent.</summary>
internal static class Paragraph
{
    /// <summary>Writes <paramref name="prefix"/> and <paramref name="text"/>, wrapped at <paramref name="width"/> columns.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="width">The columns available, or null for one long line (<c>--wide</c>).</param>
    /// <param name="prefix">Written before the first line (an indent, a label).</param>
    /// <param name="text">The text; it breaks at spaces and between Chinese characters.</param>
    /// <param name="hang">The indent of the following lines, in columns; the width of the prefix when null.</param>
    public static void Write(TextWriter writer, int? width, string prefix, string text, int? hang = null)
    {
        if (width is not { } max)
        {
            writer.Write(prefix + text + "\n");
            return;
        }

        var indent = hang ?? TextWidth.Of(prefix);
        var lines = TextWidth.Wrap(text, max, TextWidth.Of(prefix), indent);
        for (var i = 0; i < lines.Count; i++)
        {
            writer.Write((i == 0 ? prefix : new string(' ', indent)) + lines[i] + "\n");
        }
    }
}
