using System.Collections.Generic;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>A small valid catalogue, as in-memory files, that each diagnostic test breaks in one place.</summary>
internal static class MinimalCatalog
{
    public const string Sources = """
        sources:
          - id: SRC-01
            title: A source
            location: https://example.org/a
            editions: ["1.0"]
            trust: official
            used-for: Everything.
        """;

    public const string DataVersion = """
        data-version: "2026.11.0"
        """;

    public const string Stages = """
        stages:
          - key: research-and-development
            title: { zh: 研发, en: Research and development }
            summary: Building the model.
          - key: training
            parent: research-and-development
            title: { zh: 训练, en: Training }
            summary: Training the model.
        """;

    public const string Actors = """
        actors:
          - key: model-developer
            group: framework-1.0-addressee
            title: { zh: 模型算法研发者, en: Model and algorithm developers }
            summary: Those who build models.
        """;

    public const string Areas = """
        areas:
          - key: models-and-algorithms
            title: { zh: 模型算法, en: Models and algorithms }
            summary: Risks of the model itself.
        """;

    public const string Edition = """
        edition: "1.0"
        key: v1-0
        title:
          zh: { text: 框架, status: verified }
          en: { text: Framework, status: verified }
        issuer:
          zh: { text: 委员会, status: verified }
          en: { text: Committee, status: verified }
        released: "2024-09-09"
        release-venue: { text: Somewhere, status: verified }
        official-sources: [SRC-01]
        languages: [zh, en]
        completeness: partial
        summary: A test edition.
        provenance: { status: verified, sources: [SRC-01] }
        """;

    public const string Sections = """
        edition: "1.0"
        sections:
          - key: risk-section
            clause: "3"
            title:
              zh: { text: 风险, status: verified }
              en: { text: Risks, status: verified }
            summary: The risks.
            provenance: { status: verified, sources: [SRC-01] }
          - key: measure-section
            clause: "4"
            title:
              zh: { text: 措施, status: verified }
              en: { text: Measures, status: verified }
            summary: The measures.
            provenance: { status: verified, sources: [SRC-01] }
        """;

    public const string Categories = """
        edition: "1.0"
        risk-categories:
          - key: inherent
            clause: "3.1"
            parent: "3"
            title:
              zh: { text: 内生, status: verified }
              en: { text: Inherent, status: verified }
            summary: Inherent risks.
            provenance: { status: verified, sources: [SRC-01] }
        """;

    public const string Subcategories = """
        edition: "1.0"
        risk-subcategories:
          - key: model-risks
            clause: "3.1.1"
            parent: "3.1"
            title:
              zh: { text: 模型, status: verified }
              en: { text: null, status: unknown }
            summary: Model risks.
            provenance: { status: verified, sources: [SRC-01] }
        """;

    public const string Risks = """
        edition: "1.0"
        risks:
          - key: explainability
            clause: "3.1.1(a)"
            parent: "3.1.1"
            title:
              zh: { text: 可解释性差的风险, status: verified }
              en: { text: Risks of explainability, status: verified }
            pages: { zh: "3", en: "6" }
            summary: Outputs are hard to explain.
            area: models-and-algorithms
            stages:
              - { stage: training, basis: editorial, note: Explainability is shaped in training. }
            provenance: { status: verified, sources: [SRC-01] }
        """;

    public const string TechnicalMeasures = """
        edition: "1.0"
        technical-measures:
          - key: improve-explainability
            clause: "4(a)"
            parent: "4"
            title:
              zh: { text: null, status: unknown }
              en: { text: null, status: unknown }
            summary: Improve explainability.
            addresses:
              - { ref: "3.1.1(a)", basis: editorial, note: Same subject. }
            actors:
              - { actor: model-developer, basis: normative, note: Section 4 lead. }
            provenance: { status: verified, sources: [SRC-01] }
        """;

    public const string Lineage = """
        from: "1.0"
        to: "2.0"
        links:
          - from: "3.1.1(a)"
            to: ["3.1.1(a)"]
            relation: same
            confidence: high
            basis: normative
            evidence: [SRC-01]
          - from: "3.1"
            to: ["3.1"]
            relation: same
            confidence: high
            basis: normative
            evidence: [SRC-01]
          - from: "3.1.1"
            to: ["3.1.1"]
            relation: same
            confidence: high
            basis: normative
            evidence: [SRC-01]
        """;

    /// <summary>The files, by path relative to catalog/.</summary>
    public static Dictionary<string, string> Files() => new()
    {
        ["sources.yaml"] = Sources,
        ["data-version.yaml"] = DataVersion,
        ["vocabularies/lifecycle-stages.yaml"] = Stages,
        ["vocabularies/actors.yaml"] = Actors,
        ["vocabularies/risk-areas.yaml"] = Areas,
        ["editions/1.0/edition.yaml"] = Edition,
        ["editions/1.0/sections.yaml"] = Sections,
        ["editions/1.0/risk-categories.yaml"] = Categories,
        ["editions/1.0/risk-subcategories.yaml"] = Subcategories,
        ["editions/1.0/risks.yaml"] = Risks,
        ["editions/1.0/technical-measures.yaml"] = TechnicalMeasures,
    };
}
