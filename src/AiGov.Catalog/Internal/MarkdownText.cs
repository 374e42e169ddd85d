namespace AiGov.Catalog.Internal;

/// <summary>Text made safe for a Markdown table cell: pipes escaped, line breaks folded to spaces.</summary>
internal static class MarkdownText
{
    public static string Cell(string? text) =>
        (text ?? string.Empty).Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
