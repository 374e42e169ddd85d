namespace AiGov.Catalog;

/// <summary>How an element of one edition corresponds to the other edition of a diff (see <see cref="EditionDiff"/>).</summary>
/// <remarks>
/// <para>Each kind is the lineage relation seen from the diff's direction. From an older to a newer edition it is the
/// relation of the lineage link, except that <see cref="LineageRelation.Same"/> becomes <see cref="Moved"/> when the
/// clause or the parent differs (the data records renumbered items as moved already). From a newer to an older edition
/// the lineage is read backwards: <see cref="Added"/> and <see cref="Removed"/> swap, and so do <see cref="Split"/> and
/// <see cref="Merged"/>.</para>
/// </remarks>
public enum ChangeKind
{
    /// <summary>The same element at the same place (the newer wording may be unknown; see the entry's note).</summary>
    Unchanged,

    /// <summary>Same subject and title; the content is reworded.</summary>
    Reworded,

    /// <summary>The title or scope changed.</summary>
    Renamed,

    /// <summary>The clause or the parent changed: renumbered, or moved to another sub-category, category or tier.</summary>
    Moved,

    /// <summary>One element of the diff's <c>from</c> edition corresponds to several of the <c>to</c> edition.</summary>
    Split,

    /// <summary>The element joins others of the diff's <c>from</c> edition in one element of the <c>to</c> edition.</summary>
    Merged,

    /// <summary>The element exists only in the diff's <c>to</c> edition.</summary>
    Added,

    /// <summary>The element exists only in the diff's <c>from</c> edition.</summary>
    Removed,
}
