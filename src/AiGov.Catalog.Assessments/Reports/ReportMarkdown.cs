using System.Collections.Generic;
using System.Linq;
using System.Text;
using static AiGov.Catalog.Assessments.Reports.ReportText;
using static AiGov.Catalog.Assessments.Text.Markdown;

namespace AiGov.Catalog.Assessments.Reports;

/// <summary>The Markdown rendering of an <see cref="AssessmentReport"/>.</summary>
internal static class ReportMarkdown
{
    public static string Render(AssessmentReport report)
    {
        var a = report.Assessment;
        var c = report.Coverage;
        var lang = report.Language;
        var b = new StringBuilder();
        Line(b, "# " + Escape(Heading(a)));
        Line(b);
        Row(b, new[] { "Field", "Value" });
        Rule(b, "---", "---");
        Row(b, new[] { "Organisation", Escape(a.Organisation) });
        Row(b, new[] { "Edition", Escape(a.Edition + " — " + TitleFormatter.Format(c.EditionCatalog.Info.Title, lang)) });
        Row(b, new[] { "Assessed", a.AssessedText });
        if (a.Scope is not null)
        {
            Row(b, new[] { "Scope", Escape(a.Scope) });
        }

        if (a.PreviousEdition is { } previous)
        {
            Row(b, new[] { "Migrated from", "edition " + previous });
        }

        Row(b, new[] { "Catalogue data", Escape(report.DataVersion) });
        Line(b);
        Line(b, "## Summary");
        Line(b);
        Line(b, Summary(c.Overall));
        Line(b);
        Row(b, new[] { "Status", "Risks" });
        Rule(b, "---", "---:");
        foreach (var status in AssessmentNames.Statuses)
        {
            Row(b, new[] { AssessmentNames.Label(status), N(c.Overall.Count(status)) });
        }

        Row(b, new[] { "Unassessed", N(c.Overall.Unassessed) });
        Row(b, new[] { "**Total**", "**" + N(c.Overall.Total) + "**" });

        Groups(b, "Coverage by risk category", c.ByCategory, lang, note: null);
        Groups(b, "Coverage by risk sub-category", c.BySubcategory, lang, note: null);
        Groups(b, "Coverage by risk area", c.ByArea, lang, note: "The four cross-edition risk areas (models and algorithms, data, AI systems, AI applications).");
        Groups(b, "Coverage by lifecycle stage", c.ByStage, lang, note: StageNote);
        Groups(b, "Coverage by actor", c.ByActor, lang, note: "Actors the edition's risks are mapped to (exact match; actors with no risk are left out).");
        HeatMap(b, c, lang);
        Gaps(b, c, lang);
        MeasureSections(b, c.Measures, lang);
        Entries(b, c, lang);
        Retired(b, a);
        return b.ToString();
    }

    private static void Groups(StringBuilder b, string heading, IEnumerable<CoverageGroup> groups, TitleLanguage lang, string? note)
    {
        Line(b);
        Line(b, "## " + heading);
        Line(b);
        if (note is not null)
        {
            Line(b, note);
            Line(b);
        }

        Row(b, new[] { "Group", "Title", "Risks", "Addressed", "Partially", "Not addressed", "N/A", "Needs review", "Unassessed", "Score" });
        Rule(b, "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
        foreach (var g in groups)
        {
            var t = g.Tally;
            Row(b, new[]
            {
                (g.Depth > 0 ? "↳ " : string.Empty) + Escape(g.Label),
                Escape(GroupTitle(g, lang)),
                N(t.Total), N(t.Addressed), N(t.PartiallyAddressed), N(t.NotAddressed), N(t.NotApplicable), N(t.NeedsReview), N(t.Unassessed),
                Score(t.ScorePercent),
            });
        }
    }

    internal static string GroupTitle(CoverageGroup g, TitleLanguage lang) =>
        g.Element is not null ? TitleFormatter.Format(g.Element.Title, lang) : TitleFormatter.Format(g.Term!, lang);

    private static void HeatMap(StringBuilder b, AssessmentCoverage c, TitleLanguage lang)
    {
        Line(b);
        Line(b, "## Heat map: lifecycle stage × risk category");
        Line(b);
        Line(b, HeatNote + " " + StageNote);
        Line(b);
        var header = new List<string> { "Stage" };
        header.AddRange(c.HeatMapColumns.Select(col => Escape(TitleFormatter.Label(col))));
        header.Add("All");
        Row(b, header);
        Rule(b, Enumerable.Repeat("---:", header.Count).Select((x, i) => i == 0 ? "---" : x).ToArray());
        foreach (var row in c.HeatMap)
        {
            var cells = new List<string> { (row.Depth > 0 ? "↳ " : string.Empty) + Escape(TitleFormatter.Format(row.Stage, lang)) };
            cells.AddRange(row.Cells.Select(cell => Cell(cell.Tally)));
            cells.Add(Cell(row.Tally));
            Row(b, cells);
        }

        Line(b);
        foreach (var col in c.HeatMapColumns)
        {
            Line(b, "- " + Escape(TitleFormatter.Label(col)) + ": " + Escape(TitleFormatter.Format(col.Title, lang)));
        }

        if (!c.Unstaged.IsEmpty)
        {
            Line(b, "- Not mapped to any stage: " + string.Join(", ", c.Unstaged.Select(r => Code(r.Id))));
        }
    }

    private static string Cell(StatusTally t) => t.Total == 0 ? "—" : Score(t.ScorePercent) + " (" + N(t.Total) + ")";

    private static void Gaps(StringBuilder b, AssessmentCoverage c, TitleLanguage lang)
    {
        Line(b);
        Line(b, "## Gaps");
        Line(b);
        Line(b, "Risks not addressed, partially addressed, needing review or unassessed, in document order.");
        var statuses = new AssessmentStatus?[] { AssessmentStatus.NotAddressed, AssessmentStatus.PartiallyAddressed, AssessmentStatus.NeedsReview, null };
        foreach (var status in statuses)
        {
            var gaps = c.Gaps.Where(g => g.Status == status).ToList();
            Line(b);
            Line(b, "### " + AssessmentNames.Label(status) + " (" + N(gaps.Count) + ")");
            Line(b);
            if (gaps.Count == 0)
            {
                Line(b, "None.");
                continue;
            }

            if (status is null)
            {
                Row(b, new[] { "Risk", "Clause", "Title" });
                Rule(b, "---", "---", "---");
                foreach (var gap in gaps)
                {
                    Row(b, new[] { Code(gap.Risk.Id), Escape(TitleFormatter.Label(gap.Risk)), Escape(Title(gap.Risk, lang)) });
                }

                continue;
            }

            Row(b, new[] { "Risk", "Clause", "Title", "Owner", "Notes" });
            Rule(b, "---", "---", "---", "---", "---");
            foreach (var gap in gaps)
            {
                Row(b, new[] { Code(gap.Risk.Id), Escape(TitleFormatter.Label(gap.Risk)), Escape(Title(gap.Risk, lang)), Escape(gap.Entry!.Owner ?? "—"), Escape(gap.Entry.Notes ?? "—") });
            }
        }
    }

    private static void MeasureSections(StringBuilder b, MeasureCoverage m, TitleLanguage lang)
    {
        Line(b);
        Line(b, "## Measure coverage");
        Line(b);
        if (!m.HasChecklists)
        {
            Line(b, "No entry records a measure checklist (format-version 2; `aigov assess init` lists the measures of each risk).");
            return;
        }

        Line(b, "One row per risk and measure that addresses it in the catalogue, over the entries with a measure checklist (not-applicable risks left out). " + MeasureScoreNote);
        foreach (var (heading, groups, risk) in new[] { ("By risk category", m.ByCategory, false), ("By actor", m.ByActor, false), ("By risk", m.ByRisk, true) })
        {
            Line(b);
            Line(b, "### " + heading);
            Line(b);
            Row(b, new[] { "Group", "Title", "Measures", "Implemented", "Partially", "Planned", "Not implemented", "N/A", "Unanswered", "Score" });
            Rule(b, "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
            foreach (var g in groups)
            {
                var t = g.Tally;
                Row(b, new[]
                {
                    risk || g.Term is not null ? Code(g.Key) : Escape(g.Label),
                    Escape(g.Element is not null ? TitleFormatter.Format(g.Element.Title, lang) : TitleFormatter.Format(g.Term!, lang)),
                    N(t.Total), N(t.Implemented), N(t.PartiallyImplemented), N(t.Planned), N(t.NotImplemented), N(t.NotApplicable), N(t.Unanswered),
                    Score(t.ScorePercent),
                });
            }
        }

        Line(b);
        Line(b, "## Open measures (" + N(m.Open.Length) + ")");
        Line(b);
        if (m.Open.IsEmpty)
        {
            Line(b, "None.");
            return;
        }

        Row(b, new[] { "Risk", "Measure", "Title", "State", "Notes" });
        Rule(b, "---", "---", "---", "---", "---");
        foreach (var o in m.Open)
        {
            Row(b, new[] { Code(o.Risk.Id), Code(o.Measure.Id), Escape(Title(o.Measure, lang)), AssessmentNames.Label(o.State), Escape(o.Answer?.Notes ?? "—") });
        }
    }

    private static void Entries(StringBuilder b, AssessmentCoverage c, TitleLanguage lang)
    {
        Line(b);
        Line(b, "## Entries");
        Line(b);
        Row(b, new[] { "Risk", "Title", "Status", "Owner", "Controls", "Evidence", "Notes" });
        Rule(b, "---", "---", "---", "---", "---", "---", "---");
        foreach (var risk in c.EditionCatalog.Risks)
        {
            var entry = c.Assessment.Find(risk.Id);
            if (entry is null)
            {
                continue;
            }

            var notes = entry.Notes ?? string.Empty;
            if (!entry.Measures.IsEmpty)
            {
                var t = new MeasureTally(entry.Measures.Select(x => x.State));
                notes = (notes.Length > 0 ? notes + " " : string.Empty) + "Measures: " + N(t.Implemented) + " of " + N(t.Total) + " implemented.";
            }

            if (!entry.MigratedFrom.IsEmpty)
            {
                notes = (notes.Length > 0 ? notes + " " : string.Empty) + "Migrated from " + string.Join(", ", entry.MigratedFrom.Select(p => p.RiskId + " (" + AssessmentNames.Of(p.Relation) + (p.Status is { } s ? ", was " + AssessmentNames.Of(s) : string.Empty) + ")")) + ".";
            }

            Row(b, new[]
            {
                Code(risk.Id),
                Escape(Title(risk, lang)),
                AssessmentNames.Of(entry.Status),
                Escape(entry.Owner ?? "—"),
                entry.Controls.IsEmpty ? "—" : Escape(string.Join("; ", entry.Controls)),
                entry.Evidence.IsEmpty ? "—" : string.Join(" ", entry.Evidence.Select(e => Text.Html.IsSafeLink(e) ? "<" + e.Replace(">", "%3E", System.StringComparison.Ordinal).Replace("|", "%7C", System.StringComparison.Ordinal) + ">" : Escape(e))),
                Escape(notes.Length == 0 ? "—" : notes),
            });
        }
    }

    private static void Retired(StringBuilder b, Assessment a)
    {
        if (a.Retired.IsEmpty)
        {
            return;
        }

        Line(b);
        Line(b, "## Retired answers");
        Line(b);
        Line(b, "Answers to risks of an earlier edition that this edition removed, kept by migration.");
        Line(b);
        Row(b, new[] { "Earlier risk", "Status", "Owner", "Note" });
        Rule(b, "---", "---", "---", "---");
        foreach (var prior in a.Retired)
        {
            Row(b, new[] { Code(prior.RiskId), prior.Status is { } s ? AssessmentNames.Of(s) : "—", Escape(prior.Owner ?? "—"), Escape(prior.Note ?? "—") });
        }
    }
}
