using System;

namespace AiGov.Catalog.Internal;

/// <summary>
/// Fixed, culture-independent names of the enumerations, as written in the renderings: kebab-case for machines
/// (JSON, CSV) and labels for people (Markdown). Never derived from <c>ToString()</c> and a culture-sensitive casing.
/// </summary>
internal static class Names
{
    public static readonly ElementKind[] AllKinds =
    {
        ElementKind.Section, ElementKind.Principle, ElementKind.Component, ElementKind.RiskCategory, ElementKind.RiskSubcategory,
        ElementKind.Risk, ElementKind.MeasureGroup, ElementKind.TechnicalMeasure, ElementKind.GovernanceMeasure,
        ElementKind.GuidelineSet, ElementKind.GuidelineItem, ElementKind.Appendix, ElementKind.GradingFactor,
        ElementKind.RiskGrade, ElementKind.AppendixPart, ElementKind.AppendixPhase, ElementKind.AppendixMeasureGroup, ElementKind.AppendixMeasure,
    };

    public static string Kebab(ElementKind kind) => kind switch
    {
        ElementKind.Section => "section",
        ElementKind.Principle => "principle",
        ElementKind.Component => "component",
        ElementKind.RiskCategory => "risk-category",
        ElementKind.RiskSubcategory => "risk-subcategory",
        ElementKind.Risk => "risk",
        ElementKind.MeasureGroup => "measure-group",
        ElementKind.TechnicalMeasure => "technical-measure",
        ElementKind.GovernanceMeasure => "governance-measure",
        ElementKind.GuidelineSet => "guideline-set",
        ElementKind.GuidelineItem => "guideline-item",
        ElementKind.Appendix => "appendix",
        ElementKind.GradingFactor => "grading-factor",
        ElementKind.RiskGrade => "risk-grade",
        ElementKind.AppendixPart => "appendix-part",
        ElementKind.AppendixPhase => "appendix-phase",
        ElementKind.AppendixMeasureGroup => "appendix-measure-group",
        ElementKind.AppendixMeasure => "appendix-measure",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown element kind."),
    };

    public static string Plural(ElementKind kind) => kind switch
    {
        ElementKind.Section => "Sections",
        ElementKind.Principle => "Principles",
        ElementKind.Component => "Framework components",
        ElementKind.RiskCategory => "Risk categories",
        ElementKind.RiskSubcategory => "Risk sub-categories",
        ElementKind.Risk => "Risks",
        ElementKind.MeasureGroup => "Measure groups",
        ElementKind.TechnicalMeasure => "Technical measures",
        ElementKind.GovernanceMeasure => "Governance measures",
        ElementKind.GuidelineSet => "Guideline sets",
        ElementKind.GuidelineItem => "Guideline items",
        ElementKind.Appendix => "Appendices",
        ElementKind.GradingFactor => "Grading factors",
        ElementKind.RiskGrade => "Risk grades",
        ElementKind.AppendixPart => "Appendix parts",
        ElementKind.AppendixPhase => "Appendix phases",
        ElementKind.AppendixMeasureGroup => "Appendix measure groups",
        ElementKind.AppendixMeasure => "Appendix measures",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown element kind."),
    };

    public static string Kebab(ChangeKind change) => change switch
    {
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.Reworded => "reworded",
        ChangeKind.Renamed => "renamed",
        ChangeKind.Moved => "moved",
        ChangeKind.Split => "split",
        ChangeKind.Merged => "merged",
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown change kind."),
    };

    public static string Label(ChangeKind change) => change switch
    {
        ChangeKind.Unchanged => "Unchanged",
        ChangeKind.Reworded => "Reworded",
        ChangeKind.Renamed => "Renamed",
        ChangeKind.Moved => "Moved",
        ChangeKind.Split => "Split",
        ChangeKind.Merged => "Merged",
        ChangeKind.Added => "Added",
        ChangeKind.Removed => "Removed",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown change kind."),
    };

    public static string Kebab(LineageRelation relation) => relation switch
    {
        LineageRelation.Same => "same",
        LineageRelation.Reworded => "reworded",
        LineageRelation.Renamed => "renamed",
        LineageRelation.Moved => "moved",
        LineageRelation.Split => "split",
        LineageRelation.Merged => "merged",
        LineageRelation.Removed => "removed",
        LineageRelation.Added => "added",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown lineage relation."),
    };

    public static string Kebab(LineageConfidence confidence) => confidence switch
    {
        LineageConfidence.Low => "low",
        LineageConfidence.Medium => "medium",
        LineageConfidence.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Unknown confidence."),
    };

    public static string Kebab(MappingBasis basis) => basis switch
    {
        MappingBasis.Normative => "normative",
        MappingBasis.Editorial => "editorial",
        MappingBasis.StatedBySource => "stated-by-source",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown basis."),
    };

    public static string Kebab(TitleStatus status) => status switch
    {
        TitleStatus.Verified => "verified",
        TitleStatus.Partial => "partial",
        TitleStatus.Unknown => "unknown",
        TitleStatus.Translation => "translation",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown title status."),
    };

    public static string Kebab(ProvenanceStatus status) => status switch
    {
        ProvenanceStatus.Verified => "verified",
        ProvenanceStatus.Partial => "partial",
        ProvenanceStatus.Inferred => "inferred",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown provenance status."),
    };

    public static string Kebab(GapStatus status) => status switch
    {
        GapStatus.Unknown => "unknown",
        GapStatus.Translation => "translation",
        GapStatus.Partial => "partial",
        GapStatus.Inferred => "inferred",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown gap status."),
    };

    /// <summary>The part of an edition-qualified ID after the edition: <c>1.0:3.1.1.a</c> → <c>3.1.1.a</c>.</summary>
    public static string? LocalPart(string? id)
    {
        if (id is null)
        {
            return null;
        }

        var colon = id.IndexOf(':');
        return colon < 0 ? id : id.Substring(colon + 1);
    }
}
