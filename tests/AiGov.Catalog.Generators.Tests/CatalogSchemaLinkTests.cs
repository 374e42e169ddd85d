using System.Text.Json;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>Every catalogue YAML file names a JSON Schema that exists, so that editors validate it as it is typed.</summary>
public sealed class CatalogSchemaLinkTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "catalog");

    public static TheoryData<string> YamlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Root, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void First_line_points_to_an_existing_schema_named_after_the_file_kind(string relativePath)
    {
        var firstLine = File.ReadLines(Path.Combine(Root, relativePath)).First();

        firstLine.Should().StartWith("# yaml-language-server: $schema=");
        var schemaRelative = firstLine["# yaml-language-server: $schema=".Length..].Trim();
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(Root, relativePath))!, schemaRelative));
        File.Exists(schemaPath).Should().BeTrue(because: relativePath + " points to " + schemaRelative);
        var kind = relativePath.StartsWith("lineage/", StringComparison.Ordinal) ? "lineage"
            : relativePath == "crosswalks/frameworks.yaml" ? "crosswalk-frameworks"
            : relativePath.StartsWith("crosswalks/terms/", StringComparison.Ordinal) ? "crosswalk-terms"
            : relativePath.StartsWith("crosswalks/sets/", StringComparison.Ordinal) ? "crosswalk-set"
            : Path.GetFileNameWithoutExtension(relativePath);
        Path.GetFileName(schemaPath).Should().Be(kind + ".schema.json");
    }

    [Fact]
    public void Every_schema_is_valid_json_with_a_title()
    {
        var schemas = Directory.GetFiles(Path.Combine(Root, "schema"), "*.schema.json", SearchOption.AllDirectories);

        schemas.Should().NotBeEmpty();
        foreach (var schema in schemas)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(schema));
            document.RootElement.TryGetProperty("title", out _).Should().BeTrue(because: schema);
        }
    }
}
