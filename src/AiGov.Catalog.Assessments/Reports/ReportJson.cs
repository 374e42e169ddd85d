using System.Collections.Generic;
using AiGov.Catalog.Assessments.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Assessments.Reports;

/// <summary>The JSON rendering of an <see cref="AssessmentReport"/> (<c>aigov-assessment-report/1</c>).</summary>
internal static class ReportJson
{
    public static string Render(AssessmentReport report) => JsonOutput.Write(w =>
    {
        var a = report.Assessment;
        var c = report.Coverage;
        w.WriteStartObject();
        w.WriteString("format", "aigov-assessment-report/1");
        w.WriteString("organisation", a.Organisation);
        w.WriteString("edition", a.Edition.ToString());
        w.WriteString("assessed", a.AssessedText);
        w.WriteString("scope", a.Scope);
        w.WriteString("previousEdition", a.PreviousEdition?.ToString());
        w.WriteString("dataVersion", report.DataVersion);
        w.WritePropertyName("summary");
        Tally(w, c.Overall);
        Groups(w, "byCategory", c.ByCategory);
        Groups(w, "bySubcategory", c.BySubcategory);
        Groups(w, "byArea", c.ByArea);
        Groups(w, "byStage", c.ByStage);
        Groups(w, "byActor", c.ByActor);

        w.WriteStartObject("heatMap");
        w.WriteStartArray("columns");
        foreach (var column in c.HeatMapColumns)
        {
            w.WriteStartObject();
            w.WriteString("id", column.Id);
            w.WriteString("clause", column.Clause);
            JsonOutput.Title(w, "title", column.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var row in c.HeatMap)
        {
            w.WriteStartObject();
            w.WriteString("stage", row.Stage.Key);
            w.WriteNumber("depth", row.Depth);
            w.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                w.WriteStartObject();
                w.WriteString("category", cell.Category.Id);
                JsonOutput.Strings(w, "risks", cell.RiskIds);
                w.WritePropertyName("tally");
                Tally(w, cell.Tally);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("tally");
            Tally(w, row.Tally);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonOutput.Strings(w, "unstaged", System.Linq.Enumerable.Select(c.Unstaged, r => r.Id));
        w.WriteEndObject();

        w.WriteStartArray("gaps");
        foreach (var gap in c.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("risk", gap.Risk.Id);
            w.WriteString("clause", gap.Risk.Clause);
            JsonOutput.Title(w, "title", gap.Risk.Title);
            w.WriteString("status", gap.Status is { } s ? AssessmentNames.Of(s) : "unassessed");
            w.WriteString("owner", gap.Entry?.Owner);
            w.WriteString("notes", gap.Entry?.Notes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonOutput.Strings(w, "unassessed", System.Linq.Enumerable.Select(c.Unassessed, r => r.Id));

        w.WriteStartArray("entries");
        foreach (var risk in c.EditionCatalog.Risks)
        {
            var entry = a.Find(risk.Id);
            if (entry is null)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("risk", risk.Id);
            w.WriteString("clause", risk.Clause);
            JsonOutput.Title(w, "title", risk.Title);
            w.WriteString("status", AssessmentNames.Of(entry.Status));
            w.WriteString("owner", entry.Owner);
            JsonOutput.Strings(w, "controls", entry.Controls);
            JsonOutput.Strings(w, "evidence", entry.Evidence);
            w.WriteString("notes", entry.Notes);
            Measures(w, entry.Measures);
            Priors(w, "migratedFrom", entry.MigratedFrom);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Priors(w, "retired", a.Retired);
        MeasureCoverage(w, c.Measures);
        w.WriteEndObject();
    });

    private static void Measures(JsonTextWriter w, IReadOnlyCollection<MeasureAnswer> measures)
    {
        if (measures.Count == 0)
        {
            return;
        }

        w.WriteStartArray("measures");
        foreach (var m in measures)
        {
            w.WriteStartObject();
            w.WriteString("measure", m.MeasureId);
            w.WriteString("state", m.State is { } s ? AssessmentNames.Of(s) : null);
            JsonOutput.Strings(w, "evidence", m.Evidence);
            w.WriteString("notes", m.Notes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void MeasureCoverage(JsonTextWriter w, MeasureCoverage m)
    {
        w.WriteStartObject("measureCoverage");
        w.WritePropertyName("summary");
        MeasureTally(w, m.Overall);
        foreach (var (name, groups) in new[] { ("byRisk", m.ByRisk), ("byCategory", m.ByCategory), ("byActor", m.ByActor) })
        {
            w.WriteStartArray(name);
            foreach (var g in groups)
            {
                w.WriteStartObject();
                w.WriteString("key", g.Key);
                w.WriteString("label", g.Label);
                JsonOutput.Strings(w, "risks", g.RiskIds);
                w.WritePropertyName("tally");
                MeasureTally(w, g.Tally);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("open");
        foreach (var o in m.Open)
        {
            w.WriteStartObject();
            w.WriteString("risk", o.Risk.Id);
            w.WriteString("measure", o.Measure.Id);
            w.WriteString("clause", o.Measure.Clause);
            JsonOutput.Title(w, "title", o.Measure.Title);
            w.WriteString("state", o.State is { } s ? AssessmentNames.Of(s) : null);
            w.WriteString("notes", o.Answer?.Notes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void MeasureTally(JsonTextWriter w, MeasureTally t)
    {
        w.WriteStartObject();
        w.WriteNumber("total", t.Total);
        w.WriteNumber("implemented", t.Implemented);
        w.WriteNumber("partiallyImplemented", t.PartiallyImplemented);
        w.WriteNumber("planned", t.Planned);
        w.WriteNumber("notImplemented", t.NotImplemented);
        w.WriteNumber("notApplicable", t.NotApplicable);
        w.WriteNumber("unanswered", t.Unanswered);
        if (t.ScorePercent is { } score)
        {
            w.WriteNumber("score", score);
        }
        else
        {
            w.WriteNull("score");
        }

        w.WriteEndObject();
    }

    internal static void Tally(JsonTextWriter w, StatusTally t)
    {
        w.WriteStartObject();
        w.WriteNumber("total", t.Total);
        w.WriteNumber("addressed", t.Addressed);
        w.WriteNumber("partiallyAddressed", t.PartiallyAddressed);
        w.WriteNumber("notAddressed", t.NotAddressed);
        w.WriteNumber("notApplicable", t.NotApplicable);
        w.WriteNumber("needsReview", t.NeedsReview);
        w.WriteNumber("unassessed", t.Unassessed);
        if (t.ScorePercent is { } score)
        {
            w.WriteNumber("score", score);
        }
        else
        {
            w.WriteNull("score");
        }

        w.WriteEndObject();
    }

    internal static void Priors(JsonTextWriter w, string name, IEnumerable<PriorAnswer> priors)
    {
        w.WriteStartArray(name);
        foreach (var prior in priors)
        {
            w.WriteStartObject();
            w.WriteString("risk", prior.RiskId);
            w.WriteString("relation", AssessmentNames.Of(prior.Relation));
            w.WriteString("note", prior.Note);
            w.WriteString("status", prior.Status is { } s ? AssessmentNames.Of(s) : null);
            w.WriteString("owner", prior.Owner);
            JsonOutput.Strings(w, "controls", prior.Controls);
            JsonOutput.Strings(w, "evidence", prior.Evidence);
            w.WriteString("notes", prior.Notes);
            Measures(w, prior.Measures);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Groups(JsonTextWriter w, string name, IEnumerable<CoverageGroup> groups)
    {
        w.WriteStartArray(name);
        foreach (var g in groups)
        {
            w.WriteStartObject();
            w.WriteString("key", g.Key);
            w.WriteString("label", g.Label);
            if (g.Element is not null)
            {
                JsonOutput.Title(w, "title", g.Element.Title);
            }
            else
            {
                // Stage, actor and area names come from the catalogue's vocabularies: same shape, status "vocabulary".
                w.WriteStartObject("title");
                foreach (var (language, text) in new[] { ("zh", g.Term!.TitleZh), ("en", g.Term.TitleEn) })
                {
                    w.WriteStartObject(language);
                    w.WriteString("text", text);
                    w.WriteString("status", "vocabulary");
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteNumber("depth", g.Depth);
            JsonOutput.Strings(w, "risks", g.RiskIds);
            w.WritePropertyName("tally");
            Tally(w, g.Tally);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
