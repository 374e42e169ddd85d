using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.Tests.Export;

/// <summary>What each format promises beyond its snapshot: RFC 4180 for CSV, OSCAL's rules for OSCAL, structure for Markdown.</summary>
public sealed partial class CatalogExportTests
{
    // OSCAL 1.1 datatypes: token (NCName-like), uuid (version 4 or 5), string (no leading or trailing white space).
    private static readonly Regex Token = new(@"^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$");
    private static readonly Regex Uuid = new("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
    private static readonly Regex OscalString = new(@"^\S(.*\S)?$");
    private static readonly Regex DateTimeWithZone = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$");

    [Fact]
    public void Csv_is_rfc_4180_with_crlf_records_and_chinese_intact()
    {
        var csv = Catalog.ToCsv(CatalogCsvTable.Risks, Edition.V1_0);

        csv.Should().EndWith("\r\n");
        csv.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n", "every record ends with CRLF and no field has a bare newline");
        var records = ParseCsv(csv);
        records[0].Should().StartWith(new[] { "edition", "id", "clause", "key" });
        records.Should().HaveCount(1 + Catalog.Edition(Edition.V1_0).Risks.Length);
        records.Should().OnlyContain(r => r.Count == records[0].Count);
        var explainability = records.Single(r => r[1] == "1.0:3.1.1.a");
        explainability[records[0].IndexOf("title_zh")].Should().Be("可解释性差的风险");
        explainability[records[0].IndexOf("summary")].Should().Contain(",", "a field with a comma is quoted and survives");
    }

    [Fact]
    public void Csv_quotes_fields_with_quotes_commas_and_newlines()
    {
        var records = ParseCsv(Catalog.ToCsv(CatalogCsvTable.Risks));

        var quoted = records.SelectMany(r => r).Where(f => f.Contains('"', StringComparison.Ordinal)).ToList();
        quoted.Should().NotBeEmpty("some summaries quote terms such as \"information cocoons\"");
        records.Skip(1).Select(r => r[1]).Should().Equal(Catalog.Editions.SelectMany(e => e.Risks).Select(r => r.Id));
    }

    [Fact]
    public void Csv_tables_by_edition_are_the_slices_of_the_whole()
    {
        foreach (var table in new[] { CatalogCsvTable.Risks, CatalogCsvTable.Measures, CatalogCsvTable.Mappings })
        {
            var whole = Catalog.ToCsv(table);
            var header = whole.Substring(0, whole.IndexOf("\r\n", StringComparison.Ordinal) + 2);
            var v1 = Catalog.ToCsv(table, Edition.V1_0);
            var v2 = Catalog.ToCsv(table, Edition.V2_0);
            var v3 = Catalog.ToCsv(table, Edition.V3_0);

            (v1 + v2.Substring(header.Length) + v3.Substring(header.Length)).Should().Be(whole);
        }
    }

    [Fact]
    public void Csv_mappings_resolve_every_measure_to_the_risks_it_reaches()
    {
        var records = ParseCsv(Catalog.ToCsv(CatalogCsvTable.Mappings));
        var addresses = records.Where(r => r[3] == "addresses").ToList();

        addresses.Should().HaveCount(Catalog.Editions.SelectMany(e => e.Measures).Sum(m => m.Risks.Length));
        addresses.Should().Contain(r => r[1] == "1.0:4.1.1.a" && r[4] == "1.0:3.1.1.a" && r[6] == "editorial");
        records.Where(r => r[3] == "stage").Should().HaveCount(Catalog.Editions.SelectMany(e => e.Elements).Sum(e => e.Stages.Length));
    }

    [Fact]
    public void Markdown_has_one_heading_per_element_nested_as_in_the_framework()
    {
        var edition = Catalog.Edition(Edition.V1_0);
        var markdown = Catalog.ToMarkdown(Edition.V1_0);
        var lines = markdown.Split('\n');

        markdown.Should().StartWith("# 人工智能安全治理框架 · AI Safety Governance Framework (V1.0)\n").And.NotContain("\r");
        lines.Count(l => l.StartsWith("`1.0:", StringComparison.Ordinal)).Should().Be(edition.Elements.Length);
        lines.Should().Contain("## 3 人工智能安全风险分类 · Classification of AI safety risks");
        lines.Should().Contain("##### 3.1.1(a) 可解释性差的风险 · Risks of explainability");
        lines.Should().Contain(l => l.StartsWith("### 1.2 风险导向、敏捷治理 · Risk-oriented, agile governance *(our translation)*", StringComparison.Ordinal));
        lines.Should().Contain("## Known gaps").And.Contain("## Sources");
        Catalog.ToMarkdown(Edition.V2_0).Should().Contain("*(title unknown)*");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public void Oscal_follows_the_rules_of_an_oscal_1_1_catalog(string editionText)
    {
        var edition = Catalog.Edition(Edition.Parse(editionText));
        using var document = JsonDocument.Parse(Catalog.ToOscalJson(edition.Edition));
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("catalog");
        var catalog = root.GetProperty("catalog");

        catalog.GetProperty("uuid").GetString().Should().MatchRegex(Uuid.ToString());
        var metadata = catalog.GetProperty("metadata");
        metadata.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        metadata.GetProperty("last-modified").GetString().Should().MatchRegex(DateTimeWithZone.ToString());
        metadata.GetProperty("version").GetString().Should().Be(Catalog.DataVersion);
        metadata.GetProperty("oscal-version").GetString().Should().Be("1.1.2");

        var ids = new List<string>();
        var uuids = new List<string>();
        var controls = new List<JsonElement>();
        Walk(catalog, ids, uuids, controls);
        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => Token.IsMatch(id));
        uuids.Should().OnlyHaveUniqueItems().And.OnlyContain(u => Uuid.IsMatch(u));
        controls.Select(c => c.GetProperty("id").GetString()).Should().Equal(edition.Risks.Select(r => "aisgf-" + r.Id.Replace(':', '-')));

        var groups = catalog.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("title").GetString()).Should().HaveCount(edition.Categories.Length);
        groups.SelectMany(g => g.GetProperty("groups").EnumerateArray()).Should().HaveCount(edition.Subcategories.Length);

        var resources = catalog.GetProperty("back-matter").GetProperty("resources").EnumerateArray().Select(r => "#" + r.GetProperty("uuid").GetString()).ToHashSet();
        foreach (var control in controls)
        {
            control.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
            control.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().StartWith(new[] { "statement", "guidance" });
            Props(control).Should().Contain(p => p.Name == "alt-identifier" && p.Ns == null);
            Props(control).Should().Contain(p => p.Name == "risk-area" && p.Ns != null);
            if (control.TryGetProperty("links", out var links))
            {
                var all = links.EnumerateArray().ToList();
                all.Where(l => l.GetProperty("rel").GetString() == "reference").Select(l => l.GetProperty("href").GetString()).Should().OnlyContain(h => resources.Contains(h!));
                all.Where(l => l.GetProperty("rel").GetString() != "reference").Select(l => l.GetProperty("href").GetString()!)
                    .Where(h => !h.StartsWith("https://", StringComparison.Ordinal) && !h.StartsWith("urn:aigov:instrument:", StringComparison.Ordinal))
                    .Should().BeEmpty("an instrument link points to the instrument");
            }
        }

        foreach (var risk in edition.Risks)
        {
            var stageProps = Props(controls.Single(c => c.GetProperty("id").GetString() == "aisgf-" + risk.Id.Replace(':', '-'))).Where(p => p.Name == "stage").ToList();
            stageProps.Select(p => p.Value).Should().Equal(risk.Stages.Select(s => s.Stage.Key));
        }
    }

    [Fact]
    public void Oscal_controls_carry_the_measures_as_guidance_parts()
    {
        using var document = JsonDocument.Parse(Catalog.ToOscalJson(Edition.V1_0));
        var controls = new List<JsonElement>();
        Walk(document.RootElement.GetProperty("catalog"), new List<string>(), new List<string>(), controls);
        var control = controls.Single(c => c.GetProperty("id").GetString() == "aisgf-1.0-3.1.1.a");

        var guidance = control.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "guidance");
        var measures = guidance.GetProperty("parts").EnumerateArray().ToList();
        measures.Select(m => Props(m).Single(p => p.Name == "element-id").Value).Should().Equal(Aisgf.V1_0.Risks.Explainability.Measures.Select(m => m.Id));
        measures.Should().OnlyContain(m => m.GetProperty("name").GetString() == "measure" && m.GetProperty("ns").GetString()!.StartsWith("https://", StringComparison.Ordinal));
        Props(control).Single(p => p.Name == "label").Value.Should().Be("3.1.1(a)");
    }

    private static void Walk(JsonElement element, List<string> ids, List<string> uuids, List<JsonElement> controls)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "id" when property.Value.ValueKind == JsonValueKind.String:
                            ids.Add(property.Value.GetString()!);
                            break;
                        case "uuid":
                            uuids.Add(property.Value.GetString()!);
                            break;
                        case "controls":
                            controls.AddRange(property.Value.EnumerateArray());
                            break;
                        case "props":
                            foreach (var prop in property.Value.EnumerateArray())
                            {
                                Token.IsMatch(prop.GetProperty("name").GetString()!).Should().BeTrue();
                                OscalString.IsMatch(prop.GetProperty("value").GetString()!).Should().BeTrue(prop.GetProperty("value").GetString());
                            }

                            break;
                        case "title" or "prose" or "remarks" or "description" or "value":
                            property.Value.GetString().Should().NotBeNullOrWhiteSpace();
                            break;
                    }

                    Walk(property.Value, ids, uuids, controls);
                }

                break;
            case JsonValueKind.Array:
                element.GetArrayLength().Should().BeGreaterThan(0, "OSCAL arrays are never empty");
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, ids, uuids, controls);
                }

                break;
        }
    }

    private static List<(string Name, string? Ns, string Value)> Props(JsonElement element) =>
        element.TryGetProperty("props", out var props)
            ? props.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.TryGetProperty("ns", out var ns) ? ns.GetString() : null, p.GetProperty("value").GetString()!)).ToList()
            : new List<(string, string?, string)>();

    /// <summary>A small RFC 4180 reader, independent of the writer under test.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
