using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static AiGov.Catalog.Assessments.Workbooks.WorkbookLayout;

namespace AiGov.Catalog.Assessments.Workbooks.Writing;

/// <summary>
/// The layout of an assessment workbook: Instructions; Assessment (one field per row); Risks (one row per entry, a status
/// dropdown, the catalogue's clause, titles, summary and pages read-only); Measures (one row per risk × measure, a state
/// dropdown); Prior answers (migration's, when there are any); and the catalogue data the workbook was made from.
/// </summary>
internal static class AssessmentWorkbookWriter
{
    public static byte[] Write(Assessment a, GovernanceCatalog catalog)
    {
        var statuses = AssessmentNames.Statuses.Select(AssessmentNames.Of).Append(AssessmentNames.Of(AssessmentStatus.Unassessed)).ToList();
        var states = AssessmentNames.MeasureStates.Select(AssessmentNames.Of).ToList();
        var sheets = new List<SheetSpec> { InstructionsSheet(a, catalog) };

        var head = new SheetSpec(AssessmentSheet, new[] { new ColumnSpec(HField, ReadOnly: true), new ColumnSpec(HValue, MaxWidth: 80) });
        head.Rows.Add(new[] { "format", Assessment.FormatName });
        head.Rows.Add(new[] { "format-version", Assessment.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture) });
        head.Rows.Add(new[] { "edition", a.Edition.ToString() });
        head.Rows.Add(new[] { "organisation", a.Organisation });
        head.Rows.Add(new[] { "assessed", a.AssessedText });
        head.Rows.Add(new[] { "scope", a.Scope });
        head.Rows.Add(new[] { "notes", a.Notes });
        if (a.PreviousEdition is { } previous)
        {
            head.Rows.Add(new[] { "previous-edition", previous.ToString() });
        }

        sheets.Add(head);

        var risks = new SheetSpec(Risks, new[]
        {
            new ColumnSpec(HRisk, ReadOnly: true), new ColumnSpec(HClause, ReadOnly: true), new ColumnSpec(HStatus, Dropdown: statuses),
            new ColumnSpec(HOwner, MaxWidth: 30, MinWidth: 20), new ColumnSpec(HControls, MaxWidth: 50, MinWidth: 36), new ColumnSpec(HEvidence, MaxWidth: 50, MinWidth: 36), new ColumnSpec(HNotes, MaxWidth: 50, MinWidth: 36),
            new ColumnSpec(HTitleZh, ReadOnly: true, MaxWidth: 40), new ColumnSpec(HTitleEn, ReadOnly: true, MaxWidth: 50),
            new ColumnSpec(HSummary, ReadOnly: true, MaxWidth: 70), new ColumnSpec(HPages, ReadOnly: true),
        })
        { SpareRows = 50 };
        foreach (var entry in a.Entries)
        {
            var risk = catalog.TryFind(entry.RiskId, out var found) ? found : null;
            risks.Rows.Add(new[]
            {
                entry.RiskId, risk?.Clause ?? risk?.Key, AssessmentNames.Of(entry.Status), entry.Owner, Lines(entry.Controls), Lines(entry.Evidence), entry.Notes,
                risk is null ? null : TitleFormatter.Format(risk.Title.Zh), risk is null ? null : TitleFormatter.Format(risk.Title.En),
                risk?.Summary, risk is null ? null : AssessmentTemplate.PagesText(risk),
            });
        }

        sheets.Add(risks);

        var measures = new SheetSpec(Measures, new[]
        {
            new ColumnSpec(HRisk, ReadOnly: true), new ColumnSpec(HMeasure, ReadOnly: true), new ColumnSpec(HState, Dropdown: states),
            new ColumnSpec(HEvidence, MaxWidth: 50, MinWidth: 36), new ColumnSpec(HNotes, MaxWidth: 50, MinWidth: 36), new ColumnSpec(HMeasureTitle, ReadOnly: true, MaxWidth: 70),
            new ColumnSpec(HPriorRisk, ReadOnly: true),
        })
        { SpareRows = 50 };
        foreach (var entry in a.Entries)
        {
            MeasureRows(measures, catalog, entry.RiskId, null, entry.Measures);
            foreach (var prior in entry.MigratedFrom)
            {
                MeasureRows(measures, catalog, entry.RiskId, prior.RiskId, prior.Measures);
            }
        }

        foreach (var prior in a.Retired)
        {
            MeasureRows(measures, catalog, null, prior.RiskId, prior.Measures);
        }

        sheets.Add(measures);

        var priorsUsed = a.Entries.Any(e => !e.MigratedFrom.IsEmpty) || !a.Retired.IsEmpty;
        if (priorsUsed)
        {
            var priors = new SheetSpec(Priors, new[]
            {
                new ColumnSpec(HRisk), new ColumnSpec(HPriorRisk), new ColumnSpec(HRelation), new ColumnSpec(HNote, MaxWidth: 60), new ColumnSpec(HStatus),
                new ColumnSpec(HOwner, MaxWidth: 30), new ColumnSpec(HControls, MaxWidth: 50), new ColumnSpec(HEvidence, MaxWidth: 50), new ColumnSpec(HNotes, MaxWidth: 50),
            });
            foreach (var entry in a.Entries)
            {
                foreach (var prior in entry.MigratedFrom)
                {
                    priors.Rows.Add(PriorRow(entry.RiskId, prior));
                }
            }

            foreach (var prior in a.Retired)
            {
                priors.Rows.Add(PriorRow(null, prior));
            }

            sheets.Add(priors);
        }

        sheets.AddRange(CatalogueSheets(catalog.Edition(a.Edition)));
        return WorkbookBuilder.Build(sheets);
    }

    private static IReadOnlyList<string?> PriorRow(string? riskId, PriorAnswer p) => new[]
    {
        riskId, p.RiskId, AssessmentNames.Of(p.Relation), p.Note, p.Status is { } s ? AssessmentNames.Of(s) : null, p.Owner, Lines(p.Controls), Lines(p.Evidence), p.Notes,
    };

    private static void MeasureRows(SheetSpec sheet, GovernanceCatalog catalog, string? riskId, string? priorRisk, IEnumerable<MeasureAnswer> answers)
    {
        foreach (var m in answers)
        {
            var measure = catalog.TryFind(m.MeasureId, out var found) ? found : null;
            sheet.Rows.Add(new[]
            {
                riskId, m.MeasureId, m.State is { } s ? AssessmentNames.Of(s) : null, Lines(m.Evidence), m.Notes,
                measure is null ? null : (measure.Clause ?? measure.Key) + " " + TitleFormatter.Format(measure.Title, TitleLanguage.Both), priorRisk,
            });
        }
    }

    /// <summary>The catalogue data a workbook was made from: the edition's risks and measures, read-only.</summary>
    internal static IEnumerable<SheetSpec> CatalogueSheets(EditionCatalog edition)
    {
        var risks = new SheetSpec(CatalogueRisks, new[]
        {
            new ColumnSpec("ID", ReadOnly: true), new ColumnSpec(HClause, ReadOnly: true), new ColumnSpec("Category", ReadOnly: true), new ColumnSpec(HTitleZh, ReadOnly: true, MaxWidth: 40),
            new ColumnSpec(HTitleEn, ReadOnly: true, MaxWidth: 50), new ColumnSpec(HSummary, ReadOnly: true, MaxWidth: 70), new ColumnSpec(HPages, ReadOnly: true),
            new ColumnSpec("Stages", ReadOnly: true, MaxWidth: 40), new ColumnSpec("Actors", ReadOnly: true, MaxWidth: 40), new ColumnSpec("Measures", ReadOnly: true, MaxWidth: 50),
        });
        foreach (var r in edition.Risks)
        {
            risks.Rows.Add(new[]
            {
                r.Id, r.Clause ?? r.Key, r.Category.Clause ?? r.Category.Key, TitleFormatter.Format(r.Title.Zh), TitleFormatter.Format(r.Title.En), r.Summary, AssessmentTemplate.PagesText(r),
                string.Join("\n", r.Stages.Select(s => s.Stage.Key)), string.Join("\n", r.Actors.Select(x => x.Actor.Key)), string.Join("\n", r.Measures.Select(m => m.Id)),
            });
        }

        yield return risks;
        var measures = new SheetSpec(CatalogueMeasures, new[]
        {
            new ColumnSpec("ID", ReadOnly: true), new ColumnSpec(HClause, ReadOnly: true), new ColumnSpec("Kind", ReadOnly: true), new ColumnSpec(HTitleZh, ReadOnly: true, MaxWidth: 40),
            new ColumnSpec(HTitleEn, ReadOnly: true, MaxWidth: 50), new ColumnSpec(HSummary, ReadOnly: true, MaxWidth: 70), new ColumnSpec(HPages, ReadOnly: true),
            new ColumnSpec("Risks addressed", ReadOnly: true, MaxWidth: 50),
        });
        foreach (var m in edition.Measures)
        {
            measures.Rows.Add(new[]
            {
                m.Id, m.Clause ?? m.Key, m.MeasureKind == MeasureKind.Technical ? "technical" : "governance", TitleFormatter.Format(m.Title.Zh), TitleFormatter.Format(m.Title.En),
                m.Summary, AssessmentTemplate.PagesText(m), string.Join("\n", m.Risks.Select(r => r.Id)),
            });
        }

        yield return measures;
    }

    private static SheetSpec InstructionsSheet(Assessment a, GovernanceCatalog catalog)
    {
        var sheet = new SheetSpec(Instructions, null);
        void Add(CellStyle style, params string?[] cells)
        {
            sheet.Rows.Add(cells);
            sheet.RowStyles.Add(style);
        }

        var info = catalog.Edition(a.Edition).Info;
        Add(CellStyle.Title, "AI safety self-assessment — edition " + a.Edition);
        Add(CellStyle.Text, "Framework", TitleFormatter.Format(info.Title, TitleLanguage.Both));
        Add(CellStyle.Text, "Catalogue data", catalog.DataVersion);
        Add(CellStyle.Text, "Organisation", a.Organisation);
        Add(CellStyle.Text);
        Add(CellStyle.Header, "How to fill it in");
        Add(CellStyle.Text, "1.", "On the Assessment sheet, set organisation, assessed (yyyy-MM-dd) and, if you like, scope and notes.");
        Add(CellStyle.Text, "2.", "On the Risks sheet, choose a Status for every row from the dropdown; fill Owner, Controls and Evidence (one per line) and Notes.");
        Add(CellStyle.Text, "3.", "On the Measures sheet, choose a State for each measure of each risk; add evidence links (one per line) and notes.");
        Add(CellStyle.Text, "4.", "Grey columns are catalogue data, for reference: the reader ignores them. Extra columns and sheets are ignored too.");
        Add(CellStyle.Text, "5.", "Save as .xlsx, then run: aigov assess validate FILE.xlsx   and   aigov assess report FILE.xlsx");
        Add(CellStyle.Text);
        Add(CellStyle.Header, "Status (Risks sheet)", "Meaning");
        Add(CellStyle.Text, "addressed", "Controls are in place and evidenced. Owner required.");
        Add(CellStyle.Text, "partially-addressed", "Some controls are in place; a gap remains. Owner required.");
        Add(CellStyle.Text, "not-addressed", "The risk applies and nothing addresses it yet. Owner required.");
        Add(CellStyle.Text, "not-applicable", "The risk does not apply. Notes required: say why.");
        Add(CellStyle.Text, "needs-review", "Set by migration for a split or merged risk: choose another status.");
        Add(CellStyle.Text, "unassessed", "Not answered yet (counted as a gap).");
        Add(CellStyle.Text);
        Add(CellStyle.Header, "State (Measures sheet)", "Meaning");
        Add(CellStyle.Text, "implemented", "The measure is in place.");
        Add(CellStyle.Text, "partially-implemented", "Part of the measure is in place.");
        Add(CellStyle.Text, "planned", "Planned, not yet in place.");
        Add(CellStyle.Text, "not-implemented", "Not in place and not planned. A risk marked addressed with such a measure gets a warning.");
        Add(CellStyle.Text, "not-applicable", "The measure does not apply. Notes required: say why.");
        Add(CellStyle.Text, "(empty)", "Not answered yet.");
        Add(CellStyle.Text);
        Add(CellStyle.Text, "Titles marked (our translation) are the project's English renderings, not official titles; (unknown) marks a title no source gives.");
        return sheet;
    }

    private static string? Lines(IReadOnlyCollection<string> items) => items.Count == 0 ? null : string.Join("\n", items);
}
