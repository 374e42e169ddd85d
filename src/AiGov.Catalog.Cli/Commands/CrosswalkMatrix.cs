using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary>
/// The crosswalk coverage matrix of one edition and framework: one row per risk category, one column per top-level
/// group of the framework (NIST function, MIT domain, ISO group), each cell the number of the category's risks mapped
/// to a term of that group (considered non-matches not counted), and the risks not yet looked at.
/// </summary>
internal static class CrosswalkMatrix
{
    public static string Write(GovernanceCatalog catalog, EditionCatalog edition, TargetFramework framework, string format, int? width)
    {
        var groups = framework.Terms.Where(t => t.ParentId is null).Select(t => t.Id).ToList();
        var rows = new List<(string Id, string Title, int[] Counts, int Open)>();
        foreach (var category in edition.Categories)
        {
            var risks = edition.Risks.Where(r => ReferenceEquals(r.Category, category)).ToList();
            var counts = new int[groups.Count];
            var open = 0;
            foreach (var risk in risks)
            {
                var mappings = catalog.MappingsOf(risk).Where(m => ReferenceEquals(m.Set.Framework, framework)).ToList();
                if (mappings.Count == 0)
                {
                    open++;
                }

                foreach (var group in mappings.Where(m => !m.IsNegated).Select(m => Root(framework, m.Term)).Distinct())
                {
                    counts[groups.IndexOf(group)]++;
                }
            }

            rows.Add((category.Id, category.Title.En.Text ?? category.Title.Zh.Text ?? string.Empty, counts, open));
        }

        var n = (int value) => value.ToString(CultureInfo.InvariantCulture);
        switch (format)
        {
            case "md":
            {
                var sb = new StringBuilder();
                sb.Append("| Category | ").Append(string.Join(" | ", groups)).Append(" | Not yet looked at |\n");
                sb.Append("|---|").Append(string.Concat(groups.Select(_ => "---:|"))).Append("---:|\n");
                foreach (var r in rows)
                {
                    sb.Append("| ").Append(r.Id).Append(' ').Append(r.Title.Replace("|", "\\|")).Append(" | ")
                        .Append(string.Join(" | ", r.Counts.Select(n))).Append(" | ").Append(n(r.Open)).Append(" |\n");
                }

                return sb.ToString();
            }

            case "csv":
            {
                var sb = new StringBuilder();
                sb.Append("category_id,category_title,").Append(string.Join(",", groups.Select(Csv))).Append(",not_yet_looked_at\n");
                foreach (var r in rows)
                {
                    sb.Append(r.Id).Append(',').Append(Csv(r.Title)).Append(',').Append(string.Join(",", r.Counts.Select(n))).Append(',').Append(n(r.Open)).Append('\n');
                }

                return sb.ToString();
            }

            default:
            {
                var table = new TextTable(new[] { "Category" }.Concat(groups.Select(g => ">" + g)).Concat(new[] { ">Open" }).ToArray());
                foreach (var r in rows)
                {
                    table.Add(new[] { r.Id }.Concat(r.Counts.Select(n)).Concat(new[] { n(r.Open) }).ToArray());
                }

                var writer = new System.IO.StringWriter { NewLine = "\n" };
                table.Write(writer, width);
                writer.Write("\n");
                Paragraph.Write(writer, width, string.Empty, "Risks per category mapped to each group of " + framework + " (non-matches not counted); Open: not yet looked at.");
                return writer.ToString();
            }
        }
    }

    private static string Root(TargetFramework framework, FrameworkTerm term)
    {
        var current = term;
        while (current.ParentId is not null && framework.TryFindTerm(current.ParentId, out var parent))
        {
            current = parent;
        }

        return current.Id;
    }

    private static string Csv(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
