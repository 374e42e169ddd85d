namespace AiGov.Catalog.Serialization;

/// <summary>
/// The names under which enumeration values are written in every export (JSON, CSV, Markdown, OSCAL): the kebab-case
/// words of the YAML data. Explicit tables, so that renaming a C# member can never change a file format.
/// </summary>
internal static class WireNames
{
    public static readonly WireEnum<ProvenanceStatus> Status = new(
        "provenance status",
        (ProvenanceStatus.Verified, "verified"),
        (ProvenanceStatus.Partial, "partial"),
        (ProvenanceStatus.Inferred, "inferred"));

    public static readonly WireEnum<TitleStatus> TitleState = new(
        "title status",
        (TitleStatus.Verified, "verified"),
        (TitleStatus.Partial, "partial"),
        (TitleStatus.Unknown, "unknown"),
        (TitleStatus.Translation, "translation"));

    public static readonly WireEnum<MappingBasis> Basis = new(
        "basis",
        (MappingBasis.Normative, "normative"),
        (MappingBasis.Editorial, "editorial"),
        (MappingBasis.StatedBySource, "stated-by-source"));

    public static readonly WireEnum<FactStatus> Fact = new(
        "fact status",
        (FactStatus.Verified, "verified"),
        (FactStatus.Partial, "partial"),
        (FactStatus.Inferred, "inferred"),
        (FactStatus.Unknown, "unknown"));

    public static readonly WireEnum<InstrumentRelation> InstrumentRelation = new(
        "instrument relation",
        (AiGov.Catalog.InstrumentRelation.Implements, "implements"),
        (AiGov.Catalog.InstrumentRelation.Operationalises, "operationalises"),
        (AiGov.Catalog.InstrumentRelation.Parallel, "parallel"),
        (AiGov.Catalog.InstrumentRelation.Cites, "cites"));

    public static readonly WireEnum<LinkDirection> Direction = new(
        "link direction",
        (LinkDirection.InstrumentToElement, "instrument-to-element"),
        (LinkDirection.ElementToInstrument, "element-to-instrument"),
        (LinkDirection.Both, "both"));

    public static readonly WireEnum<SourceTrust> Trust = new(
        "trust level",
        (SourceTrust.Official, "official"),
        (SourceTrust.OfficialPlatformCommentary, "official-platform-commentary"),
        (SourceTrust.ReputableSecondary, "reputable-secondary"),
        (SourceTrust.Secondary, "secondary"),
        (SourceTrust.Low, "low"));

    public static readonly WireEnum<EditionCompleteness> Completeness = new(
        "completeness",
        (EditionCompleteness.Complete, "complete"),
        (EditionCompleteness.Partial, "partial"),
        (EditionCompleteness.Outline, "outline"));

    public static readonly WireEnum<ActorGroup> Group = new(
        "actor group",
        (ActorGroup.Framework10Addressee, "framework-1.0-addressee"),
        (ActorGroup.Framework20StageRole, "framework-2.0-stage-role"),
        (ActorGroup.GovernanceBody, "governance-body"));

    public static readonly WireEnum<LineageRelation> Relation = new(
        "lineage relation",
        (LineageRelation.Same, "same"),
        (LineageRelation.Reworded, "reworded"),
        (LineageRelation.Renamed, "renamed"),
        (LineageRelation.Moved, "moved"),
        (LineageRelation.Split, "split"),
        (LineageRelation.Merged, "merged"),
        (LineageRelation.Removed, "removed"),
        (LineageRelation.Added, "added"));

    public static readonly WireEnum<LineageConfidence> Confidence = new(
        "lineage confidence",
        (LineageConfidence.High, "high"),
        (LineageConfidence.Medium, "medium"),
        (LineageConfidence.Low, "low"));

    public static readonly WireEnum<ElementKind> Kind = new(
        "element kind",
        (ElementKind.Section, "section"),
        (ElementKind.Principle, "principle"),
        (ElementKind.Component, "component"),
        (ElementKind.RiskCategory, "risk-category"),
        (ElementKind.RiskSubcategory, "risk-subcategory"),
        (ElementKind.Risk, "risk"),
        (ElementKind.MeasureGroup, "measure-group"),
        (ElementKind.TechnicalMeasure, "technical-measure"),
        (ElementKind.GovernanceMeasure, "governance-measure"),
        (ElementKind.GuidelineSet, "guideline-set"),
        (ElementKind.GuidelineItem, "guideline-item"),
        (ElementKind.Appendix, "appendix"),
        (ElementKind.GradingFactor, "grading-factor"),
        (ElementKind.RiskGrade, "risk-grade"),
        (ElementKind.AppendixPart, "appendix-part"),
        (ElementKind.AppendixPhase, "appendix-phase"),
        (ElementKind.AppendixMeasureGroup, "appendix-measure-group"),
        (ElementKind.AppendixMeasure, "appendix-measure"));
}
