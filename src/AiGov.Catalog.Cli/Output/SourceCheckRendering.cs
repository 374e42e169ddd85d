using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiGov.Catalog.Cli.Commands;
using AiGov.Catalog.SourceCheck;

namespace AiGov.Catalog.Cli.Output;

/// <summary>The renderings of a <see cref="SourceCheckReport"/>: text for people, Markdown, JSON.</summary>
internal static class SourceCheckRendering
{
    private static readonly (SourceCheckOutcome Outcome, string Tag, string One, string Many)[] Outcomes =
    {
        (SourceCheckOutcome.Match, "match", "match", "match"),
        (SourceCheckOutcome.Promote, "promote", "can be promoted to verified", "can be promoted to verified"),
        (SourceCheckOutcome.Contradiction, "ERROR", "error (differs from a verified title)", "errors (differ from a verified title)"),
        (SourceCheckOutcome.Update, "update", "to update (differs from an unverified title)", "to update (differ from an unverified title)"),
        (SourceCheckOutcome.NewTitle, "new", "new title", "new titles"),
        (SourceCheckOutcome.Present, "present", "present (untitled, or no title read)", "present (untitled, or no title read)"),
        (SourceCheckOutcome.NotInDocument, "missing", "not in the document", "not in the document"),
        (SourceCheckOutcome.ClauseUncertain, "uncertain", "with an uncertain clause", "with an uncertain clause"),
        (SourceCheckOutcome.NoElement, "extra", "heading with no element", "headings with no element"),
    };

    public static string Tag(SourceCheckOutcome outcome) => Outcomes.First(o => o.Outcome == outcome).Tag;

    public static void Text(TextWriter w, SourceCheckReport report, ProposalSummary? proposal, int? width)
    {
        foreach (var line in Header(report))
        {
            Paragraph.Write(w, width, string.Empty, line, 2);
        }

        w.Write("\n");
        var clauseWidth = report.Entries.Select(e => TextWidth.Of(e.Clause ?? e.Heading?.Label ?? "-")).DefaultIfEmpty(1).Max();
        clauseWidth = System.Math.Min(clauseWidth, 10);
        var pages = report.PagesWithPrintedNumber > 0;
        foreach (var e in report.Entries)
        {
            var clause = e.Clause ?? e.Heading?.Label ?? "-";
            var page = e.Heading?.Page is { } p ? "p. " + p : e.Heading is null ? string.Empty : "p. ?";
            var prefix = Tag(e.Outcome).PadRight(10) + clause + new string(' ', System.Math.Max(1, clauseWidth - TextWidth.Of(clause) + 2)) + (pages ? page.PadRight(7) : string.Empty);
            var hang = TextWidth.Of(prefix);
            Paragraph.Write(w, width, prefix, Describe(e), hang);
            if (e.Outcome is SourceCheckOutcome.Contradiction or SourceCheckOutcome.Update)
            {
                Paragraph.Write(w, width, new string(' ', hang) + "catalogue: ", e.CatalogueTitle + " (" + Status(e.CatalogueStatus) + ")", hang + 11);
                Paragraph.Write(w, width, new string(' ', hang) + "document:  ", e.Heading!.Title!, hang + 11);
            }
        }

        w.Write("\n");
        Paragraph.Write(w, width, string.Empty, Summary(report), 2);
        if (proposal is not null)
        {
            foreach (var line in ProposalLines(proposal))
            {
                Paragraph.Write(w, width, string.Empty, line, 2);
            }
        }
    }

    private static IEnumerable<string> Header(SourceCheckReport r)
    {
        yield return "Source check: " + Path.GetFileName(r.Document.Path) + " (" + r.Document.Kind + ", " + N(r.Document.Pages.Length) + " pages, SHA-256 " + r.Document.Sha256.Substring(0, 12) + "…) against edition " + r.Edition.Edition + "; " + (r.Language == "zh" ? "Chinese" : "English") + " titles" + (r.LanguageDetected ? " (detected)" : string.Empty) + ".";
        yield return "Printed page numbers found on " + N(r.PagesWithPrintedNumber) + " of " + N(r.Document.Pages.Length) + " pages; " + N(r.RemovedLines) + " running header and footer lines removed; titles compared folded (width, case, Kangxi radicals, quotation marks).";
    }

    private static string Describe(SourceCheckEntry e)
    {
        var text = e.Outcome switch
        {
            SourceCheckOutcome.Match => e.CatalogueTitle!,
            SourceCheckOutcome.Promote => e.CatalogueTitle + " (printed as the catalogue has it, " + Status(e.CatalogueStatus) + ": can be verified)",
            SourceCheckOutcome.Contradiction => "the printed title differs from the catalogue's verified title",
            SourceCheckOutcome.Update => "the printed title differs from the catalogue's title (" + Status(e.CatalogueStatus) + ")",
            SourceCheckOutcome.NewTitle => e.Heading!.Title + " (the catalogue has no title)",
            SourceCheckOutcome.Present => "label printed" + (e.CatalogueTitle is null ? " (untitled item)" : string.Empty),
            SourceCheckOutcome.NotInDocument => "not in the document" + (e.CatalogueTitle is null ? string.Empty : ": " + e.CatalogueTitle),
            SourceCheckOutcome.ClauseUncertain => "clause uncertain in the catalogue; no heading with its title" + (e.CatalogueTitle is null ? string.Empty : ": " + e.CatalogueTitle),
            _ => (e.Heading!.Title ?? "(no title read)") + " (no element of the catalogue has this " + (e.Clause is null ? "label" : "clause") + ")",
        };
        var page = e.PageOutcome switch
        {
            PageOutcome.Unknown => "; page unknown in the catalogue",
            PageOutcome.Different => "; the catalogue gives p. " + e.CataloguePage,
            _ => string.Empty,
        };
        return text + page + (e.Note is null ? string.Empty : " — " + e.Note);
    }

    private static string Status(TitleStatus? status) => status switch
    {
        TitleStatus.Verified => "verified",
        TitleStatus.Partial => "partial",
        TitleStatus.Translation => "our translation",
        _ => "unknown",
    };

    public static string Summary(SourceCheckReport r)
    {
        var parts = Outcomes.Where(o => r.Count(o.Outcome) > 0).Select(o => N(r.Count(o.Outcome)) + " " + (r.Count(o.Outcome) == 1 ? o.One : o.Many)).ToList();
        var unknown = r.Entries.Count(e => e.PageOutcome == PageOutcome.Unknown);
        var different = r.Entries.Count(e => e.PageOutcome == PageOutcome.Different);
        var text = "Summary: " + string.Join(", ", parts) + "; pages: " + N(unknown) + " unknown in the catalogue, " + N(different) + " different.";
        var errors = r.Count(SourceCheckOutcome.Contradiction);
        return text + (errors > 0 ? " Exit 1: " + N(errors) + (errors == 1 ? " title contradicts" : " titles contradict") + " verified data; the data or the reading is wrong." : " Nothing contradicts verified data.");
    }

    private static IEnumerable<string> ProposalLines(ProposalSummary p)
    {
        if (p.Proposal.Files.Count == 0)
        {
            yield return "Proposed: nothing to change; nothing written.";
            yield break;
        }

        yield return "Proposed: " + N(p.Proposal.EditCount) + " edits in " + N(p.Proposal.Files.Count) + " files, with " + p.Proposal.SourceId + " for the document; written to " + string.Join(", ", p.Written) + ".";
        yield return "Review: git diff --no-index " + Path.Combine(p.Catalog, p.Proposal.Files[0].RelativePath) + " " + p.Written[0] + "; to accept, copy the files over catalog/ and commit.";
    }

    public static string Markdown(SourceCheckReport r, ProposalSummary? proposal)
    {
        var b = new StringBuilder();
        b.Append("# Source check: ").Append(Path.GetFileName(r.Document.Path)).Append(" against edition ").Append(r.Edition.Edition).Append("\n\n");
        foreach (var line in Header(r).Skip(0))
        {
            b.Append(line).Append("\n\n");
        }

        b.Append("| Result | Clause | Page | Catalogue | Document | Note |\n|---|---|---|---|---|---|\n");
        foreach (var e in r.Entries)
        {
            var page = e.Heading?.Page ?? (e.Heading is null ? string.Empty : "?");
            var pageNote = e.PageOutcome switch
            {
                PageOutcome.Unknown => "page unknown in the catalogue",
                PageOutcome.Different => "the catalogue gives p. " + e.CataloguePage,
                _ => null,
            };
            var note = string.Join("; ", new[] { pageNote, e.Note }.Where(x => x is not null));
            b.Append("| ").Append(Tag(e.Outcome)).Append(" | ").Append(Cell(e.Clause ?? e.Heading?.Label ?? "-")).Append(" | ").Append(page)
                .Append(" | ").Append(Cell(e.CatalogueTitle is null ? string.Empty : e.CatalogueTitle + " (" + Status(e.CatalogueStatus) + ")"))
                .Append(" | ").Append(Cell(e.Heading?.Title ?? string.Empty)).Append(" | ").Append(Cell(note)).Append(" |\n");
        }

        b.Append('\n').Append(Summary(r)).Append('\n');
        if (proposal is not null)
        {
            b.Append('\n');
            foreach (var line in ProposalLines(proposal))
            {
                b.Append(line).Append("\n\n");
            }
        }

        return b.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|");

    public static string Json(SourceCheckReport r, ProposalSummary? proposal) => Output.Json.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", "aigov-source-check/1");
        w.WriteString("file", Path.GetFileName(r.Document.Path));
        w.WriteString("kind", r.Document.Kind);
        w.WriteString("sha256", r.Document.Sha256);
        w.WriteNumber("pages", r.Document.Pages.Length);
        w.WriteNumber("pagesWithPrintedNumber", r.PagesWithPrintedNumber);
        w.WriteNumber("removedLines", r.RemovedLines);
        w.WriteString("edition", r.Edition.Edition.ToString());
        w.WriteString("language", r.Language);
        w.WriteBoolean("languageDetected", r.LanguageDetected);
        w.WriteNumber("errors", r.Count(SourceCheckOutcome.Contradiction));
        w.WriteStartObject("counts");
        foreach (var o in Outcomes)
        {
            w.WriteNumber(Output.Json.Kebab(o.Outcome.ToString()), r.Count(o.Outcome));
        }

        w.WriteEndObject();
        w.WriteStartArray("entries");
        foreach (var e in r.Entries)
        {
            w.WriteStartObject();
            w.WriteString("outcome", Output.Json.Kebab(e.Outcome.ToString()));
            w.WriteString("element", e.Element?.Id);
            w.WriteString("clause", e.Clause);
            w.WriteString("catalogueTitle", e.CatalogueTitle);
            w.WriteString("catalogueStatus", e.CatalogueStatus is { } s ? Output.Json.Kebab(s.ToString()) : null);
            w.WriteString("label", e.Heading?.Label);
            w.WriteString("documentTitle", e.Heading?.Title);
            w.WriteString("page", e.Heading?.Page);
            if (e.Heading is { } h)
            {
                w.WriteNumber("physicalPage", h.PhysicalPage);
                w.WriteNumber("line", h.Line);
            }

            w.WriteString("pageOutcome", Output.Json.Kebab(e.PageOutcome.ToString()));
            w.WriteString("cataloguePage", e.CataloguePage);
            w.WriteString("note", e.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (proposal is not null)
        {
            w.WriteStartObject("proposal");
            w.WriteString("folder", proposal.Folder);
            w.WriteString("source", proposal.Proposal.Files.Count == 0 ? null : proposal.Proposal.SourceId);
            w.WriteNumber("edits", proposal.Proposal.EditCount);
            Output.Json.Strings(w, "files", proposal.Written);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
