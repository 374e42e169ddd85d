namespace AiGov.Catalog;

/// <summary>The number of <see cref="DiffEntry"/> items of one element kind and one change kind. Immutable.</summary>
public sealed class DiffCount
{
    internal DiffCount(ElementKind kind, ChangeKind changeKind, int count)
    {
        Kind = kind;
        ChangeKind = changeKind;
        Count = count;
    }

    /// <summary>Gets the element kind.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the change kind.</summary>
    public ChangeKind ChangeKind { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count { get; }
}
