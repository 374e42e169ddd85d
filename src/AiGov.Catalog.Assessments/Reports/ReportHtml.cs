using System.Collections.Generic;
using System.Linq;
using System.Text;
using static AiGov.Catalog.Assessments.Reports.ReportText;
using static AiGov.Catalog.Assessments.Text.Html;

namespace AiGov.Catalog.Assessments.Reports;

/// <summary>
/// The HTML rendering of an <see cref="AssessmentReport"/>: one self-contained page, inline CSS, no script, no external
/// resource, every text escaped. The heat map colours a cell by its score, in five bands named in a legend.
/// </summary>
/// <remarks>
/// Languages: the page's own text (headings, labels, notes) is English whatever the title language, so the root is
/// <c>lang="en"</c>; every Chinese title (with <see cref="TitleLanguage.Zh"/> or <see cref="TitleLanguage.Both"/>) is
/// a <c>&lt;span lang="zh-Hans"&gt;</c>, so that browsers, screen readers and translation tools treat each title in its
/// own language.
/// </remarks>
internal static class ReportHtml
{
    private const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.4rem; }
        table { border-collapse: collapse; margin: .6rem 0; font-size: .9rem; }
        th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; vertical-align: top; text-align: left; }
        th { background: #f3f5f7; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: .85rem; }
        .meta td:first-child { font-weight: 600; }
        .note { color: #57606a; font-size: .88rem; max-width: 60rem; }
        .bar { display: inline-block; height: .7rem; background: currentColor; vertical-align: middle; }
        .heat td { text-align: center; min-width: 5.5rem; }
        .heat td.stage { text-align: left; }
        .h0 { background: #f6c6c6; } .h1 { background: #fbdcb4; } .h2 { background: #fff1a8; } .h3 { background: #d3efc4; } .h4 { background: #9fdc8e; } .hn { background: #eef0f2; color: #8c959f; }
        .legend span { display: inline-block; padding: .1rem .5rem; margin-right: .3rem; border: 1px solid #d0d7de; font-size: .85rem; }
        .s-addressed { color: #1a7f37; } .s-partially-addressed { color: #9a6700; } .s-not-addressed { color: #cf222e; } .s-not-applicable { color: #57606a; } .s-needs-review { color: #8250df; } .s-unassessed { color: #cf222e; font-style: italic; }
        @media print { body { margin: 0; max-width: none; } }
        """;

    public static string Render(AssessmentReport report)
    {
        var a = report.Assessment;
        var c = report.Coverage;
        var lang = report.Language;
        var b = new StringBuilder();
        L(b, "<!DOCTYPE html>");
        L(b, "<html lang=\"en\">");
        L(b, "<head>");
        L(b, "<meta charset=\"utf-8\">");
        L(b, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        L(b, "<title>" + Escape(Heading(a) + " (edition " + a.Edition + ", " + a.AssessedText + ")") + "</title>");
        L(b, "<style>");
        L(b, Css);
        L(b, "</style>");
        L(b, "</head>");
        L(b, "<body>");
        L(b, "<h1>" + Escape(Heading(a)) + "</h1>");
        L(b, "<table class=\"meta\">");
        Meta(b, "Organisation", a.Organisation);
        L(b, "<tr><td>Edition</td><td>" + Escape(a.Edition + " — ") + TitleHtml(c.EditionCatalog.Info.Title, lang) + "</td></tr>");
        Meta(b, "Assessed", a.AssessedText);
        if (a.Scope is not null)
        {
            Meta(b, "Scope", a.Scope);
        }

        if (a.PreviousEdition is { } previous)
        {
            Meta(b, "Migrated from", "edition " + previous);
        }

        Meta(b, "Catalogue data", report.DataVersion);
        L(b, "</table>");

        L(b, "<h2 id=\"summary\">Summary</h2>");
        L(b, "<p>" + Escape(Summary(c.Overall)) + "</p>");
        L(b, "<table>");
        L(b, "<tr><th>Status</th><th class=\"n\">Risks</th><th>Share</th></tr>");
        foreach (var status in AssessmentNames.Statuses.Cast<AssessmentStatus?>().Append(null))
        {
            var count = c.Overall.Count(status);
            var width = c.Overall.Total == 0 ? 0 : (count * 240) / c.Overall.Total;
            L(b, "<tr><td class=\"" + StatusClass(status) + "\">" + Escape(AssessmentNames.Label(status)) + "</td><td class=\"n\">" + N(count) + "</td><td class=\"" + StatusClass(status) + "\"><span class=\"bar\" style=\"width:" + N(width) + "px\"></span></td></tr>");
        }

        L(b, "<tr><th>Total</th><th class=\"n\">" + N(c.Overall.Total) + "</th><th></th></tr>");
        L(b, "</table>");

        Groups(b, "by-category", "Coverage by risk category", c.ByCategory, lang, null);
        HeatMap(b, c, lang);
        Groups(b, "by-subcategory", "Coverage by risk sub-category", c.BySubcategory, lang, null);
        Groups(b, "by-area", "Coverage by risk area", c.ByArea, lang, "The four cross-edition risk areas (models and algorithms, data, AI systems, AI applications).");
        Groups(b, "by-stage", "Coverage by lifecycle stage", c.ByStage, lang, StageNote);
        Groups(b, "by-actor", "Coverage by actor", c.ByActor, lang, "Actors the edition's risks are mapped to (exact match; actors with no risk are left out).");
        Gaps(b, c, lang);
        MeasureSections(b, c.Measures, lang);
        Entries(b, c, lang);
        Retired(b, a);
        L(b, "<p class=\"note\">Generated by aigov from the AiGov.Catalog data " + Escape(report.DataVersion) + ". Titles marked “(our translation)” are the project's English renderings, not official titles; “(unknown)” marks a title no source gives.</p>");
        L(b, "</body>");
        L(b, "</html>");
        return b.ToString();
    }

    /// <summary>A title as HTML in the chosen language(s): the Chinese one in a <c>lang="zh-Hans"</c> span (the page is English).</summary>
    private static string TitleHtml(Title title, TitleLanguage lang) => lang switch
    {
        TitleLanguage.Zh => Zh(title.Zh.Text is null ? null : TitleFormatter.Format(title.Zh)),
        TitleLanguage.En => Escape(TitleFormatter.Format(title.En)),
        _ => Zh(title.Zh.Text is null ? null : TitleFormatter.Format(title.Zh)) + " / " + Escape(TitleFormatter.Format(title.En)),
    };

    /// <summary>A stage's or actor's name as HTML, like <see cref="TitleHtml"/>.</summary>
    private static string TermHtml(VocabularyTerm term, TitleLanguage lang) => lang switch
    {
        TitleLanguage.Zh => Zh(term.TitleZh),
        TitleLanguage.En => Escape(term.TitleEn),
        _ => Zh(term.TitleZh) + " / " + Escape(term.TitleEn),
    };

    /// <summary>Chinese text in a <c>lang="zh-Hans"</c> span; "(unknown)", which is English, for none.</summary>
    private static string Zh(string? text) => text is null ? Escape(TitleFormatter.Unknown) : "<span lang=\"zh-Hans\">" + Escape(text) + "</span>";

    private static void Meta(StringBuilder b, string field, string value) => L(b, "<tr><td>" + Escape(field) + "</td><td>" + Escape(value) + "</td></tr>");

    private static void Groups(StringBuilder b, string id, string heading, IEnumerable<CoverageGroup> groups, TitleLanguage lang, string? note)
    {
        L(b, "<h2 id=\"" + id + "\">" + Escape(heading) + "</h2>");
        if (note is not null)
        {
            L(b, "<p class=\"note\">" + Escape(note) + "</p>");
        }

        L(b, "<table>");
        L(b, "<tr><th>Group</th><th>Title</th><th class=\"n\">Risks</th><th class=\"n\">Addressed</th><th class=\"n\">Partially</th><th class=\"n\">Not addressed</th><th class=\"n\">N/A</th><th class=\"n\">Needs review</th><th class=\"n\">Unassessed</th><th class=\"n\">Score</th></tr>");
        foreach (var g in groups)
        {
            var t = g.Tally;
            L(b, "<tr><td>" + (g.Depth > 0 ? "↳ " : string.Empty) + Escape(g.Label) + "</td><td>" + (g.Element is not null ? TitleHtml(g.Element.Title, lang) : TermHtml(g.Term!, lang)) + "</td>"
                + Num(t.Total) + Num(t.Addressed) + Num(t.PartiallyAddressed) + Num(t.NotAddressed) + Num(t.NotApplicable) + Num(t.NeedsReview) + Num(t.Unassessed)
                + "<td class=\"n " + Heat(t) + "\">" + Escape(Score(t.ScorePercent)) + "</td></tr>");
        }

        L(b, "</table>");
    }

    private static void HeatMap(StringBuilder b, AssessmentCoverage c, TitleLanguage lang)
    {
        L(b, "<h2 id=\"heat-map\">Heat map: lifecycle stage × risk category</h2>");
        L(b, "<p class=\"note\">" + Escape(HeatNote + " " + StageNote) + "</p>");
        L(b, "<p class=\"legend\"><span class=\"h0\">0–24%</span><span class=\"h1\">25–49%</span><span class=\"h2\">50–74%</span><span class=\"h3\">75–99%</span><span class=\"h4\">100%</span><span class=\"hn\">no risk applies</span></p>");
        L(b, "<table class=\"heat\">");
        var header = new StringBuilder("<tr><th>Stage</th>");
        foreach (var column in c.HeatMapColumns)
        {
            header.Append("<th title=\"").Append(Escape(TitleFormatter.Format(column.Title, lang))).Append("\">")
                .Append(Escape(TitleFormatter.Label(column))).Append("<br><small>").Append(TitleHtml(column.Title, lang)).Append("</small></th>");
        }

        header.Append("<th>All</th></tr>");
        L(b, header.ToString());
        foreach (var row in c.HeatMap)
        {
            var line = new StringBuilder("<tr><td class=\"stage\">");
            line.Append(row.Depth > 0 ? "↳ " : string.Empty).Append(TermHtml(row.Stage, lang)).Append("</td>");
            foreach (var cell in row.Cells)
            {
                line.Append(HeatCell(cell.Tally, string.Join(" ", cell.RiskIds)));
            }

            line.Append(HeatCell(row.Tally, null)).Append("</tr>");
            L(b, line.ToString());
        }

        L(b, "</table>");
        if (!c.Unstaged.IsEmpty)
        {
            L(b, "<p class=\"note\">Not mapped to any stage: " + string.Join(", ", c.Unstaged.Select(r => "<code>" + Escape(r.Id) + "</code>")) + "</p>");
        }
    }

    private static string HeatCell(StatusTally t, string? tooltip)
    {
        if (t.Total == 0)
        {
            return "<td class=\"hn\">—</td>";
        }

        return "<td class=\"" + Heat(t) + "\"" + (tooltip is null ? string.Empty : " title=\"" + Escape(tooltip) + "\"") + ">"
            + Escape(Score(t.ScorePercent)) + "<br><small>" + N(t.Assessed) + "/" + N(t.Total) + " assessed</small></td>";
    }

    private static string Heat(StatusTally t) => t.ScorePercent switch
    {
        null => "hn",
        < 25 => "h0",
        < 50 => "h1",
        < 75 => "h2",
        < 100 => "h3",
        _ => "h4",
    };

    private static void Gaps(StringBuilder b, AssessmentCoverage c, TitleLanguage lang)
    {
        L(b, "<h2 id=\"gaps\">Gaps</h2>");
        L(b, "<p class=\"note\">Risks not addressed, partially addressed, needing review or unassessed, in document order.</p>");
        foreach (var status in new AssessmentStatus?[] { AssessmentStatus.NotAddressed, AssessmentStatus.PartiallyAddressed, AssessmentStatus.NeedsReview, null })
        {
            var gaps = c.Gaps.Where(g => g.Status == status).ToList();
            L(b, "<h3 class=\"" + StatusClass(status) + "\">" + Escape(AssessmentNames.Label(status)) + " (" + N(gaps.Count) + ")</h3>");
            if (gaps.Count == 0)
            {
                L(b, "<p>None.</p>");
                continue;
            }

            L(b, "<table>");
            L(b, status is null ? "<tr><th>Risk</th><th>Clause</th><th>Title</th></tr>" : "<tr><th>Risk</th><th>Clause</th><th>Title</th><th>Owner</th><th>Notes</th></tr>");
            foreach (var gap in gaps)
            {
                var cells = "<td><code>" + Escape(gap.Risk.Id) + "</code></td><td>" + Escape(TitleFormatter.Label(gap.Risk)) + "</td><td>" + TitleHtml(gap.Risk.Title, lang) + "</td>";
                if (gap.Status is not null)
                {
                    cells += "<td>" + Escape(gap.Entry!.Owner ?? "—") + "</td><td>" + Escape(gap.Entry.Notes ?? "—") + "</td>";
                }

                L(b, "<tr>" + cells + "</tr>");
            }

            L(b, "</table>");
        }
    }

    private static void MeasureSections(StringBuilder b, MeasureCoverage m, TitleLanguage lang)
    {
        L(b, "<h2 id=\"measures\">Measure coverage</h2>");
        if (!m.HasChecklists)
        {
            L(b, "<p class=\"note\">No entry records a measure checklist (format-version 2; <code>aigov assess init</code> lists the measures of each risk).</p>");
            return;
        }

        L(b, "<p class=\"note\">One row per risk and measure that addresses it in the catalogue, over the entries with a measure checklist (not-applicable risks left out). " + Escape(MeasureScoreNote) + "</p>");
        foreach (var (heading, groups, risk) in new[] { ("By risk category", m.ByCategory, false), ("By actor", m.ByActor, false), ("By risk", m.ByRisk, true) })
        {
            L(b, "<h3>" + Escape(heading) + "</h3>");
            L(b, "<table>");
            L(b, "<tr><th>Group</th><th>Title</th><th class=\"n\">Measures</th><th class=\"n\">Implemented</th><th class=\"n\">Partially</th><th class=\"n\">Planned</th><th class=\"n\">Not implemented</th><th class=\"n\">N/A</th><th class=\"n\">Unanswered</th><th class=\"n\">Score</th></tr>");
            foreach (var g in groups)
            {
                var t = g.Tally;
                var title = g.Element is not null ? TitleHtml(g.Element.Title, lang) : TermHtml(g.Term!, lang);
                L(b, "<tr><td>" + (risk || g.Term is not null ? "<code>" + Escape(g.Key) + "</code>" : Escape(g.Label)) + "</td><td>" + title + "</td>" + Num(t.Total) + Num(t.Implemented) + Num(t.PartiallyImplemented) + Num(t.Planned) + Num(t.NotImplemented) + Num(t.NotApplicable) + Num(t.Unanswered) + "<td class=\"n\">" + Escape(Score(t.ScorePercent)) + "</td></tr>");
            }

            L(b, "</table>");
        }

        L(b, "<h2 id=\"open-measures\">Open measures (" + N(m.Open.Length) + ")</h2>");
        if (m.Open.IsEmpty)
        {
            L(b, "<p>None.</p>");
            return;
        }

        L(b, "<table>");
        L(b, "<tr><th>Risk</th><th>Measure</th><th>Title</th><th>State</th><th>Notes</th></tr>");
        foreach (var o in m.Open)
        {
            L(b, "<tr><td><code>" + Escape(o.Risk.Id) + "</code></td><td><code>" + Escape(o.Measure.Id) + "</code></td><td>" + TitleHtml(o.Measure.Title, lang) + "</td><td>" + Escape(AssessmentNames.Label(o.State)) + "</td><td>" + Escape(o.Answer?.Notes ?? "—") + "</td></tr>");
        }

        L(b, "</table>");
    }

    private static void Entries(StringBuilder b, AssessmentCoverage c, TitleLanguage lang)
    {
        L(b, "<h2 id=\"entries\">Entries</h2>");
        L(b, "<table>");
        L(b, "<tr><th>Risk</th><th>Title</th><th>Status</th><th>Owner</th><th>Controls</th><th>Evidence</th><th>Notes</th></tr>");
        foreach (var risk in c.EditionCatalog.Risks)
        {
            var entry = c.Assessment.Find(risk.Id);
            if (entry is null)
            {
                continue;
            }

            var evidence = entry.Evidence.IsEmpty
                ? "—"
                : string.Join("<br>", entry.Evidence.Select(e => IsSafeLink(e) ? "<a href=\"" + Escape(e) + "\" rel=\"noopener noreferrer\">" + Escape(e) + "</a>" : Escape(e)));
            var controls = entry.Controls.IsEmpty ? "—" : "<ul>" + string.Concat(entry.Controls.Select(x => "<li>" + Escape(x) + "</li>")) + "</ul>";
            var notes = Escape(entry.Notes ?? string.Empty);
            if (!entry.MigratedFrom.IsEmpty)
            {
                notes += (notes.Length > 0 ? "<br>" : string.Empty) + "<small>Migrated from " + string.Join(", ", entry.MigratedFrom.Select(p => "<code>" + Escape(p.RiskId) + "</code> (" + Escape(AssessmentNames.Of(p.Relation)) + (p.Status is { } s ? ", was " + Escape(AssessmentNames.Of(s)) : string.Empty) + ")")) + "</small>";
            }

            L(b, "<tr><td><code>" + Escape(risk.Id) + "</code></td><td>" + TitleHtml(risk.Title, lang) + "</td><td class=\"" + StatusClass(entry.Status) + "\">" + Escape(AssessmentNames.Of(entry.Status))
                + "</td><td>" + Escape(entry.Owner ?? "—") + "</td><td>" + controls + "</td><td>" + evidence + "</td><td>" + (notes.Length == 0 ? "—" : notes) + "</td></tr>");
        }

        L(b, "</table>");
    }

    private static void Retired(StringBuilder b, Assessment a)
    {
        if (a.Retired.IsEmpty)
        {
            return;
        }

        L(b, "<h2 id=\"retired\">Retired answers</h2>");
        L(b, "<p class=\"note\">Answers to risks of an earlier edition that this edition removed, kept by migration.</p>");
        L(b, "<table>");
        L(b, "<tr><th>Earlier risk</th><th>Status</th><th>Owner</th><th>Note</th></tr>");
        foreach (var prior in a.Retired)
        {
            L(b, "<tr><td><code>" + Escape(prior.RiskId) + "</code></td><td>" + Escape(prior.Status is { } s ? AssessmentNames.Of(s) : "—") + "</td><td>" + Escape(prior.Owner ?? "—") + "</td><td>" + Escape(prior.Note ?? "—") + "</td></tr>");
        }

        L(b, "</table>");
    }

    private static string StatusClass(AssessmentStatus? status) => "s-" + (status is { } s ? AssessmentNames.Of(s) : "unassessed");

    private static string Num(int value) => "<td class=\"n\">" + N(value) + "</td>";

    private static void L(StringBuilder b, string text) => b.Append(text).Append('\n');
}
