namespace AiGov.Catalog;

/// <summary>How an element of one edition carries into the next.</summary>
public enum LineageRelation
{
    /// <summary>The same element at the same place (the newer wording may be unknown).</summary>
    Same,

    /// <summary>Same subject and title; the content is reworded.</summary>
    Reworded,

    /// <summary>The title or scope changed.</summary>
    Renamed,

    /// <summary>Moved to another sub-category, category or tier, or renumbered.</summary>
    Moved,

    /// <summary>Split into several elements.</summary>
    Split,

    /// <summary>Merged with other elements into one.</summary>
    Merged,

    /// <summary>No counterpart in the newer edition.</summary>
    Removed,

    /// <summary>New in the newer edition.</summary>
    Added,
}
