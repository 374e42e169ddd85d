using System.Globalization;
using System.Linq;
using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>Renders a <see cref="DataCoverage"/> as Markdown (see <see cref="DataCoverage.ToMarkdown"/>).</summary>
internal static class CoverageMarkdownRenderer
{
    private static readonly string[] Fields = { "clause", "title.zh", "title.en", "pages.zh", "pages.en", "element" };

    private static readonly GapStatus[] Statuses = { GapStatus.Unknown, GapStatus.Translation, GapStatus.Partial, GapStatus.Inferred };

    public static string Render(DataCoverage coverage)
    {
        var md = new StringBuilder();
        var info = coverage.Catalog.Info;
        Line(md, "# AI Safety Governance Framework, edition " + coverage.Edition + ": data coverage");
        Line(md);
        Line(md, "- Edition: " + coverage.Edition + ", " + MarkdownText.Escape(DisplayText.Title(info.Title)) + ", released " + info.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line(md, "- Completeness: " + Completeness(coverage.Completeness));
        Line(md, "- Catalogue data version: " + MarkdownText.Escape(coverage.DataVersion));
        Line(md);
        if (coverage.CompletenessNote is { } note)
        {
            Line(md, MarkdownText.Escape(note));
            Line(md);
        }

        Line(md, "## Elements by provenance");
        Line(md);
        Line(md, "*Verified*: seen verbatim in the official text or a verbatim copy. *Partial*: certainly exists, but something is missing or rests on weaker ground. *Inferred*: reasoned from structure or layout; may be wrong.");
        Line(md);
        Line(md, "| Kind | Verified | Partial | Inferred | Total |");
        Line(md, "|---|---:|---:|---:|---:|");
        foreach (var count in coverage.Counts)
        {
            Line(md, "| " + Names.Plural(count.Kind) + " | " + Number(count.Verified) + " | " + Number(count.Partial) + " | " + Number(count.Inferred) + " | " + Number(count.Total) + " |");
        }

        Line(md, "| **Total** | **" + Number(coverage.Counts.Sum(c => c.Verified)) + "** | **" + Number(coverage.Counts.Sum(c => c.Partial)) + "** | **" + Number(coverage.Counts.Sum(c => c.Inferred)) + "** | **" + Number(coverage.Total) + "** |");
        Line(md);

        Line(md, "## Gaps by field");
        Line(md);
        Line(md, "*Unknown*: no source shows the value. *Translation*: the English title is the project's own rendering; the official one is not known. *Partial*: a value exists but is not confirmed (for a clause: the letter is not printed in any source seen). *Inferred*: a value exists but is reasoned, not seen. *element*: something the edition manifest says may exist but is not encoded.");
        Line(md);
        Line(md, "| Field | Unknown | Translation | Partial | Inferred | Total |");
        Line(md, "|---|---:|---:|---:|---:|---:|");
        foreach (var field in Fields)
        {
            var row = new StringBuilder("| " + field + " |");
            foreach (var status in Statuses)
            {
                row.Append(' ').Append(Number(coverage.Gaps.Count(g => g.Field == field && g.Status == status))).Append(" |");
            }

            Line(md, row.Append(' ').Append(Number(coverage.Gaps.Count(g => g.Field == field))).Append(" |").ToString());
        }

        Line(md, "| **Total** | " + string.Join(" | ", Statuses.Select(s => "**" + Number(coverage.Gaps.Count(g => g.Status == s)) + "**")) + " | **" + Number(coverage.Gaps.Length) + "** |");
        Line(md);

        Line(md, "## Gaps in elements");
        Line(md);
        Line(md, "| Element | Kind | Field | Status | Note |");
        Line(md, "|---|---|---|---|---|");
        foreach (var gap in coverage.Gaps.Where(g => g.Element is not null))
        {
            Line(md, "| `" + gap.ElementId + "` | " + Names.Kebab(gap.Kind!.Value) + " | " + gap.Field + " | " + Names.Kebab(gap.Status) + " | " + MarkdownText.Escape(gap.Note ?? string.Empty) + " |");
        }

        Line(md);
        Line(md, "## Possibly missing elements (edition manifest)");
        Line(md);
        var manifest = coverage.Gaps.Where(g => g.Element is null).ToList();
        if (manifest.Count == 0)
        {
            Line(md, "None listed.");
        }
        else
        {
            Line(md, "| Clause | Status | Note |");
            Line(md, "|---|---|---|");
            foreach (var gap in manifest)
            {
                Line(md, "| " + (gap.Clause is null ? "—" : "`" + gap.Clause + "`") + " | " + Names.Kebab(gap.Status) + " | " + MarkdownText.Escape(gap.Note ?? string.Empty) + " |");
            }
        }

        Line(md);
        Line(md, "## Closing gaps from the official text");
        Line(md);
        Line(md, "Most unknown titles and pages are unknown only because no source reachable while building the catalogue reproduces the official PDF. "
            + "With the PDF (or its text), `aigov source check FILE --edition " + coverage.Edition + "` reports per element what the document prints: "
            + "matches, titles that can be promoted to verified, contradictions of verified titles (exit code 1), titles and printed pages the catalogue lacks; "
            + "`--propose DIR` writes the edits as copies of the YAML files to review with `git diff`. See \"Closing gaps from the official text\" in `catalog/README.md`.");
        return md.ToString();
    }

    private static string Completeness(EditionCompleteness completeness) => completeness switch
    {
        EditionCompleteness.Complete => "complete",
        EditionCompleteness.Partial => "partial",
        _ => "outline",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
