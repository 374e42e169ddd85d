using System;
using System.Collections.Generic;
using System.Text;
using AiGov.Catalog.Assessments.Text;
using AiGov.Catalog.Assessments.Writing;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// Writes an assessment as a file that <see cref="AssessmentReader"/> reads back into an equal assessment: YAML (for
/// people) or JSON. Deterministic: fixed field order, "\n" line endings, Chinese text kept as is. Thread-safe.
/// </summary>
public static class AssessmentWriter
{
    /// <summary>Writes an assessment as YAML.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="schema">A JSON Schema location for the first-line <c># yaml-language-server: $schema=…</c> comment, or null for none.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToYaml(Assessment assessment, string? schema = null) => ToYaml(assessment, schema, null);

    /// <summary>Writes an assessment as YAML with comments from <paramref name="comments"/> (the template's risk and measure details).</summary>
    internal static string ToYaml(Assessment assessment, string? schema, YamlComments? comments)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var b = new StringBuilder();
        if (schema is not null)
        {
            L(b, "# yaml-language-server: $schema=" + schema);
        }

        if (comments is not null)
        {
            foreach (var line in comments.Header)
            {
                L(b, line.Length == 0 ? "#" : "# " + line);
            }
        }

        L(b, "format: " + Assessment.FormatName);
        L(b, "format-version: " + Assessment.CurrentFormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        L(b, "edition: " + YamlText.Quote(assessment.Edition.ToString()));
        L(b, "organisation: " + YamlText.Scalar(assessment.Organisation));
        L(b, "assessed: " + YamlText.Quote(assessment.AssessedText));
        Optional(b, string.Empty, "scope", assessment.Scope);
        if (assessment.PreviousEdition is { } previous)
        {
            L(b, "previous-edition: " + YamlText.Quote(previous.ToString()));
        }

        Optional(b, string.Empty, "notes", assessment.Notes);
        if (assessment.Entries.IsEmpty)
        {
            L(b, "entries: []");
        }
        else
        {
            L(b, "entries:");
            foreach (var entry in assessment.Entries)
            {
                if (comments is not null)
                {
                    foreach (var line in comments.ForRisk(entry.RiskId))
                    {
                        L(b, "  # " + line);
                    }
                }

                L(b, "  - risk: " + YamlText.Quote(entry.RiskId));
                const string indent = "    ";
                L(b, indent + "status: " + AssessmentNames.Of(entry.Status));
                Optional(b, indent, "owner", entry.Owner);
                List(b, indent, "controls", entry.Controls);
                List(b, indent, "evidence", entry.Evidence);
                Optional(b, indent, "notes", entry.Notes);
                Measures(b, indent, entry.Measures, comments);
                Priors(b, indent, "migrated-from", entry.MigratedFrom);
            }
        }

        Priors(b, string.Empty, "retired", assessment.Retired);
        return b.ToString();
    }

    /// <summary>Writes an assessment as JSON (the same fields as the YAML, kebab-case).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToJson(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", Assessment.FormatName);
            w.WriteNumber("format-version", Assessment.CurrentFormatVersion);
            w.WriteString("edition", assessment.Edition.ToString());
            w.WriteString("organisation", assessment.Organisation);
            w.WriteString("assessed", assessment.AssessedText);
            if (assessment.Scope is not null)
            {
                w.WriteString("scope", assessment.Scope);
            }

            if (assessment.PreviousEdition is { } previous)
            {
                w.WriteString("previous-edition", previous.ToString());
            }

            if (assessment.Notes is not null)
            {
                w.WriteString("notes", assessment.Notes);
            }

            w.WriteStartArray("entries");
            foreach (var entry in assessment.Entries)
            {
                w.WriteStartObject();
                w.WriteString("risk", entry.RiskId);
                w.WriteString("status", AssessmentNames.Of(entry.Status));
                if (entry.Owner is not null)
                {
                    w.WriteString("owner", entry.Owner);
                }

                if (!entry.Controls.IsEmpty)
                {
                    JsonOutput.Strings(w, "controls", entry.Controls);
                }

                if (!entry.Evidence.IsEmpty)
                {
                    JsonOutput.Strings(w, "evidence", entry.Evidence);
                }

                if (entry.Notes is not null)
                {
                    w.WriteString("notes", entry.Notes);
                }

                if (!entry.Measures.IsEmpty)
                {
                    JsonMeasures(w, entry.Measures);
                }

                if (!entry.MigratedFrom.IsEmpty)
                {
                    JsonPriors(w, "migrated-from", entry.MigratedFrom);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (!assessment.Retired.IsEmpty)
            {
                JsonPriors(w, "retired", assessment.Retired);
            }

            w.WriteEndObject();
        });
    }

    private static void JsonPriors(AiGov.Catalog.Internal.JsonTextWriter w, string name, IEnumerable<PriorAnswer> priors)
    {
        w.WriteStartArray(name);
        foreach (var prior in priors)
        {
            w.WriteStartObject();
            w.WriteString("risk", prior.RiskId);
            w.WriteString("relation", AssessmentNames.Of(prior.Relation));
            if (prior.Note is not null)
            {
                w.WriteString("note", prior.Note);
            }

            if (prior.Status is { } status)
            {
                w.WriteString("status", AssessmentNames.Of(status));
            }

            if (prior.Owner is not null)
            {
                w.WriteString("owner", prior.Owner);
            }

            if (!prior.Controls.IsEmpty)
            {
                JsonOutput.Strings(w, "controls", prior.Controls);
            }

            if (!prior.Evidence.IsEmpty)
            {
                JsonOutput.Strings(w, "evidence", prior.Evidence);
            }

            if (prior.Notes is not null)
            {
                w.WriteString("notes", prior.Notes);
            }

            if (!prior.Measures.IsEmpty)
            {
                JsonMeasures(w, prior.Measures);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void JsonMeasures(AiGov.Catalog.Internal.JsonTextWriter w, IEnumerable<MeasureAnswer> measures)
    {
        w.WriteStartArray("measures");
        foreach (var answer in measures)
        {
            w.WriteStartObject();
            w.WriteString("measure", answer.MeasureId);
            if (answer.State is { } state)
            {
                w.WriteString("state", AssessmentNames.Of(state));
            }

            if (!answer.Evidence.IsEmpty)
            {
                JsonOutput.Strings(w, "evidence", answer.Evidence);
            }

            if (answer.Notes is not null)
            {
                w.WriteString("notes", answer.Notes);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Measures(StringBuilder b, string indent, IEnumerable<MeasureAnswer> measures, YamlComments? comments)
    {
        var first = true;
        foreach (var answer in measures)
        {
            if (first)
            {
                L(b, indent + "measures:");
                first = false;
            }

            var comment = comments?.ForMeasure(answer.MeasureId);
            L(b, indent + "  - measure: " + YamlText.Quote(answer.MeasureId) + (comment is null ? string.Empty : "  # " + comment));
            var inner = indent + "    ";
            if (answer.State is { } state)
            {
                L(b, inner + "state: " + AssessmentNames.Of(state));
            }

            List(b, inner, "evidence", answer.Evidence);
            Optional(b, inner, "notes", answer.Notes);
        }
    }

    private static void Priors(StringBuilder b, string indent, string name, IEnumerable<PriorAnswer> priors)
    {
        var first = true;
        foreach (var prior in priors)
        {
            if (first)
            {
                L(b, indent + name + ":");
                first = false;
            }

            L(b, indent + "  - risk: " + YamlText.Quote(prior.RiskId));
            var inner = indent + "    ";
            L(b, inner + "relation: " + AssessmentNames.Of(prior.Relation));
            Optional(b, inner, "note", prior.Note);
            if (prior.Status is { } status)
            {
                L(b, inner + "status: " + AssessmentNames.Of(status));
            }

            Optional(b, inner, "owner", prior.Owner);
            List(b, inner, "controls", prior.Controls);
            List(b, inner, "evidence", prior.Evidence);
            Optional(b, inner, "notes", prior.Notes);
            Measures(b, inner, prior.Measures, null);
        }
    }

    private static void Optional(StringBuilder b, string indent, string name, string? value)
    {
        if (value is not null)
        {
            L(b, indent + name + ": " + YamlText.Scalar(value));
        }
    }

    private static void List(StringBuilder b, string indent, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        L(b, indent + name + ":");
        foreach (var value in values)
        {
            L(b, indent + "  - " + YamlText.Scalar(value));
        }
    }

    private static void L(StringBuilder b, string text) => b.Append(text).Append('\n');
}
