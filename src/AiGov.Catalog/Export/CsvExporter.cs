using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Serialization;

namespace AiGov.Catalog.Export;

/// <summary>The CSV tables of <see cref="CatalogCsvTable"/>: a header row, then rows by edition and document order.</summary>
internal static class CsvExporter
{
    public static string Write(CatalogCsvTable table, IEnumerable<EditionCatalog> editions) => table switch
    {
        CatalogCsvTable.Risks => Risks(editions),
        CatalogCsvTable.Measures => Measures(editions),
        _ => Mappings(editions),
    };

    private static string Risks(IEnumerable<EditionCatalog> editions)
    {
        var csv = new CsvWriter().Row(
            "edition", "id", "clause", "key", "category_id", "subcategory_id", "title_zh", "title_zh_status", "title_en", "title_en_status",
            "area", "area_basis", "stages", "actors", "mit_id", "mit_domain", "measure_ids", "pages_zh", "pages_en",
            "provenance_status", "provenance_sources", "summary", "unaddressed_note");
        foreach (var edition in editions)
        {
            foreach (var r in edition.Risks)
            {
                csv.Row(
                    r.Edition.ToString(), r.Id, r.Clause, r.Key, r.Category.Id, r.Subcategory.Id,
                    r.Title.Zh.Text, WireNames.TitleState.Name(r.Title.Zh.Status), r.Title.En.Text, WireNames.TitleState.Name(r.Title.En.Status),
                    r.Area.Key, WireNames.Basis.Name(r.AreaBasis), List(r.Stages.Select(s => s.Stage.Key)), List(r.Actors.Select(a => a.Actor.Key)),
                    r.Mit?.Id, r.Mit?.Domain, List(r.Measures.Select(m => m.Id)), r.Pages?.Zh?.ToString(), r.Pages?.En?.ToString(),
                    WireNames.Status.Name(r.Provenance.Status), List(r.Provenance.Sources), r.Summary, r.UnaddressedNote);
            }
        }

        return csv.ToString();
    }

    private static string Measures(IEnumerable<EditionCatalog> editions)
    {
        var csv = new CsvWriter().Row(
            "edition", "id", "clause", "key", "kind", "parent_id", "title_zh", "title_zh_status", "title_en", "title_en_status",
            "addresses", "risk_ids", "stages", "actors", "pages_zh", "pages_en", "provenance_status", "provenance_sources", "summary");
        foreach (var edition in editions)
        {
            foreach (var m in edition.Measures)
            {
                csv.Row(
                    m.Edition.ToString(), m.Id, m.Clause, m.Key, WireNames.Kind.Name(m.Kind), m.ParentId,
                    m.Title.Zh.Text, WireNames.TitleState.Name(m.Title.Zh.Status), m.Title.En.Text, WireNames.TitleState.Name(m.Title.En.Status),
                    List(m.Addresses.Select(a => a.TargetId)), List(m.Risks.Select(r => r.Id)), List(m.Stages.Select(s => s.Stage.Key)), List(m.Actors.Select(a => a.Actor.Key)),
                    m.Pages?.Zh?.ToString(), m.Pages?.En?.ToString(), WireNames.Status.Name(m.Provenance.Status), List(m.Provenance.Sources), m.Summary);
            }
        }

        return csv.ToString();
    }

    private static string Mappings(IEnumerable<EditionCatalog> editions)
    {
        var csv = new CsvWriter().Row("edition", "from_id", "from_kind", "relation", "to", "via", "basis", "note");
        foreach (var edition in editions)
        {
            foreach (var e in edition.Elements)
            {
                var kind = WireNames.Kind.Name(e.Kind);
                if (e is Risk risk)
                {
                    csv.Row(e.Edition.ToString(), e.Id, kind, "area", risk.Area.Key, null, WireNames.Basis.Name(risk.AreaBasis), risk.AreaNote);
                }

                foreach (var s in e.Stages)
                {
                    csv.Row(e.Edition.ToString(), e.Id, kind, "stage", s.Stage.Key, null, WireNames.Basis.Name(s.Basis), s.Note);
                }

                foreach (var a in e.Actors)
                {
                    csv.Row(e.Edition.ToString(), e.Id, kind, "actor", a.Actor.Key, null, WireNames.Basis.Name(a.Basis), a.Note);
                }

                if (e is MeasureGroup group)
                {
                    foreach (var a in group.Answers)
                    {
                        csv.Row(e.Edition.ToString(), e.Id, kind, "answers", a.TargetId, null, WireNames.Basis.Name(a.Basis), a.Note);
                    }
                }

                if (e is Measure measure)
                {
                    foreach (var r in measure.Risks)
                    {
                        var address = AddressOf(measure, r);
                        csv.Row(e.Edition.ToString(), e.Id, kind, "addresses", r.Id, address?.TargetId, address is null ? null : WireNames.Basis.Name(address.Basis), address?.Note);
                    }
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>The most specific address through which a measure reaches a risk: the risk itself, else its sub-category, else its category.</summary>
    internal static RiskAddress? AddressOf(Measure measure, Risk risk) =>
        measure.Addresses.FirstOrDefault(a => a.TargetId == risk.Id)
        ?? measure.Addresses.FirstOrDefault(a => a.TargetId == risk.ParentId)
        ?? measure.Addresses.FirstOrDefault(a => a.TargetId == risk.Category.Id);

    private static string List(IEnumerable<string> values) => string.Join(";", values);

    private static string List(ImmutableArray<string> values) => string.Join(";", values);
}
