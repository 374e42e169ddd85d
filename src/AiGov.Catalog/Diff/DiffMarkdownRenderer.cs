using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>Renders an <see cref="EditionDiff"/> as a Markdown changelog (see <see cref="EditionDiff.ToMarkdown"/>).</summary>
internal static class DiffMarkdownRenderer
{
    public static string Render(EditionDiff diff)
    {
        var md = new StringBuilder();
        var from = diff.From.ToString();
        var to = diff.To.ToString();

        Line(md, "# AI Safety Governance Framework: changes from edition " + from + " to edition " + to);
        Line(md);
        Line(md, "- From: " + Edition(diff.FromCatalog));
        Line(md, "- To: " + Edition(diff.ToCatalog));
        Line(md, "- Lineage followed: " + (diff.Lineages.IsEmpty ? "none (an edition compared with itself)" : string.Join(", ", diff.Lineages.Select(l => l.From + " → " + l.To)) + (diff.From > diff.To ? " (read backwards)" : string.Empty)));
        Line(md, "- Catalogue data version: " + MarkdownText.Escape(diff.DataVersion));
        Line(md);
        Line(md, "Generated from the AiGov.Catalog data. Summaries and notes are the project's own words; the official text is cited by clause, not copied.");
        Line(md);

        Legend(md, diff);
        Summary(md, diff);

        foreach (var kind in diff.Kinds)
        {
            var entries = diff.For(kind);
            Line(md, "## " + Names.Plural(kind) + " (" + from + ": " + Count(diff.FromCatalog, kind) + ", " + to + ": " + Count(diff.ToCatalog, kind) + ")");
            Line(md);
            foreach (var entry in entries)
            {
                Entry(md, diff, entry);
            }

            Line(md);
        }

        Untracked(md, diff);
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Legend(StringBuilder md, EditionDiff diff)
    {
        Line(md, "## Legend");
        Line(md);
        Line(md, "| Change | Meaning |");
        Line(md, "|---|---|");
        Line(md, "| Unchanged | The same element at the same place. Where the newer title is unknown, a change of wording cannot be ruled out (see the note). |");
        Line(md, "| Reworded | Same subject and title; the content is reworded. |");
        Line(md, "| Renamed | The title or scope changed. |");
        Line(md, "| Moved | The clause or the parent changed: renumbered, or moved to another sub-category, category or tier. |");
        var backwards = diff.From > diff.To;
        Line(md, "| Split | One element of edition " + diff.From + " corresponds to several of edition " + diff.To + (backwards
            ? ". The lineage records a merge, read backwards here: each branch has an entry of its own. |"
            : ". The entry lists every branch. |"));
        Line(md, "| Merged | Several elements of edition " + diff.From + " correspond to one of edition " + diff.To + (backwards
            ? ". The lineage records a split, read backwards here: they share one entry. |"
            : ". Each has an entry of its own. |"));
        Line(md, "| Added | Only in edition " + diff.To + ". |");
        Line(md, "| Removed | Only in edition " + diff.From + ". |");
        Line(md, "| Not tracked | The lineage does not link elements of this kind" + (diff.Untracked.IsEmpty ? string.Empty : " (here: " + string.Join(", ", diff.Untracked.Select(u => Names.Plural(u.Kind).ToLowerInvariant())) + ")") + ". They are listed per edition at the end; no correspondence is claimed, so they count neither as unchanged nor as added or removed. |");
        Line(md);
        Line(md, "Entries follow the lineage in `catalog/lineage/`; \"also\" lists further kinds the lineage records for the same entry. Confidence is the lineage's (high, medium, low; the lowest along a chain of lineages); basis *normative* means sources show the correspondence, *editorial* that it is the project's reading. Evidence lists source IDs of `catalog/sources.yaml`.");
        Line(md);
        Line(md, "Titles are shown as \"Chinese / English\". *(unknown)*: no source shows the title. *(our translation)*: an English rendering of the project's own, never an official title. *(unconfirmed)*: attested, but the wording or its attribution rests on weaker ground. A clause such as `3.3.1(?1)` has a letter that is not known; an element whose clause is unknown is shown by its key.");
        Line(md);
        Line(md, "\"Changed\" lists fields that differ on one-to-one entries: clause, parent, titles only where both are verified, and stages and actors only as far as the framework states them (normative mappings) on both sides. Measures (risks only): *shared* measures address the risk on both sides through the lineage of the measures; *new* and *dropped* ones address it on one side only; *counterpart not mapped* ones have a counterpart on the other side that the catalogue maps to no risk (a cross-cutting measure whose item-level mapping is unknown), so whether it still deals with the risk is unknown: they are not counted as dropped; *not tracked* ones are of a kind the lineage does not link. A dropped or new measure can also mean that one edition's measure-to-risk mapping is less complete.");
        Line(md);
        Line(md, "\"Mappings\" compares the crosswalk rows (`catalog/crosswalks/sets/`) of the two sides by framework version, target term and predicate (`not` marks a considered non-match): *shared* rows are on both sides; *new* and *dropped* ones on one side only, where the other side is mapped to that framework; rows to a framework the other side has no row to are shown with the reason (that edition's mappings not encoded yet, or its counterpart not yet mapped), neither as dropped nor as new. A changed predicate is one dropped and one new row.");
        Line(md);
    }

    private static void Summary(StringBuilder md, EditionDiff diff)
    {
        Line(md, "## Summary");
        Line(md);
        var header = new StringBuilder("| Kind |");
        var rule = new StringBuilder("|---|");
        foreach (var change in EditionDiff.AllChangeKinds)
        {
            header.Append(' ').Append(Names.Label(change)).Append(" |");
            rule.Append("---:|");
        }

        Line(md, header.Append(" Total |").ToString());
        Line(md, rule.Append("---:|").ToString());
        foreach (var kind in diff.Kinds)
        {
            var row = new StringBuilder("| " + Names.Plural(kind) + " |");
            foreach (var change in EditionDiff.AllChangeKinds)
            {
                row.Append(' ').Append(Number(diff.Count(kind, change))).Append(" |");
            }

            Line(md, row.Append(' ').Append(Number(diff.For(kind).Length)).Append(" |").ToString());
        }

        var total = new StringBuilder("| **Total** |");
        foreach (var change in EditionDiff.AllChangeKinds)
        {
            total.Append(" **").Append(Number(diff.Count(change))).Append("** |");
        }

        Line(md, total.Append(" **").Append(Number(diff.Entries.Length)).Append("** |").ToString());
        Line(md);

        if (!diff.Untracked.IsEmpty)
        {
            Line(md, "Not tracked by lineage (elements per edition, no correspondence claimed):");
            Line(md);
            Line(md, "| Kind | " + diff.From + " | " + diff.To + " |");
            Line(md, "|---|---:|---:|");
            foreach (var group in diff.Untracked)
            {
                Line(md, "| " + Names.Plural(group.Kind) + " | " + Number(group.Before.Length) + " | " + Number(group.After.Length) + " |");
            }

            Line(md);
        }
    }

    private static void Entry(StringBuilder md, EditionDiff diff, DiffEntry entry)
    {
        var head = "- **" + Names.Label(entry.ChangeKind) + "**";
        if (!entry.Also.IsEmpty)
        {
            head += " (also " + DisplayText.Kinds(entry.Also) + ")";
        }

        Line(md, head);
        Side(md, diff.From.ToString(), entry.Before);
        Side(md, diff.To.ToString(), entry.After);
        if (!entry.FieldChanges.IsEmpty)
        {
            Line(md, "  - Changed: " + string.Join("; ", entry.FieldChanges.Select(c => MarkdownText.Escape(DisplayText.Change(c)))));
        }

        if (entry.MeasureChanges is { } measures)
        {
            Line(md, "  - Measures: " + Measures(diff, measures));
        }

        if (entry.Kind is ElementKind.Risk or ElementKind.TechnicalMeasure or ElementKind.GovernanceMeasure
            && diff.InstrumentChangesOf(entry) is { IsEmpty: false } instruments)
        {
            var newLabel = diff.HasInstrumentLinks(diff.From) ? "new in " + diff.To : "in " + diff.To + " (" + diff.From + "'s links not encoded yet)";
            var droppedLabel = diff.HasInstrumentLinks(diff.To) ? "dropped from " + diff.From : "in " + diff.From + " (" + diff.To + "'s links not encoded yet)";
            Line(md, "  - Instruments: " + string.Join("; ", new[] { ("shared", instruments.Shared), (newLabel, instruments.New), (droppedLabel, instruments.Dropped) }
                .Where(p => !p.Item2.IsEmpty).Select(p => p.Item1 + " " + string.Join(", ", p.Item2.Select(k => "`" + k + "`")))));
        }

        if (entry.Mappings is { IsEmpty: false } mappings)
        {
            Line(md, "  - Mappings: " + Mappings(diff, mappings));
        }

        if (entry.Links.IsEmpty)
        {
            Line(md, "  - Lineage: none (the element itself)");
        }
        else
        {
            Line(md, "  - Lineage: confidence " + Names.Kebab(entry.Confidence!.Value) + " · " + Names.Kebab(entry.Basis!.Value) + " · evidence " + (entry.Evidence.IsEmpty ? "none" : string.Join(", ", entry.Evidence)));
        }

        if (entry.Note is not null)
        {
            Line(md, "  - Note: " + MarkdownText.Escape(entry.Note));
        }
    }

    private static void Side(StringBuilder md, string edition, ImmutableArray<CatalogElement> elements)
    {
        if (elements.IsEmpty)
        {
            Line(md, "  - " + edition + ": —");
            return;
        }

        foreach (var element in elements)
        {
            Line(md, "  - " + edition + ": " + MarkdownText.Code(element) + " " + MarkdownText.Escape(DisplayText.Title(element.Title)));
        }
    }

    private static string Measures(EditionDiff diff, MeasureChanges measures)
    {
        var parts = new List<string>();
        if (!measures.Shared.IsEmpty)
        {
            parts.Add("shared " + string.Join(", ", measures.Shared.Select(s => MarkdownText.Code(s.Before) + " → " + MarkdownText.Code(s.After))));
        }

        if (!measures.New.IsEmpty)
        {
            parts.Add("new in " + diff.To + " " + string.Join(", ", measures.New.Select(MarkdownText.Code)));
        }

        if (!measures.Dropped.IsEmpty)
        {
            parts.Add("dropped from " + diff.From + " " + string.Join(", ", measures.Dropped.Select(MarkdownText.Code)));
        }

        if (!measures.CounterpartNotMapped.IsEmpty)
        {
            foreach (var side in measures.CounterpartNotMapped.GroupBy(s => s.After.Addresses.IsEmpty ? diff.To : diff.From))
            {
                parts.Add("counterpart not mapped in " + side.Key + " " + string.Join(", ", side.Select(s => MarkdownText.Code(s.Before) + " → " + MarkdownText.Code(s.After))));
            }
        }

        if (!measures.UntrackedBefore.IsEmpty)
        {
            parts.Add("not tracked in " + diff.From + " " + string.Join(", ", measures.UntrackedBefore.Select(MarkdownText.Code)));
        }

        if (!measures.UntrackedAfter.IsEmpty)
        {
            parts.Add("not tracked in " + diff.To + " " + string.Join(", ", measures.UntrackedAfter.Select(MarkdownText.Code)));
        }

        return parts.Count == 0 ? "none linked on either side" : string.Join("; ", parts);
    }

    private static string Mappings(EditionDiff diff, MappingChanges mappings)
    {
        var parts = new List<string>();
        if (!mappings.Shared.IsEmpty)
        {
            parts.Add("shared " + string.Join(", ", mappings.Shared.Select(s => Mapping(s.Before))));
        }

        if (!mappings.New.IsEmpty)
        {
            parts.Add("new in " + diff.To + " " + string.Join(", ", mappings.New.Select(Mapping)));
        }

        if (!mappings.Dropped.IsEmpty)
        {
            parts.Add("dropped from " + diff.From + " " + string.Join(", ", mappings.Dropped.Select(Mapping)));
        }

        NotCompared(parts, diff, mappings.NotComparedBefore, diff.From, diff.To);
        NotCompared(parts, diff, mappings.NotComparedAfter, diff.To, diff.From);
        return string.Join("; ", parts);
    }

    /// <summary>
    /// Rows the other side is silent about, by reason: the other edition has no set for their framework (not encoded
    /// yet), or it has one but the counterpart is not in it (not yet mapped). Each row names its framework.
    /// </summary>
    private static void NotCompared(List<string> parts, EditionDiff diff, ImmutableArray<CrosswalkMapping> rows, Edition mine, Edition other)
    {
        foreach (var group in rows.GroupBy(r => diff.HasMappingSet(other, r.Set.Framework)))
        {
            var frameworks = string.Join(", ", group.Select(r => r.Set.Framework).Distinct().Select(f => "`" + f + "`"));
            var why = group.Key
                ? other + " counterpart not yet mapped to " + frameworks
                : other + "'s mappings to " + frameworks + " not encoded yet";
            parts.Add("in " + mine + " (" + why + ") " + string.Join(", ", group.Select(Mapping)));
        }
    }

    /// <summary>A row by what the diff compares: <c>`nist-ai-rmf:MAP 5.1@1.0` relatedMatch</c>, <c>… not broadMatch</c>.</summary>
    private static string Mapping(CrosswalkMapping row) =>
        "`" + row.Set.Framework.Id + ":" + row.Term.PinnedId + "` " + (row.IsNegated ? "not " : string.Empty) + MappingChanges.Local(row.Predicate);

    private static void Untracked(StringBuilder md, EditionDiff diff)
    {
        if (diff.Untracked.IsEmpty)
        {
            return;
        }

        Line(md, "## Not tracked by lineage");
        Line(md);
        Line(md, "The lineage does not link elements of these kinds, so the diff claims no correspondence between them: neither unchanged nor added or removed. They are listed per edition.");
        Line(md);
        foreach (var group in diff.Untracked)
        {
            Line(md, "### " + Names.Plural(group.Kind) + " (" + diff.From + ": " + Number(group.Before.Length) + ", " + diff.To + ": " + Number(group.After.Length) + ")");
            Line(md);
            UntrackedSide(md, diff.From.ToString(), group.Before);
            UntrackedSide(md, diff.To.ToString(), group.After);
        }
    }

    private static void UntrackedSide(StringBuilder md, string edition, ImmutableArray<CatalogElement> elements)
    {
        if (elements.IsEmpty)
        {
            Line(md, "Edition " + edition + ": none.");
            Line(md);
            return;
        }

        Line(md, "Edition " + edition + ":");
        Line(md);
        foreach (var element in elements)
        {
            Line(md, "- " + MarkdownText.Code(element) + " " + MarkdownText.Escape(DisplayText.Title(element.Title)));
        }

        Line(md);
    }

    private static string Edition(EditionCatalog edition) =>
        "edition " + edition.Edition + ", " + MarkdownText.Escape(DisplayText.Title(edition.Info.Title)) + ", released " + edition.Info.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(EditionCatalog edition, ElementKind kind) => Number(edition.Elements.Count(e => e.Kind == kind));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
