using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// The elements of one kind that no lineage link accounts for, on each side of a diff. Immutable.
/// </summary>
/// <remarks>
/// The lineage links the kinds it must account for (principles, components, risk categories, risk sub-categories,
/// risks, governance measures and guideline sets). Elements of other kinds (sections, measure groups, technical
/// measures, guideline items, appendices, grading factors) have no known correspondence: the diff lists them here,
/// side by side, and claims neither that they are unchanged nor that they were added or removed. Diffing an edition
/// with itself tracks every element, so nothing is listed here then.
/// </remarks>
public sealed class UntrackedElements
{
    internal UntrackedElements(ElementKind kind, ImmutableArray<CatalogElement> before, ImmutableArray<CatalogElement> after)
    {
        Kind = kind;
        Before = before;
        After = after;
    }

    /// <summary>Gets the element kind.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the untracked elements of the diff's <c>from</c> edition, in document order.</summary>
    public ImmutableArray<CatalogElement> Before { get; }

    /// <summary>Gets the untracked elements of the diff's <c>to</c> edition, in document order.</summary>
    public ImmutableArray<CatalogElement> After { get; }
}
