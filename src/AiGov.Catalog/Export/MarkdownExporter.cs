using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiGov.Catalog.Serialization;

namespace AiGov.Catalog.Export;

/// <summary>
/// One readable Markdown document per edition: the manifest, then every element as a heading nested by the framework's
/// own hierarchy (sections → categories → sub-categories → risks, …) with its summary, mappings (crosswalk mappings
/// included) and provenance, then the
/// known gaps and the sources cited. Deterministic: "\n" newlines, invariant formats, document order.
/// </summary>
internal sealed partial class MarkdownExporter
{
    private readonly StringBuilder _md = new();
    private readonly GovernanceCatalog _catalog;
    private readonly EditionCatalog _edition;

    private MarkdownExporter(GovernanceCatalog catalog, EditionCatalog edition)
    {
        _catalog = catalog;
        _edition = edition;
    }

    public static string Write(GovernanceCatalog catalog, EditionCatalog edition)
    {
        var exporter = new MarkdownExporter(catalog, edition);
        exporter.WriteDocument();
        return exporter._md.ToString();
    }

    private void WriteDocument()
    {
        var info = _edition.Info;
        Line("# " + TitleLine(info.Title, fallback: "AI Safety Governance Framework " + info.Edition));
        Line();
        Line("Edition **" + info.Edition + "**, released " + Date(info) + (info.ReleaseVenue.Text is { } venue ? " (" + Escape(venue) + ")" : string.Empty) + ".");
        Line("Issuer: " + TitleLine(info.Issuer, fallback: "unknown") + ".");
        Line("Completeness of this encoding: **" + WireNames.Completeness.Name(info.Completeness) + "**; provenance " + Provenance(info.Provenance) + ".");
        Line("Data version " + _catalog.DataVersion + " of AiGov.Catalog.");
        Line();
        Paragraph(info.Summary);
        if (info.CompletenessNote is { } completeness)
        {
            Paragraph(completeness);
        }

        Line("> Summaries are in the AiGov.Catalog project's own words: the official text is not reproduced, and the clause and page");
        Line("> numbers point to it. A title marked *(our translation)* is the project's rendering, not an official title; *(title");
        Line("> unknown)* means that no source shows it. Mappings are *normative* (stated by the framework) or *editorial* (the");
        Line("> project's judgement, with its rationale).");
        Line();

        foreach (var top in _edition.Elements.Where(e => e.ParentId is null))
        {
            WriteElement(top, depth: 0);
        }

        WriteCharacter(info);
        if (info.Facts.Length > 0)
        {
            Line("## Document facts");
            Line();
            foreach (var fact in info.Facts)
            {
                Line("- **" + fact.Topic + "** (" + WireNames.Status.Name(fact.Status) + (fact.Sources.Length > 0 ? "; " + string.Join(", ", fact.Sources) : string.Empty) + "): " + Escape(fact.Text) + (fact.Note is { } factNote ? " *" + Escape(factNote) + "*" : string.Empty));
            }

            Line();
        }

        if (info.KnownGaps.Length > 0)
        {
            Line("## Known gaps");
            Line();
            Line("Things that may exist in this edition but are not encoded, because no source shows them.");
            Line();
            foreach (var gap in info.KnownGaps)
            {
                Line("- " + (gap.Clause is { } clause ? "**" + Escape(clause) + "** " : string.Empty) + "(" + WireNames.Status.Name(gap.Status) + (gap.Sources.Length > 0 ? "; " + string.Join(", ", gap.Sources) : string.Empty) + "): " + Escape(gap.Note));
            }

            Line();
        }

        Line("## Sources");
        Line();
        foreach (var source in CitedSources.Of(_catalog, _edition))
        {
            Line("- **" + source.Id + "** (" + WireNames.Trust.Name(source.Trust) + "): " + Escape(source.Title) + " — " + Escape(source.Location));
        }
    }

    private void WriteElement(CatalogElement e, int depth)
    {
        Line(new string('#', System.Math.Min(depth + 2, 6)) + " " + Heading(e));
        Line();
        Line("`" + e.Id + "` · " + Kind(e) + " · " + Provenance(e.Provenance) + Pages(e.Pages));
        Line();
        Paragraph(e.Summary);

        var facts = new List<string>();
        TitleFacts(e.Title, facts);
        if (e.ClauseStatus is { } clauseStatus)
        {
            facts.Add("**Clause number:** " + WireNames.Status.Name(clauseStatus));
        }

        if (e is Risk risk)
        {
            facts.Add("**Risk area:** " + Escape(risk.Area.TitleEn) + " (" + Basis(risk.AreaBasis, risk.AreaNote) + ")");
        }

        if (e.Stages.Length > 0)
        {
            facts.Add("**Lifecycle stages:** " + string.Join("; ", e.Stages.Select(s => Escape(s.Stage.TitleEn) + " (" + Basis(s.Basis, s.Note) + ")")));
        }

        if (e.Actors.Length > 0)
        {
            facts.Add("**Actors:** " + string.Join("; ", e.Actors.Select(a => Escape(a.Actor.TitleEn) + " (" + Basis(a.Basis, a.Note) + ")")));
        }

        switch (e)
        {
            case Risk r when r.Measures.Length > 0:
                facts.Add("**Addressed by:** " + string.Join("; ", r.Measures.Select(Reference)));
                break;
            case Risk r when r.UnaddressedNote is { } note:
                facts.Add("**Addressed by:** no measure. " + Escape(note));
                break;
            case Measure m:
                facts.Add("**Addresses:** " + (m.Addresses.Length == 0 ? "nothing recorded" : string.Join("; ", m.Addresses.Select(a => Target(a.TargetId) + " (" + Basis(a.Basis, a.Note) + ")"))));
                break;
            case MeasureGroup g when g.Answers.Length > 0:
                facts.Add("**Mirrors:** " + string.Join("; ", g.Answers.Select(a => Target(a.TargetId) + " (" + Basis(a.Basis, a.Note) + ")")));
                break;
        }

        if (_catalog.InstrumentLinksFor(e) is { Length: > 0 } instrumentLinks)
        {
            facts.Add("**Related instruments:** " + InstrumentLinkList(instrumentLinks));
        }

        if (e is Risk { Mit: { } mit })
        {
            facts.Add("**MIT AI Risk Repository:** " + Escape(mit.Id) + (mit.Domain is { } domain ? " (domain " + Escape(domain) + ")" : string.Empty));
        }

        if (CrosswalkFact(_catalog.MappingsOf(e)) is { } crosswalks)
        {
            facts.Add(crosswalks);
        }

        if (e.Aliases.Length > 0)
        {
            facts.Add("**Also seen as (not titles):** " + string.Join("; ", e.Aliases.Select(a => "“" + Escape(a.Text) + "”" + (a.Sources.Length > 0 || a.Note is not null ? " (" + string.Join("; ", a.Sources.Concat(a.Note is null ? Enumerable.Empty<string>() : new[] { Escape(a.Note) })) + ")" : string.Empty))));
        }

        if (e.Provenance.Note is { } provenanceNote)
        {
            facts.Add("**Provenance:** " + Escape(provenanceNote));
        }

        if (e.Notes is { } notes)
        {
            facts.Add("**Notes:** " + Escape(notes));
        }

        foreach (var fact in facts)
        {
            Line("- " + fact);
        }

        if (facts.Count > 0)
        {
            Line();
        }

        foreach (var child in e.Children)
        {
            WriteElement(child, depth + 1);
        }
    }

    private static string Heading(CatalogElement e)
    {
        var label = e.Clause ?? e.Key;
        var title = e.Title;
        if (title.Zh.Text is null && title.En.Text is null)
        {
            return Escape(label) + " *(title unknown)*";
        }

        return Escape(label) + " " + TitleLine(title, fallback: string.Empty);
    }

    private static string TitleLine(Title title, string fallback)
    {
        var parts = new List<string>();
        if (title.Zh.Text is { } zh)
        {
            parts.Add(Escape(zh));
        }

        if (title.En.Text is { } en)
        {
            parts.Add(Escape(en) + (title.En.IsTranslation ? " *(our translation)*" : string.Empty));
        }

        return parts.Count == 0 ? fallback : string.Join(" · ", parts);
    }

    private static void TitleFacts(Title title, List<string> facts)
    {
        var zh = WireNames.TitleState.Name(title.Zh.Status);
        var en = WireNames.TitleState.Name(title.En.Status);
        if (title.Zh.Status != TitleStatus.Verified || title.En.Status != TitleStatus.Verified || title.Zh.Note is not null || title.En.Note is not null)
        {
            facts.Add("**Title status:** zh " + zh + (title.Zh.Note is { } zn ? " (" + Escape(zn) + ")" : string.Empty)
                + ", en " + en + (title.En.Note is { } enNote ? " (" + Escape(enNote) + ")" : string.Empty));
        }
    }

    private string Reference(CatalogElement e) =>
        "`" + e.Id + "`" + (e.Title.Display is { } display ? " " + Escape(display) : e.Clause is null ? string.Empty : " " + Escape(e.Clause));

    private string Target(string id) => _edition.TryFind(id, out var target) ? Reference(target) : "`" + id + "`";

    private static string Kind(CatalogElement e) => WireNames.Kind.Name(e.Kind).Replace('-', ' ');

    private static string Provenance(Provenance p) =>
        WireNames.Status.Name(p.Status) + (p.Sources.Length > 0 ? " (" + string.Join(", ", p.Sources) + ")" : string.Empty);

    private static string Pages(Pages? pages)
    {
        if (pages is null || (pages.Zh is null && pages.En is null))
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (pages.Zh is { } zh)
        {
            parts.Add("zh p. " + zh);
        }

        if (pages.En is { } en)
        {
            parts.Add("en p. " + en);
        }

        return " · " + string.Join(", ", parts) + (pages.Note is { } note ? " (" + Escape(note) + ")" : string.Empty);
    }

    private static string Basis(MappingBasis basis, string? note) =>
        WireNames.Basis.Name(basis) + (note is null ? string.Empty : ": " + Escape(note));

    private static string Date(EditionInfo info) => info.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Escapes the characters that Markdown would read as formatting inside a line of text.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }

    private void Paragraph(string text)
    {
        Line(Escape(text));
        Line();
    }

    private void Line(string text = "") => _md.Append(text).Append('\n');
}
