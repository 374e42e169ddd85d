using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>Computes a <see cref="DataCoverage"/>.</summary>
internal static class CoverageBuilder
{
    public static DataCoverage Build(EditionCatalog edition, string dataVersion)
    {
        var counts = Names.AllKinds
            .Select(kind =>
            {
                var elements = edition.Elements.Where(e => e.Kind == kind).ToList();
                return new CoverageCount(
                    kind,
                    elements.Count(e => e.Provenance.Status == ProvenanceStatus.Verified),
                    elements.Count(e => e.Provenance.Status == ProvenanceStatus.Partial),
                    elements.Count(e => e.Provenance.Status == ProvenanceStatus.Inferred));
            })
            .ToImmutableArray();

        var gaps = ImmutableArray.CreateBuilder<DataGap>();
        foreach (var element in edition.Elements)
        {
            AddClause(gaps, element);
            if (element.Kind is not (ElementKind.TechnicalMeasure or ElementKind.GuidelineItem))
            {
                // Countermeasure and guideline items are lettered sentences without titles in the framework:
                // a missing title there is not a gap in the data.
                AddTitle(gaps, element, "title.zh", element.Title.Zh);
                AddTitle(gaps, element, "title.en", element.Title.En);
            }
            var pages = element.Pages;
            if (pages?.Zh is null)
            {
                gaps.Add(new DataGap(element.Edition, element, element.Clause, "pages.zh", GapStatus.Unknown, pages?.Note));
            }

            if (pages?.En is null)
            {
                gaps.Add(new DataGap(element.Edition, element, element.Clause, "pages.en", GapStatus.Unknown, pages?.Note));
            }
        }

        foreach (var gap in edition.Info.KnownGaps)
        {
            var status = gap.Status switch
            {
                ProvenanceStatus.Inferred => GapStatus.Inferred,
                ProvenanceStatus.Partial => GapStatus.Partial,
                _ => GapStatus.Unknown, // known to exist, not encoded
            };
            gaps.Add(new DataGap(edition.Edition, null, gap.Clause, "element", status, gap.Note));
        }

        return new DataCoverage(edition, dataVersion, counts, gaps.ToImmutable());
    }

    private static void AddClause(ImmutableArray<DataGap>.Builder gaps, CatalogElement element)
    {
        if (element.Clause is null)
        {
            gaps.Add(new DataGap(element.Edition, element, null, "clause", GapStatus.Unknown, "No source shows the clause; the element is identified by its key."));
        }
        else if (element.Clause.IndexOf('?') >= 0)
        {
            gaps.Add(new DataGap(element.Edition, element, element.Clause, "clause", element.ClauseStatus == ProvenanceStatus.Inferred ? GapStatus.Inferred : GapStatus.Partial, "The position is known, the printed letter or number is not (?)."));
        }
        else if (element.ClauseStatus is ProvenanceStatus.Inferred or ProvenanceStatus.Partial)
        {
            gaps.Add(new DataGap(element.Edition, element, element.Clause, "clause", element.ClauseStatus == ProvenanceStatus.Inferred ? GapStatus.Inferred : GapStatus.Partial, "The clause number is " + (element.ClauseStatus == ProvenanceStatus.Inferred ? "inferred" : "partial") + ", not seen printed."));
        }
    }

    private static void AddTitle(ImmutableArray<DataGap>.Builder gaps, CatalogElement element, string field, TitleText title)
    {
        GapStatus? status = title.Text is null ? GapStatus.Unknown
            : title.Status == TitleStatus.Translation ? GapStatus.Translation
            : title.Status == TitleStatus.Partial ? GapStatus.Partial
            : null;
        if (status is { } gap)
        {
            gaps.Add(new DataGap(element.Edition, element, element.Clause, field, gap, title.Note));
        }
    }
}
