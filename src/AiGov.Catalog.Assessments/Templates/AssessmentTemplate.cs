using System;
using System.Collections.Generic;
using System.Linq;
using AiGov.Catalog.Assessments.Writing;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// A ready-to-fill assessment: one <see cref="AssessmentStatus.Unassessed"/> entry for every risk of an edition that
/// applies (optionally only those for an actor and at a lifecycle stage), each with a measure checklist of the measures
/// that address the risk in the catalogue, unanswered. Write it with <see cref="ToYaml"/> (with the risk's clause,
/// titles, summary and pages as comments) or <see cref="AssessmentWriter.ToJson"/>. Thread-safe.
/// </summary>
/// <remarks>
/// The filters are those of <see cref="GovernanceCatalog.Risks(Edition)"/>: <c>.At(stage)</c> keeps the risks mapped to
/// the stage or one of its phases, <c>.For(actor)</c> the risks mapped to the actor exactly; both count normative and
/// editorial mappings. The template validates cleanly with <see cref="AssessmentReader"/>.
/// </remarks>
public static class AssessmentTemplate
{
    /// <summary>The organisation written when none is given; replace it with your own.</summary>
    public const string PlaceholderOrganisation = "Your organisation";

    /// <summary>Creates a template.</summary>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="edition">The edition to assess.</param>
    /// <param name="assessed">The date written in the file (reports show it, so they stay deterministic).</param>
    /// <param name="actor">Keep only the risks for this actor, or null for all.</param>
    /// <param name="stage">Keep only the risks at this lifecycle stage (or one of its phases), or null for all.</param>
    /// <param name="organisation">The organisation; <see cref="PlaceholderOrganisation"/> when null or blank.</param>
    /// <returns>The assessment, one unassessed entry per risk in document order.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> or <paramref name="stage"/> is not of the catalogue's vocabulary.</exception>
    public static Assessment Create(GovernanceCatalog? catalog, Edition edition, DateOnly assessed, Actor? actor = null, LifecycleStage? stage = null, string? organisation = null)
    {
        catalog ??= GovernanceCatalog.Default;
        var query = catalog.Risks(edition);
        if (stage is not null)
        {
            query = query.At(stage);
        }

        if (actor is not null)
        {
            query = query.For(actor);
        }

        var entries = query.Select(risk => new AssessmentEntry(
            risk.Id,
            AssessmentStatus.Unassessed,
            measures: risk.Measures.Select(m => new MeasureAnswer(m.Id, null))));
        var scope = actor is null && stage is null
            ? null
            : "Risks" + (actor is null ? string.Empty : " for " + actor.TitleEn + " (" + actor.Key + ")") + (stage is null ? string.Empty : " at " + stage.TitleEn + " (" + stage.Key + ")");
        return new Assessment(edition, string.IsNullOrWhiteSpace(organisation) ? PlaceholderOrganisation : organisation, assessed, entries, scope);
    }

    /// <summary>
    /// Writes an assessment as YAML with, above each entry, the risk's clause, titles (with their status: our translation,
    /// unconfirmed), summary and pages as comments, and after each measure its clause and title. The comments are for
    /// people; the reader ignores them.
    /// </summary>
    /// <param name="assessment">The assessment, usually made by <see cref="Create"/>.</param>
    /// <param name="catalog">The catalogue to take the comments from; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="schema">A JSON Schema location for the first-line comment, or null for none.</param>
    /// <returns>The YAML text (deterministic).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToYaml(Assessment assessment, GovernanceCatalog? catalog = null, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        catalog ??= GovernanceCatalog.Default;
        var header = new List<string>
        {
            "Self-assessment against edition " + assessment.Edition + " of the AI Safety Governance Framework (catalogue data " + catalog.DataVersion + ").",
            "Made by `aigov assess init`. Fill it in, then run `aigov assess validate FILE` and `aigov assess report FILE`.",
            string.Empty,
            "For each entry set status to one of:",
            "  addressed            controls are in place and evidenced (owner required)",
            "  partially-addressed  some controls are in place; a gap remains (owner required)",
            "  not-addressed        the risk applies and nothing addresses it yet (owner required)",
            "  not-applicable       the risk does not apply (notes required: say why)",
            "  unassessed           not answered yet (counted as a gap)",
            "For each measure under measures, add state: implemented, partially-implemented, planned, not-implemented or",
            "not-applicable (notes required), with evidence links and notes as you like; leave state out while unanswered.",
            "Format: samples/assessments/README.md.",
        };
        var comments = new YamlComments(
            header,
            riskId => RiskLines(catalog.TryFind(riskId, out var risk) ? risk : null),
            measureId => catalog.TryFind(measureId, out var m) ? OneLine((m.Clause ?? m.Key) + " " + TitleFormatter.Format(m.Title, TitleLanguage.Both)) : null);
        return AssessmentWriter.ToYaml(assessment, schema, comments);
    }

    /// <summary>The pages of an element as written in templates and workbooks, e.g. <c>zh 5, en 6-7</c>; null when unknown.</summary>
    internal static string? PagesText(CatalogElement element)
    {
        if (element.Pages is not { } pages)
        {
            return null;
        }

        var parts = new List<string>();
        if (pages.Zh is { } zh)
        {
            parts.Add("zh " + zh);
        }

        if (pages.En is { } en)
        {
            parts.Add("en " + en);
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    internal static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    private static IEnumerable<string> RiskLines(CatalogElement? risk)
    {
        if (risk is null)
        {
            yield break;
        }

        yield return "── " + (risk.Clause ?? risk.Key) + "  zh: " + TitleFormatter.Format(risk.Title.Zh) + "  en: " + TitleFormatter.Format(risk.Title.En);
        if (!string.IsNullOrWhiteSpace(risk.Summary))
        {
            yield return "Summary (ours): " + OneLine(risk.Summary);
        }

        if (PagesText(risk) is { } pages)
        {
            yield return "Pages: " + pages;
        }
    }
}
