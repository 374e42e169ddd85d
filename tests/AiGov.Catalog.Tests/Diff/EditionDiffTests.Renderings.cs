using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AiGov.Catalog.Tests.Diff;

public partial class EditionDiffTests
{
    public static TheoryData<string> Formats => new() { "md", "json", "csv" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Renderings_are_byte_identical_under_any_culture(string format)
    {
        var invariant = RenderFresh(CultureInfo.InvariantCulture, format);
        foreach (var culture in new[] { "tr-TR", "ar-SA", "zh-CN" })
        {
            Encoding.UTF8.GetBytes(RenderFresh(new CultureInfo(culture), format))
                .Should().Equal(Encoding.UTF8.GetBytes(invariant), "the {0} rendering under {1} must equal the invariant one", format, culture);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Rendering_twice_gives_the_same_bytes(string format)
    {
        var first = Encoding.UTF8.GetBytes(RenderFresh(CultureInfo.InvariantCulture, format));
        var second = Encoding.UTF8.GetBytes(RenderFresh(CultureInfo.InvariantCulture, format));
        second.Should().Equal(first);
        Encoding.UTF8.GetBytes(Render(Forward, format)).Should().Equal(first, "a cached diff renders as a fresh one");
    }

    [Fact]
    public void WriteJson_writes_exactly_the_text_of_ToJson_in_both_directions()
    {
        foreach (var diff in new[] { GovernanceCatalog.Default.Diff(Edition.V1_0, Edition.V2_0), GovernanceCatalog.Default.Diff(Edition.V2_0, Edition.V1_0) })
        {
            var writer = new System.IO.StringWriter();
            writer.Write("before|");

            diff.WriteJson(writer);

            writer.ToString().Should().Be("before|" + diff.ToJson(), "the writer is appended to, with the same text");
        }
    }

    [Fact]
    public void WriteJson_to_a_null_writer_is_an_argument_error()
    {
        var act = () => GovernanceCatalog.Default.Diff(Edition.V1_0, Edition.V2_0).WriteJson(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }

    [Fact]
    public void Markdown_and_json_use_line_feeds_only()
    {
        Forward.ToMarkdown().Should().NotContain("\r").And.EndWith("\n").And.NotEndWith("\n\n");
        Forward.ToJson().Should().NotContain("\r").And.EndWith("}\n");
    }

    [Fact]
    public void Markdown_has_a_legend_and_a_summary_and_never_presents_a_translation_as_official()
    {
        var markdown = Forward.ToMarkdown();
        markdown.Should().Contain("## Legend").And.Contain("## Summary").And.Contain("## Not tracked by lineage");
        foreach (var change in EditionDiff.AllChangeKinds)
        {
            markdown.Should().Contain("| " + change + " |");
        }

        markdown.Should().Contain("| Risks | 8 | 0 | 0 | 14 | 2 | 1 | 5 | 1 | 31 |");
        markdown.Should().Contain("| Technical measures | 0 | 0 | 0 | 1 | 0 | 0 | 2 | 0 | 3 |");
        markdown.Should().Contain("| **Total** | **18** | **1** | **2** | **26** | **5** | **3** | **16** | **3** | **74** |");
        markdown.Should().Contain("  - Measures: shared `5.3` → `5.10`; counterpart not mapped in 2.0 `5.7` → `5.9`; not tracked in 1.0");
        markdown.Should().Contain("`3.1.1(a)` (unknown) / Insufficient explainability (our translation)");
        var lines = markdown.Split('\n');
        foreach (var element in Forward.Entries.SelectMany(e => e.After).Where(e => e.Title.En.IsTranslation).Distinct())
        {
            var prefix = "  - 2.0: `" + (element.Clause ?? element.Key) + "` ";
            lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Should().NotBeEmpty()
                .And.OnlyContain(l => l.EndsWith(" (our translation)", StringComparison.Ordinal), "{0}'s English title is our translation", element.Id);
        }
    }

    [Fact]
    public void Json_has_a_stable_schema_with_every_entry()
    {
        using var document = JsonDocument.Parse(Forward.ToJson());
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("format", "dataVersion", "from", "to", "lineages", "summary", "entries", "untracked");
        root.GetProperty("format").GetString().Should().Be("aigov-diff/1");
        root.GetProperty("from").GetString().Should().Be("1.0");
        root.GetProperty("entries").GetArrayLength().Should().Be(Forward.Entries.Length);
        root.GetProperty("summary").EnumerateArray().Sum(k => k.GetProperty("total").GetInt32()).Should().Be(74);

        var names = new[] { "kind", "change", "also", "before", "after", "confidence", "basis", "evidence", "note", "links", "fieldChanges", "measureChanges", "mappingChanges" };
        root.GetProperty("entries").EnumerateArray().Should().OnlyContain(e => e.EnumerateObject().Select(p => p.Name).SequenceEqual(names));
        var elements = root.GetProperty("entries").EnumerateArray().SelectMany(e => e.GetProperty("before").EnumerateArray().Concat(e.GetProperty("after").EnumerateArray()))
            .Concat(root.GetProperty("untracked").EnumerateArray().SelectMany(u => u.GetProperty("before").EnumerateArray().Concat(u.GetProperty("after").EnumerateArray())));
        elements.Should().OnlyContain(e => e.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "id", "key", "clause", "parent", "title", "provenance" }));
        root.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("measureChanges")).Where(m => m.ValueKind != JsonValueKind.Null)
            .Should().HaveCount(31).And.OnlyContain(m => m.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "shared", "new", "dropped", "counterpartNotMapped", "untrackedBefore", "untrackedAfter" }));
        var first = root.GetProperty("entries")[0];
        first.GetProperty("after")[0].GetProperty("title").GetProperty("en").GetProperty("status").GetString().Should().Be("translation");
    }

    [Fact]
    public void Csv_follows_rfc_4180_with_one_row_per_entry_and_untracked_element()
    {
        var csv = Forward.ToCsv();
        var records = ParseCsv(csv);
        records[0].Should().Equal("kind", "change", "also", "from_id", "from_clause", "from_title_zh", "from_title_en", "to_id", "to_clause", "to_title_zh", "to_title_en", "confidence", "basis", "evidence", "fields_changed", "measures_shared", "measures_new", "measures_dropped", "measures_counterpart_not_mapped", "measures_not_tracked_from", "measures_not_tracked_to", "mappings_shared", "mappings_new", "mappings_dropped", "mappings_not_compared_from", "mappings_not_compared_to", "note");
        records.Should().OnlyContain(r => r.Count == records[0].Count);
        records.Should().HaveCount(1 + Forward.Entries.Length + Forward.Untracked.Sum(u => u.Before.Length + u.After.Length));
        records.Skip(1).Take(Forward.Entries.Length).Select(r => r[1]).Should().Equal(Forward.Entries.Select(e => e.ChangeKind.ToString().ToLowerInvariant()));
        records.Skip(1 + Forward.Entries.Length).Should().OnlyContain(r => r[1] == "not-tracked");

        var split = records.Single(r => r[3] == "1.0:3.2.4.b");
        split[7].Should().Be("2.0:social-order-challenge | 2.0:employment-shock | 2.0:education-and-innovation");
        split[8].Should().Be("3.3.2(?5) | 3.3.1(?1) | 3.3.2(?2)");
        records.Single(r => r[3] == "1.0:1.2")[6].Should().Be("Risk-oriented, agile governance (our translation)", "a field with a comma is quoted");
    }

    private static string RenderFresh(CultureInfo culture, string format)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var catalog = new GovernanceCatalog(GeneratedCatalogData.Create());
            return Render(catalog.Diff(Edition.V1_0, Edition.V2_0), format);
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>A strict RFC 4180 reader: every record must end with CRLF; a bare CR or LF is allowed only inside quotes.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }

            while (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
            {
                if (text[i] == '"')
                {
                    throw new FormatException("A quote inside an unquoted field at " + i + ".");
                }

                field.Append(text[i++]);
            }

            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            record.Add(field.ToString());
            field.Clear();
            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                throw new FormatException("A record ends with a bare line break at " + i + ".");
            }

            i += 2;
            records.Add(record);
            record = new List<string>();
        }

        return records;
    }
}
