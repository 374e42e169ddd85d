using System;
using System.Collections.Generic;
using System.Linq;
using AiGov.Catalog.Assessments.Workbooks.Writing;

namespace AiGov.Catalog.Assessments.Workbooks;

/// <summary>
/// The catalogue itself as one workbook, as the MIT AI Risk Repository publishes its data: per edition, sheets of risks,
/// measures, stage and actor mappings and guideline items; then the lineage between editions and the sources. Every
/// edition of the catalogue is written (nothing edition-specific). Deterministic: the same catalogue gives the same bytes.
/// </summary>
public static class CatalogWorkbook
{
    /// <summary>Writes the catalogue as a workbook.</summary>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="edition">Only this edition's sheets (the lineage and sources are always written), or null for every edition.</param>
    /// <returns>The .xlsx bytes.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    public static byte[] Write(GovernanceCatalog? catalog = null, Edition? edition = null)
    {
        catalog ??= GovernanceCatalog.Default;
        var editions = edition is { } only ? new[] { catalog.Edition(only) } : catalog.Editions.ToArray();
        var sheets = new List<SheetSpec>();
        var about = new SheetSpec("About", null);
        about.Rows.Add(new[] { "AiGov.Catalog: the machine-readable AI Safety Governance Framework (TC260)" });
        about.RowStyles.Add(CellStyle.Title);
        about.Rows.Add(new[] { "Catalogue data", catalog.DataVersion });
        about.RowStyles.Add(CellStyle.Text);
        foreach (var e in editions)
        {
            about.Rows.Add(new[] { "Edition " + e.Edition, TitleFormatter.Format(e.Info.Title, TitleLanguage.Both) });
            about.RowStyles.Add(CellStyle.Text);
        }

        about.Rows.Add(new[] { "Note", "Titles marked (our translation) are the project's English renderings, not official titles; (unknown) marks a title no source gives. Summaries are the project's own words." });
        about.RowStyles.Add(CellStyle.Text);
        sheets.Add(about);
        foreach (var e in editions)
        {
            sheets.AddRange(EditionSheets(e));
        }

        sheets.Add(Lineage(catalog, editions.Select(e => e.Edition).ToHashSet()));
        sheets.Add(Sources(catalog));
        return WorkbookBuilder.Build(sheets);
    }

    private static IEnumerable<SheetSpec> EditionSheets(EditionCatalog edition)
    {
        var prefix = edition.Edition + " ";
        foreach (var sheet in Writing.AssessmentWorkbookWriter.CatalogueSheets(edition))
        {
            yield return Renamed(sheet, prefix + (sheet.Name == WorkbookLayout.CatalogueRisks ? "risks" : "measures"));
        }

        var mappings = new SheetSpec(prefix + "mappings", new[]
        {
            new ColumnSpec("Element"), new ColumnSpec("Kind"), new ColumnSpec("Mapping"), new ColumnSpec("Term"), new ColumnSpec("Basis"), new ColumnSpec("Note", MaxWidth: 70),
        });
        foreach (var element in edition.Elements)
        {
            foreach (var s in element.Stages)
            {
                mappings.Rows.Add(new[] { element.Id, element.Kind.ToString(), "stage", s.Stage.Key, s.Basis.ToString().ToLowerInvariant(), s.Note });
            }

            foreach (var a in element.Actors)
            {
                mappings.Rows.Add(new[] { element.Id, element.Kind.ToString(), "actor", a.Actor.Key, a.Basis.ToString().ToLowerInvariant(), a.Note });
            }
        }

        yield return mappings;
        var guidelines = new SheetSpec(prefix + "guidelines", new[]
        {
            new ColumnSpec("ID"), new ColumnSpec("Clause"), new ColumnSpec("Set"), new ColumnSpec("Title (zh)", MaxWidth: 40), new ColumnSpec("Title (en)", MaxWidth: 50),
            new ColumnSpec("Summary (ours)", MaxWidth: 70), new ColumnSpec("Pages"),
        });
        foreach (var g in edition.GuidelineItems)
        {
            guidelines.Rows.Add(new[]
            {
                g.Id, g.Clause ?? g.Key, g.Set.Clause ?? g.Set.Key, TitleFormatter.Format(g.Title.Zh), TitleFormatter.Format(g.Title.En), g.Summary, AssessmentTemplate.PagesText(g),
            });
        }

        yield return guidelines;
    }

    private static SheetSpec Renamed(SheetSpec sheet, string name)
    {
        var copy = new SheetSpec(name, sheet.Columns);
        copy.Rows.AddRange(sheet.Rows);
        return copy;
    }

    private static SheetSpec Lineage(GovernanceCatalog catalog, HashSet<Edition> editions)
    {
        var sheet = new SheetSpec("Lineage", new[]
        {
            new ColumnSpec("From edition"), new ColumnSpec("To edition"), new ColumnSpec("From"), new ColumnSpec("To", MaxWidth: 40), new ColumnSpec("Relation"),
            new ColumnSpec("Also"), new ColumnSpec("Confidence"), new ColumnSpec("Basis"), new ColumnSpec("Evidence"), new ColumnSpec("Note", MaxWidth: 70),
        });
        foreach (var lineage in catalog.Lineages.Where(l => editions.Contains(l.From) || editions.Contains(l.To)))
        {
            foreach (var link in lineage.Links)
            {
                sheet.Rows.Add(new[]
                {
                    lineage.From.ToString(), lineage.To.ToString(), link.FromId, string.Join("\n", link.ToIds), link.Relation.ToString().ToLowerInvariant(),
                    string.Join("\n", link.Also.Select(a => a.ToString().ToLowerInvariant())), link.Confidence.ToString().ToLowerInvariant(), link.Basis.ToString().ToLowerInvariant(),
                    string.Join("\n", link.Evidence), link.Note,
                });
            }
        }

        return sheet;
    }

    private static SheetSpec Sources(GovernanceCatalog catalog)
    {
        var sheet = new SheetSpec("Sources", new[]
        {
            new ColumnSpec("ID"), new ColumnSpec("Title", MaxWidth: 70), new ColumnSpec("Location", MaxWidth: 60), new ColumnSpec("Editions"), new ColumnSpec("Trust"),
            new ColumnSpec("Used for", MaxWidth: 60), new ColumnSpec("Note", MaxWidth: 60),
        });
        foreach (var s in catalog.Sources)
        {
            sheet.Rows.Add(new[] { s.Id, s.Title, s.Location, string.Join("\n", s.Editions.Select(e => e.ToString())), s.Trust.ToString().ToLowerInvariant(), s.UsedFor, s.Note });
        }

        return sheet;
    }
}
