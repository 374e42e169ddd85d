using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>One correspondence between an element of an older edition and its counterpart(s) in a newer one. Immutable.</summary>
public sealed class LineageLink
{
    internal LineageLink(
        string? fromId,
        ImmutableArray<string> toIds,
        LineageRelation relation,
        ImmutableArray<LineageRelation> also,
        LineageConfidence confidence,
        MappingBasis basis,
        ImmutableArray<string> evidence,
        string? note)
    {
        FromId = fromId;
        ToIds = toIds.IsDefault ? ImmutableArray<string>.Empty : toIds;
        Relation = relation;
        Also = also.IsDefault ? ImmutableArray<LineageRelation>.Empty : also;
        Confidence = confidence;
        Basis = basis;
        Evidence = evidence.IsDefault ? ImmutableArray<string>.Empty : evidence;
        Note = note;
    }

    /// <summary>Gets the ID of the older element, or null for an added element.</summary>
    public string? FromId { get; }

    /// <summary>Gets the IDs of the newer counterparts (empty for a removed element; several for a split).</summary>
    public ImmutableArray<string> ToIds { get; }

    /// <summary>Gets the main relation.</summary>
    public LineageRelation Relation { get; }

    /// <summary>Gets further relations that apply as well.</summary>
    public ImmutableArray<LineageRelation> Also { get; }

    /// <summary>Gets how sure the link is.</summary>
    public LineageConfidence Confidence { get; }

    /// <summary>Gets whether sources show the correspondence or it is the project's reading.</summary>
    public MappingBasis Basis { get; }

    /// <summary>Gets the source IDs of the evidence.</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>Gets a short note in the project's own words.</summary>
    public string? Note { get; }
}
