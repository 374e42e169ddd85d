using System.Collections.Generic;
using System.Linq;
using AiGov.Catalog.Serialization;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog.Export;

/// <summary>The CSV tables of the instrument registry: <see cref="CatalogCsvTable.Instruments"/> and <see cref="CatalogCsvTable.InstrumentLinks"/>.</summary>
internal static class InstrumentCsvExporter
{
    public static string Write(GovernanceCatalog catalog, CatalogCsvTable table, EditionNumber? edition)
    {
        if (edition is { } only)
        {
            catalog.Edition(only); // the same KeyNotFoundException as the other tables for an edition the catalogue lacks
        }

        return table == CatalogCsvTable.Instruments ? Instruments(catalog) : Links(catalog, edition);
    }

    private static string Instruments(GovernanceCatalog catalog)
    {
        var header = new List<string> { "key" };
        foreach (var name in new[] { "title_zh", "title_en", "level", "issuers", "issued", "effective", "status", "url", "binding" })
        {
            header.AddRange(new[] { name, name + "_status", name + "_sources", name + "_conflicts" });
        }

        header.Add("link_ids");
        var csv = new CsvWriter().Row(header.ToArray());
        foreach (var i in catalog.Instruments)
        {
            var row = new List<string?> { i.Key };
            foreach (var fact in new[] { i.TitleZh, i.TitleEn, i.Level, i.Issuers, i.Issued, i.Effective, i.Status, i.Url, i.Binding })
            {
                row.Add(fact.Value);
                row.Add(WireNames.Fact.Name(fact.Status));
                row.Add(string.Join(";", fact.Sources));
                row.Add(string.Join(" | ", fact.Conflicts.Select(c => (c.Value ?? "unknown") + " (" + WireNames.Fact.Name(c.Status) + (c.Sources.IsEmpty ? string.Empty : "; " + string.Join(";", c.Sources)) + ")")));
            }

            row.Add(string.Join(";", i.Links.Select(l => l.Id).Distinct()));
            csv.Row(row.ToArray());
        }

        return csv.ToString();
    }

    private static string Links(GovernanceCatalog catalog, EditionNumber? edition)
    {
        var csv = new CsvWriter().Row("id", "edition", "element_id", "instrument", "relation", "direction", "basis", "sources", "note");
        foreach (var l in catalog.InstrumentLinks.Where(l => edition is null || l.Edition == edition))
        {
            csv.Row(
                l.Id, l.Edition.ToString(), l.ElementId, l.InstrumentKey, WireNames.InstrumentRelation.Name(l.Relation),
                WireNames.Direction.Name(l.Direction), WireNames.Basis.Name(l.Basis), string.Join(";", l.Sources), l.Note);
        }

        return csv.ToString();
    }
}
