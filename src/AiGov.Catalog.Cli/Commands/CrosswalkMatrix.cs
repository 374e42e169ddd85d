using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary>
/// The crosswalk coverage matrix of one edition and framework. The rows cover every element kind that the edition's
/// sets map to the framework (risks, technical and governance measures, guideline items, appendix measures): one row
/// per risk category for risks, one per enclosing heading (measure group, section, guideline set, appendix measure
/// group) for the others, in document order. The columns are the framework's top-level groups (NIST AI RMF function,
/// MIT domain, ISO/IEC 42001 Annex A group, NIST AI 600-1 risk) or, for the EU AI Act, its chapters and one column
/// for the annexes. A cell counts the row's elements mapped to a term of that column (an element mapped to several
/// columns counts in each; considered non-matches do not count); then per row the elements mapped, those with only
/// considered non-matches, and those not yet looked at (no row at all).
/// </summary>
internal static class CrosswalkMatrix
{
    private const string Annexes = "Annexes";

    // The row-key width the fit allows for before numbering the columns ("1.0:4.1.1" and the like).
    private const int KeyBudget = 10;

    // The chapters of Regulation (EU) 2024/1689 and their articles, from the "Chapters and sections" table of the
    // reference list crosswalks/eu-ai-act.md (the term list carries no parent for an article).
    private static readonly (string Chapter, int First, int Last)[] AiActChapters =
    {
        ("I", 1, 4), ("II", 5, 5), ("III", 6, 49), ("IV", 50, 50), ("V", 51, 56), ("VI", 57, 63), ("VII", 64, 70),
        ("VIII", 71, 71), ("IX", 72, 94), ("X", 95, 96), ("XI", 97, 98), ("XII", 99, 101), ("XIII", 102, 113),
    };

    public static string Write(GovernanceCatalog catalog, EditionCatalog edition, TargetFramework framework, string format, int? width)
    {
        var isAiAct = framework.Id == "eu-ai-act";
        var groups = isAiAct
            ? AiActChapters.Select(c => c.Chapter).Append(Annexes).ToList()
            : framework.Terms.Where(t => t.ParentId is null).Select(t => t.Id).ToList();
        var rows = Rows(catalog, edition, framework, groups, isAiAct);
        var n = (int value) => value.ToString(CultureInfo.InvariantCulture);
        var columnTitle = isAiAct ? (System.Func<string, string>)(g => g == Annexes ? g : "Chapter " + g) : g => g;
        switch (format)
        {
            case "md":
            {
                var sb = new StringBuilder();
                sb.Append("| Row | ").Append(string.Join(" | ", groups.Select(columnTitle))).Append(" | Mapped | Non-match only | Not yet looked at |\n");
                sb.Append("|---|").Append(string.Concat(groups.Select(_ => "---:|"))).Append("---:|---:|---:|\n");
                foreach (var r in rows)
                {
                    sb.Append("| ").Append(r.Id).Append(' ').Append(r.Title.Replace("|", "\\|")).Append(" | ")
                        .Append(string.Join(" | ", r.Counts.Select(n))).Append(" | ").Append(n(r.Mapped)).Append(" | ")
                        .Append(n(r.NonMatch)).Append(" | ").Append(n(r.Open)).Append(" |\n");
                }

                return sb.ToString();
            }

            case "csv":
            {
                // RFC 4180 with CRLF record ends, like the library's CSV tables.
                var sb = new StringBuilder();
                sb.Append("row_id,row_title,").Append(string.Join(",", groups.Select(g => Csv(columnTitle(g))))).Append(",mapped,non_match_only,not_yet_looked_at\r\n");
                foreach (var r in rows)
                {
                    sb.Append(Csv(r.Id)).Append(',').Append(Csv(r.Title)).Append(',').Append(string.Join(",", r.Counts.Select(n)))
                        .Append(',').Append(n(r.Mapped)).Append(',').Append(n(r.NonMatch)).Append(',').Append(n(r.Open)).Append("\r\n");
                }

                return sb.ToString();
            }

            default:
            {
                var writer = new System.IO.StringWriter { NewLine = "\n" };
                var table = Table(rows, groups, numbered: false, n);
                var numbered = width is { } available && NaturalWidth(rows, groups, numbered: false, n) > available;
                if (numbered)
                {
                    // Too wide with the group IDs as headers: number the columns and give the key below.
                    table = Table(rows, groups, numbered: true, n);
                }

                table.Write(writer, width);
                writer.Write("\n");
                if (numbered)
                {
                    Paragraph.Write(writer, width, string.Empty, isAiAct
                        ? "1-13: Chapters I-XIII, 14: Annexes."
                        : string.Join(", ", groups.Select((g, i) => n(i + 1) + " " + columnTitle(g))) + ".");
                }

                Paragraph.Write(writer, width, string.Empty,
                    "Elements of each row (risks by category; measures and guideline items by their heading) mapped to each "
                    + (isAiAct ? "chapter" : "group") + " of " + framework + " (an element mapped to several counts in each); "
                    + "Mapped: elements with a mapping; No match: only considered non-matches; Open: not yet looked at.");
                return writer.ToString();
            }
        }
    }

    private static List<MatrixRow> Rows(GovernanceCatalog catalog, EditionCatalog edition, TargetFramework framework, List<string> groups, bool isAiAct)
    {
        var mapped = catalog.MappingSets
            .Where(s => ReferenceEquals(s.Framework, framework) && s.Edition == edition.Edition)
            .SelectMany(s => s.Mappings)
            .Select(m => edition.Find(m.SubjectId).Kind)
            .ToHashSet();
        var rows = new List<MatrixRow>();
        var byGroup = new Dictionary<string, MatrixRow>();
        foreach (var element in edition.Elements.Where(e => mapped.Contains(e.Kind)))
        {
            var heading = element is Risk risk ? risk.Category : element.Parent ?? element;
            if (!byGroup.TryGetValue(heading.Id, out var row))
            {
                row = new MatrixRow(heading.Id, heading.Title.En.Text ?? heading.Title.Zh.Text ?? string.Empty, element.Kind, new int[groups.Count]);
                byGroup[heading.Id] = row;
                rows.Add(row);
            }

            var mappings = catalog.MappingsOf(element).Where(m => ReferenceEquals(m.Set.Framework, framework)).ToList();
            if (mappings.Count == 0)
            {
                row.Open++;
            }
            else if (mappings.All(m => m.IsNegated))
            {
                row.NonMatch++;
            }
            else
            {
                row.Mapped++;
            }

            foreach (var group in mappings.Where(m => !m.IsNegated).Select(m => Column(framework, m.Term, isAiAct)).Distinct())
            {
                row.Counts[groups.IndexOf(group)]++;
            }
        }

        // Risk categories first, then the headings of technical measures, governance measures, guideline items and
        // appendix measures, each in document order.
        var order = edition.Elements.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i);
        return rows.OrderBy(r => r.Kind).ThenBy(r => order.TryGetValue(r.Id, out var i) ? i : int.MaxValue).ToList();
    }

    private static TextTable Table(List<MatrixRow> rows, List<string> groups, bool numbered, System.Func<int, string> n)
    {
        var table = new TextTable(new[] { "^Row" }.Concat(groups.Select((g, i) => ">" + (numbered ? n(i + 1) : g))).Concat(new[] { ">Mapped", ">No match", ">Open" }).ToArray());
        foreach (var r in rows)
        {
            table.Add(new[] { r.Id }.Concat(r.Counts.Select(n)).Concat(new[] { n(r.Mapped), n(r.NonMatch), n(r.Open) }).ToArray());
        }

        return table;
    }

    // The width of the table's rows unfitted: every column as wide as its widest cell, two spaces between columns.
    private static int NaturalWidth(List<MatrixRow> rows, List<string> groups, bool numbered, System.Func<int, string> n)
    {
        var headers = new[] { "Row" }.Concat(groups.Select((g, i) => numbered ? n(i + 1) : g)).Concat(new[] { "Mapped", "No match", "Open" }).ToList();
        var widths = headers.Select(TextWidth.Of).ToArray();
        foreach (var r in rows)
        {
            var cells = new[] { r.Id }.Concat(r.Counts.Select(n)).Concat(new[] { n(r.Mapped), n(r.NonMatch), n(r.Open) }).ToList();
            for (var i = 1; i < cells.Count; i++)
            {
                widths[i] = System.Math.Max(widths[i], TextWidth.Of(cells[i]));
            }
        }

        // The row key narrows (TextTable writes a longer one on a line of its own): count it up to a clause-sized ID.
        widths[0] = System.Math.Max(widths[0], System.Math.Min(KeyBudget, rows.Select(r => TextWidth.Of(r.Id)).DefaultIfEmpty(0).Max()));
        return widths.Sum() + (2 * (widths.Length - 1));
    }

    private static string Column(TargetFramework framework, FrameworkTerm term, bool isAiAct)
    {
        if (isAiAct)
        {
            if (term.Kind == "annex")
            {
                return Annexes;
            }

            var number = int.Parse(term.Id.Substring("Art. ".Length), NumberStyles.None, CultureInfo.InvariantCulture);
            return AiActChapters.First(c => number >= c.First && number <= c.Last).Chapter;
        }

        var current = term;
        while (current.ParentId is not null && framework.TryFindTerm(current.ParentId, out var parent))
        {
            current = parent;
        }

        return current.Id;
    }

    private static string Csv(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    private sealed class MatrixRow(string id, string title, ElementKind kind, int[] counts)
    {
        public ElementKind Kind { get; } = kind;

        public string Id { get; } = id;

        public string Title { get; } = title;

        public int[] Counts { get; } = counts;

        public int Mapped { get; set; }

        public int NonMatch { get; set; }

        public int Open { get; set; }
    }
}
