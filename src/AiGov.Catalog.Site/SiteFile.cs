namespace AiGov.Catalog.Site;

/// <summary>One file of the generated site.</summary>
public sealed class SiteFile
{
    internal SiteFile(string path, string content)
    {
        Path = path;
        Content = content;
    }

    /// <summary>Gets the file's path relative to the site root, with <c>/</c> separators (e.g. <c>e/1.0/3.1.1.a.html</c>).</summary>
    public string Path { get; }

    /// <summary>Gets the file's text (written as UTF-8 without a byte order mark, <c>\n</c> line ends).</summary>
    public string Content { get; }
}
