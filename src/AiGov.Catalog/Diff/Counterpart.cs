using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// An element's counterpart in another edition, found by following the lineage (see
/// <see cref="GovernanceCatalog.Successors(CatalogElement)"/> and <see cref="GovernanceCatalog.Predecessors(CatalogElement)"/>). Immutable.
/// </summary>
public sealed class Counterpart
{
    internal Counterpart(CatalogElement element, ChangeKind changeKind, ImmutableArray<LineageLink> links)
    {
        Element = element;
        ChangeKind = changeKind;
        Links = links;
        if (!links.IsEmpty)
        {
            var confidence = LineageConfidence.High;
            var basis = MappingBasis.Normative;
            foreach (var link in links)
            {
                confidence = link.Confidence < confidence ? link.Confidence : confidence;
                basis = link.Basis == MappingBasis.Editorial ? MappingBasis.Editorial : basis;
            }

            Confidence = confidence;
            Basis = basis;
        }
    }

    /// <summary>Gets the counterpart element.</summary>
    public CatalogElement Element { get; }

    /// <summary>Gets how the original element changed into (or from) the counterpart, seen from the original element's edition.</summary>
    public ChangeKind ChangeKind { get; }

    /// <summary>Gets the lineage links followed from one element to the other, oldest lineage first (one between adjacent editions; none for the element itself).</summary>
    public ImmutableArray<LineageLink> Links { get; }

    /// <summary>Gets the lowest confidence of <see cref="Links"/>, or null when there is no link.</summary>
    public LineageConfidence? Confidence { get; }

    /// <summary>Gets <see cref="MappingBasis.Editorial"/> when any link is the project's reading, <see cref="MappingBasis.Normative"/> otherwise, or null when there is no link.</summary>
    public MappingBasis? Basis { get; }

    /// <summary>Returns the ID and change kind.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Element.Id + " (" + ChangeKind + ")";
}
