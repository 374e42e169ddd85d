using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Generators.Linking;
using AiGov.Catalog.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>One test per diagnostic ID: each breaks the minimal catalogue in one place and asserts ID, file and line.</summary>
public sealed partial class CatalogGeneratorTests
{
    [Fact]
    public void Minimal_catalogue_generates_without_diagnostics()
    {
        var result = GeneratorHarness.Run(MinimalCatalog.Files());

        result.Diagnostics.Should().BeEmpty();
        result.Source("AiGov.Catalog.GeneratedCatalogData.g.cs").Should().Contain("\"1.0:3.1.1.a\"").And.Contain("可解释性差的风险");
        result.Source("AiGov.Catalog.Aisgf.g.cs").Should().Contain("public static global::AiGov.Catalog.Risk Explainability");
    }

    [Fact]
    public void AIGOV001_yaml_syntax_error_points_at_the_broken_line()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("    summary: Outputs", "\tsummary: Outputs");

        AssertSingle(files, "AIGOV001", "editions/1.0/risks.yaml", line: 10);
    }

    [Fact]
    public void AIGOV001_duplicate_mapping_key_is_a_syntax_error()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("    summary: Outputs", "    summary: Twice.\n    summary: Outputs");

        AssertSingle(files, "AIGOV001", "editions/1.0/risks.yaml", line: 11);
    }

    [Fact]
    public void AIGOV001_unclosed_flow_sequence_is_located_not_an_internal_error()
    {
        // YamlDotNet fails here with an InvalidOperationException rather than a YamlException.
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("    summary: Outputs", "    clause: [oops\n    summary: Outputs");

        var diagnostic = AssertSingle(files, "AIGOV001", "editions/1.0/risks.yaml", line: 10);
        diagnostic.Location.GetLineSpan().StartLinePosition.Character.Should().Be(12);
    }

    [Fact]
    public void AIGOV002_missing_required_field_points_at_the_element()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("    summary: Outputs are hard to explain.\n", string.Empty);

        var diagnostic = AssertSingle(files, "AIGOV002", "editions/1.0/risks.yaml", line: 3);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("summary");
    }

    [Fact]
    public void AIGOV003_unquoted_number_where_a_string_is_required()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risk-subcategories.yaml"] = files["editions/1.0/risk-subcategories.yaml"].Replace("parent: \"3.1\"", "parent: 3.1");

        AssertSingle(files, "AIGOV003", "editions/1.0/risk-subcategories.yaml", line: 5);
    }

    [Fact]
    public void AIGOV004_unknown_field_points_at_the_field()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("    area: models", "    colour: red\n    area: models");

        var diagnostic = AssertSingle(files, "AIGOV004", "editions/1.0/risks.yaml", line: 11);
        diagnostic.Location.GetLineSpan().StartLinePosition.Character.Should().Be(4);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().NotContain("did you mean", because: "'colour' is near no field");
    }

    [Theory]
    [InlineData("sumary", "summary")]
    [InlineData("Summary", "summary")]
    [InlineData("stage", "stages")]
    [InlineData("pges", "pages")]
    public void AIGOV004_suggests_the_field_a_misspelt_name_is_close_to(string typo, string field)
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("    area: models", "    " + typo + ": x\n    area: models");

        var diagnostic = AssertSingle(files, "AIGOV004", "editions/1.0/risks.yaml", line: 11);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("Unknown field '" + typo + "' in").And.Contain(" (did you mean '" + field + "'?); allowed: ");
    }

    [Fact]
    public void AIGOV005_duplicate_key_points_at_the_second_definition()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risk-categories.yaml"] += """

              - key: inherent
                clause: "3.2"
                parent: "3"
                title:
                  zh: { text: 应用, status: verified }
                  en: { text: Applications, status: verified }
                summary: Application risks.
                provenance: { status: verified, sources: [SRC-01] }
            """;

        AssertSingle(files, "AIGOV005", "editions/1.0/risk-categories.yaml", line: 11);
    }

    [Fact]
    public void AIGOV006_dangling_parent_reference()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("parent: \"3.1.1\"", "parent: \"3.9.9\"");

        AssertSingle(files, "AIGOV006", "editions/1.0/risks.yaml", line: 5);
    }

    [Fact]
    public void AIGOV006_unknown_source_id()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risk-categories.yaml"] = files["editions/1.0/risk-categories.yaml"].Replace("sources: [SRC-01]", "sources: [SRC-77]");

        AssertSingle(files, "AIGOV006", "editions/1.0/risk-categories.yaml", line: 10);
    }

    [Fact]
    public void AIGOV007_unknown_stage()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("stage: training", "stage: flying");

        AssertSingle(files, "AIGOV007", "editions/1.0/risks.yaml", line: 13);
    }

    [Fact]
    public void AIGOV007_unknown_status()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("provenance: { status: verified", "provenance: { status: guessed");

        AssertSingle(files, "AIGOV007", "editions/1.0/risks.yaml", line: 14);
    }

    [Fact]
    public void AIGOV008_key_not_kebab_case()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("key: explainability", "key: Explain_Ability");

        AssertSingle(files, "AIGOV008", "editions/1.0/risks.yaml", line: 3);
    }

    [Fact]
    public void AIGOV008_unknown_title_must_have_null_text()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risk-subcategories.yaml"] = files["editions/1.0/risk-subcategories.yaml"].Replace("en: { text: null, status: unknown }", "en: { text: A guess, status: unknown }");

        AssertSingle(files, "AIGOV008", "editions/1.0/risk-subcategories.yaml", line: 8);
    }

    [Fact]
    public void AIGOV009_edition_in_the_wrong_folder()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("edition: \"1.0\"", "edition: \"2.0\"");

        var diagnostics = Errors(files);
        diagnostics.Should().Contain(d => d.Id == "AIGOV009" && Path(d) == "editions/1.0/risks.yaml" && Line(d) == 1);
    }

    [Fact]
    public void AIGOV009_edition_without_manifest()
    {
        var files = MinimalCatalog.Files();
        files.Remove("editions/1.0/edition.yaml");

        Errors(files).Should().Contain(d => d.Id == "AIGOV009" && Path(d).StartsWith("editions/1.0/", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AIGOV010_risk_without_measure_or_note()
    {
        var files = MinimalCatalog.Files();
        files.Remove("editions/1.0/technical-measures.yaml");

        AssertSingle(files, "AIGOV010", "editions/1.0/risks.yaml", line: 3);
    }

    [Fact]
    public void AIGOV010_is_silenced_by_an_unaddressed_note()
    {
        var files = MinimalCatalog.Files();
        files.Remove("editions/1.0/technical-measures.yaml");
        files["editions/1.0/risks.yaml"] += "\n    unaddressed-note: No measure names it.\n";

        Errors(files).Should().BeEmpty();
    }

    [Fact]
    public void AIGOV011_lineage_to_a_missing_element()
    {
        var files = WithSecondEdition();
        files["lineage/1.0-2.0.yaml"] = MinimalCatalog.Lineage.Replace("to: [\"3.1.1(a)\"]", "to: [\"3.1.1(z)\"]");

        Errors(files).Should().Contain(d => d.Id == "AIGOV011" && Path(d) == "lineage/1.0-2.0.yaml" && Line(d) == 5);
    }

    [Fact]
    public void Complete_lineage_links_without_diagnostics()
    {
        var files = WithSecondEdition();
        files["lineage/1.0-2.0.yaml"] = MinimalCatalog.Lineage;

        Errors(files).Should().BeEmpty();
    }

    [Fact]
    public void AIGOV012_lineage_leaves_an_element_unaccounted_for()
    {
        var files = WithSecondEdition();
        files["lineage/1.0-2.0.yaml"] = MinimalCatalog.Lineage.Substring(0, MinimalCatalog.Lineage.IndexOf("  - from: \"3.1.1\"", System.StringComparison.Ordinal));

        var messages = Errors(files).Select(d => (d.Id, Path: Path(d), Line: Line(d), Message: d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        messages.Should().HaveCount(2).And.OnlyContain(m => m.Id == "AIGOV012" && m.Path == "lineage/1.0-2.0.yaml" && m.Line == 1);
        messages.Should().Contain(m => m.Message.Contains("'1.0:3.1.1' is not the 'from' of any link"));
        messages.Should().Contain(m => m.Message.Contains("'2.0:3.1.1' is in no link's 'to'"));
    }

    [Fact]
    public void AIGOV099_internal_error_becomes_one_diagnostic_and_no_catalogue()
    {
        var broken = new ParsedFile(
            "/repo/catalog/editions/x/edition.yaml", "editions/x/edition.yaml", "edition", "not-a-number",
            default, null, default, default, null, null, null, default);

        var result = CatalogLinker.Link(ImmutableArray.Create(broken));

        result.Catalog.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "AIGOV099");
    }

    [Fact]
    public void Unrecognised_file_in_catalog_is_reported_not_ignored()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/riskz.yaml"] = "edition: \"1.0\"\n";

        AssertSingle(files, "AIGOV008", "editions/1.0/riskz.yaml", line: 1);
    }

    [Fact]
    public void A_broken_catalogue_emits_no_data()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = "risks: [";

        var result = GeneratorHarness.Run(files);

        result.Diagnostics.Should().NotBeEmpty();
        result.Source("AiGov.Catalog.GeneratedCatalogData.g.cs").Should().Contain("throw new global::System.InvalidOperationException").And.Contain(AiGov.Catalog.Generators.Emitting.CatalogEmitter.FailedMarker);
        result.Source("AiGov.Catalog.Vocabularies.g.cs").Should().Contain("public static ImmutableArray<LifecycleStage> All { get; } = ImmutableArray.Create<LifecycleStage>();");
        result.GeneratedSources.Select(s => s.HintName).Should().Equal(new[] { "AiGov.Catalog.GeneratedCatalogData.g.cs", "AiGov.Catalog.Vocabularies.g.cs", "AiGov.Catalog.PublicApi.g.cs" }, because: "the typed accessors are not emitted without data");
    }

    private static Dictionary<string, string> WithSecondEdition()
    {
        var files = MinimalCatalog.Files();
        foreach (var key in files.Keys.Where(k => k.StartsWith("editions/1.0/", System.StringComparison.Ordinal)).ToList())
        {
            files[key.Replace("1.0", "2.0")] = files[key].Replace("edition: \"1.0\"", "edition: \"2.0\"").Replace("key: v1-0", "key: v2-0");
        }

        return files;
    }

    private static List<Diagnostic> Errors(Dictionary<string, string> files) =>
        GeneratorHarness.Run(files).Diagnostics.ToList();

    private static Diagnostic AssertSingle(Dictionary<string, string> files, string id, string path, int line)
    {
        var diagnostics = Errors(files);
        diagnostics.Should().ContainSingle(because: "exactly one problem was introduced, found: {0}", string.Join("; ", diagnostics));
        var diagnostic = diagnostics[0];
        diagnostic.Id.Should().Be(id, because: diagnostic.ToString());
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        Path(diagnostic).Should().Be(path);
        Line(diagnostic).Should().Be(line, because: diagnostic.ToString());
        return diagnostic;
    }

    private static string Path(Diagnostic d) => d.Location.GetLineSpan().Path.Replace(GeneratorHarness.Root, string.Empty);

    private static int Line(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Line + 1;
}
