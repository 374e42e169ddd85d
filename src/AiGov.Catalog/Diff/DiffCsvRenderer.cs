using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>Renders an <see cref="EditionDiff"/> as RFC 4180 CSV (see <see cref="EditionDiff.ToCsv"/>).</summary>
internal static class DiffCsvRenderer
{
    public const string NotTracked = "not-tracked";

    private static readonly string[] Header =
    {
        "kind", "change", "also",
        "from_id", "from_clause", "from_title_zh", "from_title_en",
        "to_id", "to_clause", "to_title_zh", "to_title_en",
        "confidence", "basis", "evidence", "fields_changed",
        "measures_shared", "measures_new", "measures_dropped", "measures_counterpart_not_mapped", "measures_not_tracked_from", "measures_not_tracked_to",
        "mappings_shared", "mappings_new", "mappings_dropped", "mappings_not_compared_from", "mappings_not_compared_to",
        "note",
    };

    public static string Render(EditionDiff diff)
    {
        var csv = new StringBuilder();
        CsvText.AppendRecord(csv, Header);
        foreach (var entry in diff.Entries)
        {
            var measures = entry.MeasureChanges;
            var row = new List<string?> { Names.Kebab(entry.Kind), Names.Kebab(entry.ChangeKind), DisplayText.Join(entry.Also.Select(Names.Kebab)) };
            row.AddRange(Side(entry.Before));
            row.AddRange(Side(entry.After));
            row.Add(entry.Confidence is { } confidence ? Names.Kebab(confidence) : null);
            row.Add(entry.Basis is { } basis ? Names.Kebab(basis) : null);
            row.Add(DisplayText.Join(entry.Evidence));
            row.Add(DisplayText.Join(entry.FieldChanges.Select(DisplayText.Change)));
            row.Add(measures is null ? null : DisplayText.Join(measures.Shared.Select(s => s.Before.Id + " → " + s.After.Id)));
            row.Add(measures is null ? null : DisplayText.Join(measures.New.Select(m => m.Id)));
            row.Add(measures is null ? null : DisplayText.Join(measures.Dropped.Select(m => m.Id)));
            row.Add(measures is null ? null : DisplayText.Join(measures.CounterpartNotMapped.Select(s => s.Before.Id + " → " + s.After.Id)));
            row.Add(measures is null ? null : DisplayText.Join(measures.UntrackedBefore.Select(m => m.Id)));
            row.Add(measures is null ? null : DisplayText.Join(measures.UntrackedAfter.Select(m => m.Id)));
            var mappings = entry.Mappings;
            row.Add(mappings.IsEmpty ? null : DisplayText.Join(mappings.Shared.Select(s => MappingChanges.Describe(s.Before))));
            row.Add(mappings.IsEmpty ? null : DisplayText.Join(mappings.New.Select(MappingChanges.Describe)));
            row.Add(mappings.IsEmpty ? null : DisplayText.Join(mappings.Dropped.Select(MappingChanges.Describe)));
            row.Add(mappings.IsEmpty ? null : DisplayText.Join(mappings.NotComparedBefore.Select(MappingChanges.Describe)));
            row.Add(mappings.IsEmpty ? null : DisplayText.Join(mappings.NotComparedAfter.Select(MappingChanges.Describe)));
            row.Add(entry.Note);
            CsvText.AppendRecord(csv, row);
        }

        foreach (var group in diff.Untracked)
        {
            foreach (var element in group.Before)
            {
                CsvText.AppendRecord(csv, Untracked(group.Kind, Side(ImmutableArray.Create(element)), Side(ImmutableArray<CatalogElement>.Empty)));
            }

            foreach (var element in group.After)
            {
                CsvText.AppendRecord(csv, Untracked(group.Kind, Side(ImmutableArray<CatalogElement>.Empty), Side(ImmutableArray.Create(element))));
            }
        }

        return csv.ToString();
    }

    private static List<string?> Untracked(ElementKind kind, string?[] from, string?[] to)
    {
        var row = new List<string?> { Names.Kebab(kind), NotTracked, null };
        row.AddRange(from);
        row.AddRange(to);
        while (row.Count < Header.Length)
        {
            row.Add(null);
        }

        return row;
    }

    private static string?[] Side(ImmutableArray<CatalogElement> elements) =>
        elements.IsEmpty
            ? new string?[] { null, null, null, null }
            : new string?[]
            {
                DisplayText.Join(elements.Select(e => e.Id)),
                DisplayText.Join(elements.Select(e => e.Clause ?? string.Empty)),
                DisplayText.Join(elements.Select(e => DisplayText.Title(e.Title.Zh))),
                DisplayText.Join(elements.Select(e => DisplayText.Title(e.Title.En))),
            };
}
