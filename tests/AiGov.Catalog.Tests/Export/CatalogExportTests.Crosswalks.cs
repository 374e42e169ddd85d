using System.Text.Json;

namespace AiGov.Catalog.Tests.Export;

/// <summary>The crosswalk mappings in the CSV tables, the Markdown documents and the OSCAL catalogs.</summary>
public sealed partial class CatalogExportTests
{
    [Fact]
    public void Csv_crosswalk_table_has_one_row_per_mapping_with_the_pinned_object()
    {
        var lines = Catalog.ToCsv(CatalogCsvTable.CrosswalkMappings).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("set_id,edition,subject_id,predicate,negated,object_framework,object_id,object_title,justification,author,confidence,rationale,evidence");
        lines.Should().HaveCount(1 + Catalog.MappingSets.Sum(s => s.Mappings.Length));
        var mit = Catalog.MappingSets.Single(s => s.Id == "aisgf-1.0-mit-ai-risk-repository").Mappings[0];
        lines.Should().Contain(l => l.StartsWith("aisgf-1.0-mit-ai-risk-repository,1.0," + mit.SubjectId + ",skos:broadMatch,false,mit-ai-risk-repository@v3," + mit.Term.PinnedId + ",", StringComparison.Ordinal)
            && l.EndsWith("," + mit.Evidence, StringComparison.Ordinal));
        var negated = Catalog.MappingSets.SelectMany(s => s.Mappings).Count(m => m.IsNegated);
        lines.Skip(1).Count(l => l.Contains(",true,", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(negated);

        var only = Catalog.ToCsv(CatalogCsvTable.CrosswalkMappings, Edition.V2_0).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        only.Should().HaveCount(1 + Catalog.MappingSets.Where(s => s.Edition == Edition.V2_0).Sum(s => s.Mappings.Length));
        only.Skip(1).Should().OnlyContain(l => l.Split(',')[1] == "2.0");
    }

    [Fact]
    public void Markdown_lists_the_crosswalk_mappings_of_each_element()
    {
        var markdown = Catalog.ToMarkdown(Edition.V1_0);
        var risk = Catalog.Find<Risk>("1.0:3.1.1.e");
        var section = markdown[markdown.IndexOf("`1.0:3.1.1.e`", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n#", StringComparison.Ordinal)];

        section.Should().Contain("- **Crosswalk mappings:**\n");
        var items = section.Split('\n').Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        items.Should().HaveCount(Catalog.MappingsOf(risk).Length);
        var mit = Catalog.MappingsOf(risk).Single(m => m.Set.Id == "aisgf-1.0-mit-ai-risk-repository");
        items.Should().Contain(l => l.StartsWith("  - `skos:broadMatch` mit-ai-risk-repository **" + mit.Term.PinnedId + "**", StringComparison.Ordinal)
            && l.Contains("evidence " + mit.Evidence, StringComparison.Ordinal) && l.EndsWith("; set `aisgf-1.0-mit-ai-risk-repository`)", StringComparison.Ordinal));
        markdown.Split('\n').Count(l => l == "- **Crosswalk mappings:**")
            .Should().Be(Catalog.Edition(Edition.V1_0).Elements.Count(e => Catalog.MappingsOf(e).Length > 0));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public void Oscal_links_each_crosswalk_mapping_to_the_term_iri_with_a_token_rel(string editionText)
    {
        var edition = Catalog.Edition(Edition.Parse(editionText));
        using var document = JsonDocument.Parse(Catalog.ToOscalJson(edition.Edition));
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Collect(document.RootElement.GetProperty("catalog"), byId);
        var rels = new[] { "exact-match", "close-match", "broad-match", "narrow-match", "related-match" };

        var checkedAny = false;
        foreach (var element in edition.Elements.Where(e => e is Risk or RiskSubcategory or RiskCategory))
        {
            var expected = Catalog.MappingsOf(element);
            var links = byId[OscalIdOf(element.Id)].TryGetProperty("links", out var l) ? l.EnumerateArray().Where(x => rels.Contains(x.GetProperty("rel").GetString()!.Replace("not-", string.Empty))).ToList() : new List<JsonElement>();
            links.Should().HaveCount(expected.Length, because: element.Id);
            for (var i = 0; i < expected.Length; i++)
            {
                var rel = links[i].GetProperty("rel").GetString()!;
                Token.IsMatch(rel).Should().BeTrue(because: rel + " must be an OSCAL token");
                rel.StartsWith("not-", StringComparison.Ordinal).Should().Be(expected[i].IsNegated);
                links[i].GetProperty("href").GetString().Should().Be(expected[i].Term.Framework.BaseIri + expected[i].Term.Id.Replace(" ", "%20"));
                links[i].GetProperty("text").GetString().Should().StartWith(expected[i].Set.Framework.Id + " " + expected[i].Term.PinnedId);
                checkedAny = true;
            }
        }

        checkedAny.Should().BeTrue();
    }

    private static string OscalIdOf(string elementId) => "aisgf-" + elementId.Replace(':', '-');

    private static void Collect(JsonElement node, Dictionary<string, JsonElement> byId)
    {
        foreach (var name in new[] { "groups", "controls" })
        {
            if (node.TryGetProperty(name, out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    byId[child.GetProperty("id").GetString()!] = child;
                    Collect(child, byId);
                }
            }
        }
    }
}
