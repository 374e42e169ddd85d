using System.Collections.Generic;
using System.Linq;
using System.Text;
using static AiGov.Catalog.Assessments.Reports.ReportText;
using static AiGov.Catalog.Assessments.Text.Markdown;

namespace AiGov.Catalog.Assessments.Migration;

/// <summary>The Markdown rendering of a <see cref="MigrationResult"/>.</summary>
internal static class MigrationMarkdown
{
    public static string Render(MigrationResult m, TitleLanguage lang)
    {
        var b = new StringBuilder();
        var from = m.From.ToString();
        var to = m.To.ToString();
        Line(b, "# Migration of " + Escape(m.Source.Organisation) + "'s self-assessment from edition " + from + " to " + to);
        Line(b);
        Line(b, "Assessed " + m.Source.AssessedText + " · catalogue data " + Escape(m.DataVersion) + " · through the lineage " + from + " → " + to + ".");
        Line(b);
        Line(b, "## Summary");
        Line(b);
        Row(b, new[] { "Outcome", from + " entries", "What it means" });
        Rule(b, "---", "---:", "---");
        Row(b, new[] { "Kept", N(m.Count(MigrationOutcome.Kept)), "unchanged, reworded or renamed: the answer carries over as it was" });
        Row(b, new[] { "Moved", N(m.Count(MigrationOutcome.Moved)), "renumbered or moved under another parent: the answer carries over, with a note" });
        Row(b, new[] { "Needs review", N(m.Count(MigrationOutcome.NeedsReview)), "split or merged: the " + to + " entry is marked needs-review, with the prior answers attached" });
        Row(b, new[] { "Dropped", N(m.Count(MigrationOutcome.Dropped)), "removed in " + to + ": the answer is kept under `retired`" });
        Row(b, new[] { "**Total**", "**" + N(m.Steps.Length) + "**", string.Empty });
        Line(b);
        var targetRisks = m.Catalog.Edition(m.To).Risks.Length;
        var carried = m.Migrated.Entries.Count(e => e.Status != AssessmentStatus.NeedsReview);
        Line(b, "Edition " + to + " has " + N(targetRisks) + " risks: " + N(carried) + " with a carried answer, " + N(m.NeedsReview.Length) + " need review, "
            + N(targetRisks - m.Migrated.Entries.Length) + " unassessed (" + N(m.NewRisks.Length) + " new in " + to + ", "
            + N(m.UnassessedPredecessors.Length) + " whose " + from + " predecessors were not assessed).");

        Line(b);
        Line(b, "## What happened to each " + from + " entry");
        Line(b);
        Row(b, new[] { from + " risk", "Title", "Status", "Outcome", "Change", to + " risk(s)", "Note" });
        Rule(b, "---", "---", "---", "---", "---", "---", "---");
        foreach (var step in m.Steps)
        {
            Row(b, new[]
            {
                Code(step.Risk.Id),
                Escape(Title(step.Risk, lang)),
                AssessmentNames.Of(step.Entry.Status),
                OutcomeLabel(step.Outcome),
                AssessmentNames.Of(step.Change) + (step.DiffEntry is { Also.IsEmpty: false } d ? " (also " + string.Join(", ", d.Also.Select(AssessmentNames.Of)) + ")" : string.Empty),
                step.Targets.IsEmpty ? "—" : string.Join(", ", step.Targets.Select(t => Code(t.Id))),
                Escape(step.Note),
            });
        }

        Line(b);
        Line(b, "## " + to + " entries that need review (" + N(m.NeedsReview.Length) + ")");
        Line(b);
        if (m.NeedsReview.IsEmpty)
        {
            Line(b, "None.");
        }

        for (var i = 0; i < m.NeedsReview.Length; i++)
        {
            var entry = m.NeedsReview[i];
            var risk = (Risk)m.Catalog.Find(entry.RiskId);
            if (i > 0)
            {
                Line(b);
            }

            Line(b, "### " + Code(entry.RiskId) + " " + Escape(Title(risk, lang)));
            Line(b);
            foreach (var prior in entry.MigratedFrom)
            {
                var answer = prior.Status is { } s
                    ? AssessmentNames.Of(s) + (prior.Owner is null ? string.Empty : ", owner " + Escape(prior.Owner))
                        + (prior.Controls.IsEmpty ? string.Empty : "; controls: " + Escape(string.Join("; ", prior.Controls)))
                        + (prior.Evidence.IsEmpty ? string.Empty : "; evidence: " + Escape(string.Join(" ", prior.Evidence)))
                        + (prior.Notes is null ? string.Empty : "; notes: " + Escape(prior.Notes))
                    : "not assessed in " + from;
                Line(b, "- from " + Code(prior.RiskId) + " (" + AssessmentNames.Of(prior.Relation) + "): " + answer);
            }
        }

        Risks(b, "New in " + to + " (unassessed)", m.NewRisks, lang, null);
        Risks(b, "Unassessed in " + to + ": their " + from + " predecessors were not assessed", m.UnassessedPredecessors, lang, m);

        var dropped = m.Steps.Where(s => s.Outcome == MigrationOutcome.Dropped).ToList();
        Line(b);
        Line(b, "## Dropped answers, kept under `retired` (" + N(dropped.Count) + ")");
        Line(b);
        if (dropped.Count == 0)
        {
            Line(b, "None.");
        }
        else
        {
            Row(b, new[] { from + " risk", "Title", "Status", "Owner", "Why" });
            Rule(b, "---", "---", "---", "---", "---");
            foreach (var step in dropped)
            {
                Row(b, new[] { Code(step.Risk.Id), Escape(Title(step.Risk, lang)), AssessmentNames.Of(step.Entry.Status), Escape(step.Entry.Owner ?? "—"), Escape(step.Note) });
            }
        }

        if (m.Source.Entries.Any(e => !e.Measures.IsEmpty))
        {
            Line(b);
            Line(b, "## Measure answers not carried to " + to + " (" + N(m.UncarriedMeasures.Length) + ")");
            Line(b);
            Line(b, "Each is kept in the migrated file, under the entry's `migrated-from` or under `retired`.");
            Line(b);
            if (m.UncarriedMeasures.IsEmpty)
            {
                Line(b, "None.");
            }
            else
            {
                Row(b, new[] { from + " risk", from + " measure", "State", "Why" });
                Rule(b, "---", "---", "---", "---");
                foreach (var u in m.UncarriedMeasures)
                {
                    Row(b, new[] { Code(u.RiskId), Code(u.Answer.MeasureId), AssessmentNames.Label(u.Answer.State), Escape(u.Reason) });
                }
            }
        }

        return b.ToString();
    }

    internal static string OutcomeLabel(MigrationOutcome outcome) => outcome switch
    {
        MigrationOutcome.Kept => "kept",
        MigrationOutcome.Moved => "moved",
        MigrationOutcome.NeedsReview => "needs review",
        _ => "dropped",
    };

    private static void Risks(StringBuilder b, string heading, IReadOnlyList<Risk> risks, TitleLanguage lang, MigrationResult? withPredecessors)
    {
        Line(b);
        Line(b, "## " + heading + " (" + N(risks.Count) + ")");
        Line(b);
        if (risks.Count == 0)
        {
            Line(b, "None.");
            return;
        }

        Row(b, withPredecessors is null ? new[] { "Risk", "Title" } : new[] { "Risk", "Title", "Predecessor(s)" });
        Rule(b, withPredecessors is null ? new[] { "---", "---" } : new[] { "---", "---", "---" });
        foreach (var risk in risks)
        {
            var cells = new List<string> { Code(risk.Id), Escape(Title(risk, lang)) };
            if (withPredecessors is not null)
            {
                cells.Add(string.Join(", ", withPredecessors.Sources[risk.Id].Select(p => Code(p.Risk.Id) + " (" + AssessmentNames.Of(p.Entry.ChangeKind) + ")")));
            }

            Row(b, cells);
        }
    }
}
