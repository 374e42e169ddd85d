using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.SourceCheck;

/// <summary>What the check found for one element or heading.</summary>
public enum SourceCheckOutcome
{
    /// <summary>The document's title is the catalogue's verified title.</summary>
    Match,

    /// <summary>The document's title is the catalogue's title, which is only partial or our translation: it can be promoted to verified.</summary>
    Promote,

    /// <summary>The document's title differs from the catalogue's <em>verified</em> title: the data or the parse is wrong (an error).</summary>
    Contradiction,

    /// <summary>The document's title differs from the catalogue's partial title or our translation: the document's wording is proposed.</summary>
    Update,

    /// <summary>The document prints a title where the catalogue has none.</summary>
    NewTitle,

    /// <summary>The element's label is in the document; neither side has a title to compare (an untitled item), or none was read.</summary>
    Present,

    /// <summary>The element is in the catalogue but its clause is not in the document.</summary>
    NotInDocument,

    /// <summary>The element's clause is uncertain in the catalogue (<c>3.3.1(?1)</c>), and no heading with its title was found.</summary>
    ClauseUncertain,

    /// <summary>A heading in the document that no element of the catalogue has.</summary>
    NoElement,
}

/// <summary>How the document's printed page compares with the catalogue's page of an element.</summary>
public enum PageOutcome
{
    /// <summary>No printed page number was found for the heading: nothing to compare.</summary>
    NotPrinted,

    /// <summary>The printed page is within the catalogue's page range.</summary>
    Same,

    /// <summary>The catalogue has no page for the element in the document's language.</summary>
    Unknown,

    /// <summary>The printed page is outside the catalogue's page range.</summary>
    Different,
}

/// <summary>One line of a <see cref="SourceCheckReport"/>: an element of the catalogue, a heading of the document, or both.</summary>
/// <param name="Outcome">What was found.</param>
/// <param name="Element">The catalogue element, or null for a heading with no element.</param>
/// <param name="Clause">The clause (the catalogue's, or the one the heading gives).</param>
/// <param name="CatalogueTitle">The catalogue's title in the document's language (null when unknown).</param>
/// <param name="CatalogueStatus">The status of that title.</param>
/// <param name="Heading">The heading found in the document, or null.</param>
/// <param name="PageOutcome">How the pages compare.</param>
/// <param name="CataloguePage">The catalogue's page (range) in the document's language, or null.</param>
/// <param name="Note">A short explanation where the outcome needs one, or null.</param>
public sealed record SourceCheckEntry(
    SourceCheckOutcome Outcome,
    CatalogElement? Element,
    string? Clause,
    string? CatalogueTitle,
    TitleStatus? CatalogueStatus,
    FoundHeading? Heading,
    PageOutcome PageOutcome,
    string? CataloguePage,
    string? Note)
{
    /// <summary>Gets whether this entry contradicts verified data.</summary>
    public bool IsError => Outcome == SourceCheckOutcome.Contradiction;
}

/// <summary>The result of checking one edition of the catalogue against a document.</summary>
public sealed class SourceCheckReport
{
    internal SourceCheckReport(SourceDocument document, EditionCatalog edition, string language, bool languageDetected, int removedLines, int pagesWithNumber, ImmutableArray<SourceCheckEntry> entries)
    {
        Document = document;
        Edition = edition;
        Language = language;
        LanguageDetected = languageDetected;
        RemovedLines = removedLines;
        PagesWithPrintedNumber = pagesWithNumber;
        Entries = entries;
    }

    /// <summary>Gets the document checked.</summary>
    public SourceDocument Document { get; }

    /// <summary>Gets the edition checked.</summary>
    public EditionCatalog Edition { get; }

    /// <summary>Gets the language of the titles compared: <c>zh</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>Gets whether the language was detected from the text (not given).</summary>
    public bool LanguageDetected { get; }

    /// <summary>Gets the number of running-header and footer lines removed.</summary>
    public int RemovedLines { get; }

    /// <summary>Gets the number of pages whose printed page number was found.</summary>
    public int PagesWithPrintedNumber { get; }

    /// <summary>Gets the entries in document order (elements not in the document where their clause would be).</summary>
    public ImmutableArray<SourceCheckEntry> Entries { get; }

    /// <summary>Gets whether anything contradicts verified data.</summary>
    public bool HasErrors => Entries.Any(e => e.IsError);

    /// <summary>Gets the number of entries with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>How many entries have it.</returns>
    public int Count(SourceCheckOutcome outcome) => Entries.Count(e => e.Outcome == outcome);
}

/// <summary>Checks an edition of the catalogue against the official text (see <see cref="Check"/>).</summary>
public static class SourceChecker
{
    /// <summary>
    /// Aligns the headings and item labels of a document with the elements of an edition by clause and compares
    /// titles and printed pages.
    /// </summary>
    /// <param name="document">The document (see <see cref="SourceDocument.Read"/>).</param>
    /// <param name="edition">The edition of the catalogue to check.</param>
    /// <param name="language"><c>zh</c> or <c>en</c>; null to detect it from the text (more CJK characters than Latin letters: zh).</param>
    /// <returns>The report.</returns>
    /// <exception cref="SourceReadException">The document has no text, or none of the edition's clause headings.</exception>
    public static SourceCheckReport Check(SourceDocument document, EditionCatalog edition, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(edition);
        if (language is not null and not "zh" and not "en")
        {
            throw new ArgumentException("The language is zh or en.", nameof(language));
        }

        var clean = SourceText.Clean(document);
        if (clean.Pages.All(p => p.Lines.IsEmpty))
        {
            throw new SourceReadException(document.Path + ": no text found" + (document.Kind == "pdf" ? " (a scanned PDF has no text layer: run it through OCR first)" : string.Empty) + ".");
        }

        var detected = language is null;
        language ??= Detect(clean);
        var english = language == "en";
        var elements = edition.Elements.Where(e => e.Clause is not null).ToList();
        var byClause = new Dictionary<string, CatalogElement>(StringComparer.Ordinal);
        foreach (var element in elements.Where(e => !IsUncertain(e.Clause!)))
        {
            byClause[Normalise(element.Clause!)] = element;
        }

        var headings = HeadingFinder.Find(clean, new HashSet<string>(byClause.Keys, StringComparer.Ordinal), english);
        if (!headings.Any(h => h.Clause is not null && byClause.ContainsKey(h.Clause)))
        {
            throw new SourceReadException(document.Path + ": not edition " + edition.Edition + " of the framework, or not its text: none of the edition's clause headings (" + string.Join(", ", elements.Select(e => e.Clause!).Where(c => !IsUncertain(c)).OrderBy(c => c, ClauseComparer.Instance).Take(3)) + ", …) was found.");
        }

        var entries = new List<(double Order, SourceCheckEntry Entry)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<(int Index, FoundHeading Heading)>();
        for (var i = 0; i < headings.Length; i++)
        {
            var heading = headings[i];
            if (heading.Clause is not null && byClause.TryGetValue(heading.Clause, out var element) && seen.Add(heading.Clause))
            {
                entries.Add((i, Compare(element, heading, language)));
            }
            else
            {
                unmatched.Add((i, heading));
            }
        }

        // Elements whose clause is uncertain: a heading under the same parent with the same title is theirs.
        foreach (var element in elements.Where(e => IsUncertain(e.Clause!)))
        {
            var title = TitleOf(element, language);
            var parent = Regex.Replace(Normalise(element.Clause!), @"\(\?\d*\)$", string.Empty);
            var match = title.Text is null ? default : unmatched.FirstOrDefault(u => u.Heading.Clause is { } c && c.StartsWith(parent + "(", StringComparison.Ordinal) && u.Heading.Title is { } t && Same(t, title.Text));
            if (match.Heading is not null)
            {
                unmatched.Remove(match);
                var entry = Compare(element, match.Heading, language) with { Note = "The catalogue's clause " + element.Clause + " is printed as " + match.Heading.Clause + " (matched by title)." };
                entries.Add((match.Index, entry));
            }
        }

        foreach (var (index, heading) in unmatched)
        {
            var note = heading.Clause is null ? "The catalogue gives enumerations like this no clause: align it by hand." : seen.Contains(heading.Clause) ? "The clause appears again here; the first occurrence was compared." : null;
            entries.Add((index, new SourceCheckEntry(SourceCheckOutcome.NoElement, null, heading.Clause, null, null, heading, PageOutcome.NotPrinted, null, note)));
        }

        // Elements not found go where their clause would be: after the closest preceding element that was found.
        var placed = entries.Where(e => e.Entry.Element is not null).ToDictionary(e => e.Entry.Element!.Id, e => e.Order, StringComparer.Ordinal);
        var ordered = elements.OrderBy(e => e.Clause!, ClauseComparer.Instance).ToList();
        var lastOrder = -1.0;
        var step = 0;
        foreach (var element in ordered)
        {
            if (placed.TryGetValue(element.Id, out var order))
            {
                lastOrder = order;
                step = 0;
                continue;
            }

            step++;
            var title = TitleOf(element, language);
            var outcome = IsUncertain(element.Clause!) ? SourceCheckOutcome.ClauseUncertain : SourceCheckOutcome.NotInDocument;
            entries.Add((lastOrder + step / 1000.0, new SourceCheckEntry(outcome, element, element.Clause, title.Text, title.Status, null, PageOutcome.NotPrinted, PageOf(element, language), null)));
        }

        var result = entries.OrderBy(e => e.Order).Select(e => e.Entry).ToImmutableArray();
        // Headings numbered like the edition's whose titles contradict verified titles, and not one title that
        // matches: another document (or the other language). Unverified titles that differ do not count: an edition
        // whose titles are mostly unknown can legitimately match none.
        var compared = result.Count(e => e.Outcome == SourceCheckOutcome.Contradiction);
        if (compared >= 2 && !result.Any(e => e.Outcome is SourceCheckOutcome.Match or SourceCheckOutcome.Promote))
        {
            throw new SourceReadException(document.Path + ": not edition " + edition.Edition + " of the framework, or not its " + (english ? "English" : "Chinese") + " text: "
                + compared.ToString(CultureInfo.InvariantCulture) + " headings have clause numbers of the edition but titles that differ from its verified ones, and not one title matches" + (detected ? "." : " (is --language " + language + " right?)."));
        }

        return new SourceCheckReport(document, edition, language, detected, clean.RemovedLines, clean.PagesWithPrintedNumber, result);
    }

    private static SourceCheckEntry Compare(CatalogElement element, FoundHeading heading, string language)
    {
        var title = TitleOf(element, language);
        if (title.Text is not null && heading.FirstLineTitle is { } first && Same(title.Text, first) && !(heading.Title is { } joined && Same(title.Text, joined)))
        {
            heading = heading with { Title = first, FirstLineTitle = null };
        }

        var page = PageOf(element, language);
        var pageOutcome = ComparePage(element, heading, language);
        var untitled = title.Text is null && (title.Note ?? string.Empty).StartsWith("untitled", StringComparison.Ordinal);
        SourceCheckOutcome outcome;
        string? note = null;
        if (untitled || heading.Title is null)
        {
            outcome = SourceCheckOutcome.Present;
            note = untitled ? null : title.Text is null ? "No title read after the label." : "No title read after the label; the catalogue's title is not compared.";
        }
        else if (title.Text is null)
        {
            outcome = SourceCheckOutcome.NewTitle;
        }
        else if (Same(title.Text, heading.Title))
        {
            outcome = title.Status == TitleStatus.Verified ? SourceCheckOutcome.Match : SourceCheckOutcome.Promote;
        }
        else
        {
            outcome = title.Status == TitleStatus.Verified ? SourceCheckOutcome.Contradiction : SourceCheckOutcome.Update;
        }

        return new SourceCheckEntry(outcome, element, element.Clause, title.Text, title.Text is null ? title.Status : title.Status, heading, pageOutcome, page, note);
    }

    private static PageOutcome ComparePage(CatalogElement element, FoundHeading heading, string language)
    {
        if (heading.Page is null)
        {
            return PageOutcome.NotPrinted;
        }

        var range = language == "zh" ? element.Pages?.Zh : element.Pages?.En;
        if (range is not { } r)
        {
            return PageOutcome.Unknown;
        }

        var printed = int.Parse(heading.Page, CultureInfo.InvariantCulture);
        return printed >= r.First && printed <= r.Last ? PageOutcome.Same : PageOutcome.Different;
    }

    internal static TitleText TitleOf(CatalogElement element, string language) => language == "zh" ? element.Title.Zh : element.Title.En;

    private static string? PageOf(CatalogElement element, string language) => (language == "zh" ? element.Pages?.Zh : element.Pages?.En)?.ToString();

    /// <summary>Whether two titles are the same once folded (width, case, radicals, quotation marks) and spaced alike.</summary>
    internal static bool Same(string a, string b) => Key(a) == Key(b);

    internal static string Key(string title)
    {
        var folded = CatalogTextFolding.Fold(title.Trim());
        folded = Regex.Replace(folded, @"\s+", " ");
        // Spaces next to a CJK character are layout, not text.
        folded = Regex.Replace(folded, @"\s(?=[\u3000-\u9FFF\uFF00-\uFFEF、，。；：])|(?<=[\u3000-\u9FFF\uFF00-\uFFEF、，。；：])\s", string.Empty);
        return folded.TrimEnd('.', '。', ':', '：', ';', '；');
    }

    internal static string Normalise(string clause) => Regex.Replace(clause, @"\s+", string.Empty).Replace('（', '(').Replace('）', ')');

    internal static bool IsUncertain(string clause) => clause.Contains('?', StringComparison.Ordinal);

    private static string Detect(CleanText text)
    {
        long cjk = 0;
        long latin = 0;
        foreach (var line in text.Pages.SelectMany(p => p.Lines))
        {
            foreach (var c in line.Text)
            {
                if (c >= '\u4E00' && c <= '\u9FFF')
                {
                    cjk++;
                }
                else if (c < 0x0250 && char.IsLetter(c))
                {
                    latin++;
                }
            }
        }

        return cjk >= latin ? "zh" : "en";
    }
}

/// <summary>Orders clauses as an outline: numbers by value, then item letters, then appendices.</summary>
internal sealed class ClauseComparer : IComparer<string>
{
    public static readonly ClauseComparer Instance = new();

    public int Compare(string? x, string? y) => string.CompareOrdinal(KeyOf(x ?? string.Empty), KeyOf(y ?? string.Empty));

    private static string KeyOf(string clause) =>
        (clause.StartsWith("附件", StringComparison.Ordinal) ? "~" : " ") + Regex.Replace(clause, @"\d+", m => m.Value.PadLeft(4, '0'));
}
