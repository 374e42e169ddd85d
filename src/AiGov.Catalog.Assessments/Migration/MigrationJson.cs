using System.Linq;
using AiGov.Catalog.Assessments.Reports;
using AiGov.Catalog.Assessments.Text;

namespace AiGov.Catalog.Assessments.Migration;

/// <summary>The JSON rendering of a <see cref="MigrationResult"/> (<c>aigov-migration-report/1</c>).</summary>
internal static class MigrationJson
{
    public static string Render(MigrationResult m) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", "aigov-migration-report/1");
        w.WriteString("organisation", m.Source.Organisation);
        w.WriteString("from", m.From.ToString());
        w.WriteString("to", m.To.ToString());
        w.WriteString("assessed", m.Source.AssessedText);
        w.WriteString("dataVersion", m.DataVersion);
        var targetRisks = m.Catalog.Edition(m.To).Risks.Length;
        w.WriteStartObject("summary");
        w.WriteNumber("entries", m.Steps.Length);
        w.WriteNumber("kept", m.Count(MigrationOutcome.Kept));
        w.WriteNumber("moved", m.Count(MigrationOutcome.Moved));
        w.WriteNumber("needsReview", m.Count(MigrationOutcome.NeedsReview));
        w.WriteNumber("dropped", m.Count(MigrationOutcome.Dropped));
        w.WriteNumber("targetRisks", targetRisks);
        w.WriteNumber("targetCarried", m.Migrated.Entries.Count(e => e.Status != AssessmentStatus.NeedsReview));
        w.WriteNumber("targetNeedsReview", m.NeedsReview.Length);
        w.WriteNumber("targetUnassessed", targetRisks - m.Migrated.Entries.Length);
        w.WriteNumber("targetNew", m.NewRisks.Length);
        w.WriteNumber("targetUnassessedPredecessors", m.UnassessedPredecessors.Length);
        w.WriteEndObject();

        w.WriteStartArray("steps");
        foreach (var step in m.Steps)
        {
            w.WriteStartObject();
            w.WriteString("risk", step.Risk.Id);
            w.WriteString("clause", step.Risk.Clause);
            JsonOutput.Title(w, "title", step.Risk.Title);
            w.WriteString("status", AssessmentNames.Of(step.Entry.Status));
            w.WriteString("outcome", MigrationMarkdown.OutcomeLabel(step.Outcome).Replace(' ', '-'));
            w.WriteString("change", AssessmentNames.Of(step.Change));
            JsonOutput.Strings(w, "also", step.DiffEntry is null ? Enumerable.Empty<string>() : step.DiffEntry.Also.Select(AssessmentNames.Of));
            JsonOutput.Strings(w, "targets", step.Targets.Select(t => t.Id));
            w.WriteString("confidence", step.DiffEntry?.Confidence?.ToString().ToLowerInvariant());
            w.WriteString("note", step.Note);
            w.WriteString("lineageNote", step.DiffEntry?.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("review");
        foreach (var entry in m.NeedsReview)
        {
            w.WriteStartObject();
            w.WriteString("risk", entry.RiskId);
            JsonOutput.Title(w, "title", m.Catalog.Find(entry.RiskId).Title);
            w.WriteString("owner", entry.Owner);
            ReportJson.Priors(w, "priors", entry.MigratedFrom);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonOutput.Strings(w, "new", m.NewRisks.Select(r => r.Id));
        w.WriteStartArray("unassessedPredecessors");
        foreach (var risk in m.UnassessedPredecessors)
        {
            w.WriteStartObject();
            w.WriteString("risk", risk.Id);
            w.WriteStartArray("predecessors");
            foreach (var (predecessor, entry) in m.Sources[risk.Id])
            {
                w.WriteStartObject();
                w.WriteString("risk", predecessor.Id);
                w.WriteString("change", AssessmentNames.Of(entry.ChangeKind));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ReportJson.Priors(w, "dropped", m.Migrated.Retired.Skip(m.Source.Retired.Length));
        w.WriteStartArray("uncarriedMeasures");
        foreach (var u in m.UncarriedMeasures)
        {
            w.WriteStartObject();
            w.WriteString("risk", u.RiskId);
            w.WriteString("measure", u.Answer.MeasureId);
            w.WriteString("state", u.Answer.State is { } state ? AssessmentNames.Of(state) : null);

            w.WriteString("reason", u.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
