namespace AiGov.Catalog;

/// <summary>Where an element is printed: its pages in the Chinese and in the English text. Immutable.</summary>
public sealed class Pages
{
    internal Pages(PageRange? zh, PageRange? en, string? note)
    {
        Zh = zh;
        En = en;
        Note = note;
    }

    /// <summary>Gets the page(s) in the Chinese text, or null when unknown.</summary>
    public PageRange? Zh { get; }

    /// <summary>Gets the page(s) in the official English text, or null when unknown.</summary>
    public PageRange? En { get; }

    /// <summary>Gets a qualifier such as "CN page probable", if any.</summary>
    public string? Note { get; }
}
