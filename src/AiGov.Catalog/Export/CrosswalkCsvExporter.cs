using System.Globalization;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog.Export;

/// <summary>The CSV table of the crosswalks (<see cref="CatalogCsvTable.CrosswalkMappings"/>): one row per mapping-set row.</summary>
internal static class CrosswalkCsvExporter
{
    public static string Write(GovernanceCatalog catalog, EditionNumber? edition)
    {
        if (edition is { } only)
        {
            catalog.Edition(only); // the same KeyNotFoundException as the other tables for an edition the catalogue lacks
        }

        var csv = new CsvWriter().Row(
            "set_id", "edition", "subject_id", "predicate", "negated", "object_framework", "object_id", "object_title",
            "justification", "author", "confidence", "rationale", "evidence");
        foreach (var set in catalog.MappingSets)
        {
            if (edition is { } e && set.Edition != e)
            {
                continue;
            }

            foreach (var m in set.Mappings)
            {
                csv.Row(
                    set.Id, set.Edition.ToString(), m.SubjectId, m.Predicate.ToCurie(), m.IsNegated ? "true" : "false", set.Framework.ToString(),
                    m.Term.PinnedId, m.Term.Title, m.Justification, m.Author, m.Confidence?.ToString("0.0##", CultureInfo.InvariantCulture),
                    m.Rationale, m.Evidence);
            }
        }

        return csv.ToString();
    }
}
