using System.Collections.Generic;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>The format additions of data 2026.12.0: manifest <c>facts</c>, <c>answers</c> with a basis, appendix labels.</summary>
public sealed partial class CatalogGeneratorTests
{
    private const string Facts = """
        facts:
          - topic: update-aims
            text: Four aims.
            status: verified
            sources: [SRC-01]
          - topic: update-aims
            text: Again.
            status: partial
            sources: [SRC-01]
        """;

    private const string MeasureGroups = """
        edition: "1.0"
        measure-groups:
          - key: inherent-measures
            clause: "4.1"
            parent: "4"
            title:
              zh: { text: 针对, status: verified }
              en: { text: Addressing, status: verified }
            summary: Answers 3.1.
            answers:
              - { ref: "3.1", basis: editorial }
            provenance: { status: verified, sources: [SRC-01] }
        """;

    [Fact]
    public void Manifest_facts_with_a_repeated_topic_are_a_duplicate()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/edition.yaml"] = files["editions/1.0/edition.yaml"].Replace("provenance: { status: verified, sources: [SRC-01] }", Facts + "\nprovenance: { status: verified, sources: [SRC-01] }");

        var diagnostic = AssertSingle(files, "AIGOV005", "editions/1.0/edition.yaml", line: 20);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("fact topic").And.Contain("update-aims");
    }

    [Fact]
    public void A_manifest_fact_must_cite_registered_sources_and_a_known_status()
    {
        var files = MinimalCatalog.Files();
        var facts = Facts.Substring(0, Facts.IndexOf("  - topic: update-aims\n    text: Again.", System.StringComparison.Ordinal)).TrimEnd('\n');
        files["editions/1.0/edition.yaml"] = files["editions/1.0/edition.yaml"].Replace("provenance: { status: verified, sources: [SRC-01] }", facts.Replace("[SRC-01]", "[SRC-99]") + "\nprovenance: { status: verified, sources: [SRC-01] }");
        AssertSingle(files, "AIGOV006", "editions/1.0/edition.yaml", line: 16);

        files = MinimalCatalog.Files();
        files["editions/1.0/edition.yaml"] = files["editions/1.0/edition.yaml"].Replace("provenance: { status: verified, sources: [SRC-01] }", facts.Replace("status: verified", "status: certain") + "\nprovenance: { status: verified, sources: [SRC-01] }");
        AssertSingle(files, "AIGOV007", "editions/1.0/edition.yaml", line: 18);
    }

    [Fact]
    public void An_editorial_answer_needs_its_rationale_and_a_normative_one_compiles()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/measure-groups.yaml"] = MeasureGroups;
        AssertSingle(files, "AIGOV002", "editions/1.0/measure-groups.yaml", line: 11);

        files["editions/1.0/measure-groups.yaml"] = MeasureGroups.Replace("basis: editorial }", "basis: normative, note: Mirrored numbering. }");
        var result = GeneratorHarness.Run(files);
        result.Diagnostics.Should().BeEmpty();
        result.Source("AiGov.Catalog.GeneratedCatalogData.g.cs").Should().Contain("Mirrored numbering.");
    }

    [Fact]
    public void An_appendix_label_is_a_clause_of_an_appendix_only()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risk-categories.yaml"] = files["editions/1.0/risk-categories.yaml"].Replace("clause: \"3.1\"", "clause: 附件1");

        var diagnostic = Errors(files).Should().Contain(d => d.Id == "AIGOV008").Which;
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("附件1");
    }
}
