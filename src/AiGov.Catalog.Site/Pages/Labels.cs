namespace AiGov.Catalog.Site.Pages;

/// <summary>The English words shown for the catalogue's enumerations, and what each status means.</summary>
internal static class Labels
{
    public static string Kind(ElementKind kind) => kind switch
    {
        ElementKind.Section => "Section",
        ElementKind.Principle => "Principle",
        ElementKind.Component => "Framework component",
        ElementKind.RiskCategory => "Risk category",
        ElementKind.RiskSubcategory => "Risk sub-category",
        ElementKind.Risk => "Risk",
        ElementKind.MeasureGroup => "Measure group",
        ElementKind.TechnicalMeasure => "Technical measure",
        ElementKind.GovernanceMeasure => "Governance measure",
        ElementKind.GuidelineSet => "Guideline set",
        ElementKind.GuidelineItem => "Guideline item",
        ElementKind.Appendix => "Appendix",
        ElementKind.GradingFactor => "Grading factor",
        _ => Words(kind.ToString()),
    };

    // A kind added later without a label of its own reads as words ("RiskGrade" -> "Risk grade"), never as an identifier.
    private static string Words(string pascal)
    {
        var text = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    public static string Plural(ElementKind kind, int count)
    {
        var word = Kind(kind).ToLowerInvariant();
        if (count == 1)
        {
            return word;
        }

        if (word.EndsWith("appendix", System.StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 1) + "ces";
        }

        return word.EndsWith("y", System.StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) + "ies" : word + "s";
    }

    public static string Slug(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Change(ChangeKind kind) => kind.ToString();

    public static string TitleStatusSlug(TitleStatus status) => status switch
    {
        TitleStatus.Verified => "verified",
        TitleStatus.Partial => "partial",
        TitleStatus.Translation => "translation",
        _ => "unknown",
    };

    public static string TitleStatusLabel(TitleStatus status) => status switch
    {
        TitleStatus.Verified => "verified",
        TitleStatus.Partial => "partial",
        TitleStatus.Translation => "our translation",
        _ => "unknown",
    };

    public static string TitleStatusMeaning(TitleStatus status) => status switch
    {
        TitleStatus.Verified => "Verified: checked word for word against an official text.",
        TitleStatus.Partial => "Partial: only part of the title is confirmed by a source; the rest is incomplete.",
        TitleStatus.Translation => "Our translation: no official English text is known; this English title is ours.",
        _ => "Unknown: no source gives this title; it is left empty rather than guessed.",
    };

    public static string Provenance(ProvenanceStatus status) => status switch
    {
        ProvenanceStatus.Verified => "verified",
        ProvenanceStatus.Partial => "partial",
        _ => "inferred",
    };

    public static string ProvenanceMeaning(ProvenanceStatus status) => status switch
    {
        ProvenanceStatus.Verified => "Verified against the official text.",
        ProvenanceStatus.Partial => "Partly confirmed by sources; some fields are incomplete.",
        _ => "Inferred by the editors from secondary sources or the document's structure.",
    };

    public static string Trust(SourceTrust trust) => trust switch
    {
        SourceTrust.Official => "official",
        SourceTrust.OfficialPlatformCommentary => "official platform commentary",
        SourceTrust.ReputableSecondary => "reputable secondary",
        SourceTrust.Secondary => "secondary",
        _ => "low",
    };

    public static string Basis(MappingBasis basis) => basis switch
    {
        MappingBasis.Normative => "normative",
        MappingBasis.StatedBySource => "stated",
        _ => "editorial",
    };

    public static string BasisMeaning(MappingBasis basis) => basis switch
    {
        MappingBasis.Normative => "Normative: the framework's text says so.",
        MappingBasis.StatedBySource => "Stated by a source: a cited source states this link.",
        _ => "Editorial: the catalogue's editors' reading, not stated by the framework.",
    };

    public static string Completeness(EditionCompleteness completeness) => completeness switch
    {
        EditionCompleteness.Complete => "complete",
        EditionCompleteness.Partial => "partial",
        _ => "outline",
    };

    public static string Confidence(LineageConfidence? confidence) => confidence switch
    {
        LineageConfidence.High => "high",
        LineageConfidence.Medium => "medium",
        LineageConfidence.Low => "low",
        _ => "—",
    };

    public static string Gap(GapStatus status) => status switch
    {
        GapStatus.Translation => "our translation",
        GapStatus.Partial => "partial",
        GapStatus.Inferred => "inferred",
        _ => "unknown",
    };

    /// <summary>
    /// A crosswalk predicate in words, read from the element to the term ("the element … the term"); a considered
    /// non-match is "considered, does not match" whatever its predicate.
    /// </summary>
    public static string Predicate(CrosswalkMapping mapping) => mapping.IsNegated ? "considered, does not match" : Predicate(mapping.Predicate);

    public static string Predicate(MappingPredicate predicate) => predicate switch
    {
        MappingPredicate.ExactMatch => "matches exactly",
        MappingPredicate.CloseMatch => "closely matches",
        MappingPredicate.BroadMatch => "falls under (the term is broader)",
        MappingPredicate.NarrowMatch => "covers (the term is narrower)",
        _ => "is related to",
    };

    /// <summary>The confidence of a crosswalk row, or that its author gave none.</summary>
    public static string MappingConfidence(double? confidence) =>
        confidence is { } c ? "confidence " + c.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) : "no confidence given";

    /// <summary>A licence URL by its usual name where it is a well-known one, else the URL.</summary>
    public static string Licence(string licence) => licence switch
    {
        "https://creativecommons.org/licenses/by/4.0/" or "CC-BY-4.0" => "CC BY 4.0",
        "https://opensource.org/licenses/MIT" => "MIT License",
        _ => licence,
    };
}
