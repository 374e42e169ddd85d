using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiGov.Catalog.Tests.Serialization;

/// <summary>Hand-broken data files: each is rejected with an exception that says what and where, and nothing is returned.</summary>
public sealed partial class CatalogJsonTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Document() => JsonNode.Parse(DefaultJson)!.AsObject();

    private static JsonObject ElementOf(JsonObject document, string id) =>
        document["editions"]!.AsArray().SelectMany(e => e!["elements"]!.AsArray()).Single(e => (string?)e!["id"] == id)!.AsObject();

    private static string PathOf(JsonObject document, string id)
    {
        var editions = document["editions"]!.AsArray();
        for (var e = 0; e < editions.Count; e++)
        {
            var elements = editions[e]!["elements"]!.AsArray();
            for (var i = 0; i < elements.Count; i++)
            {
                if ((string?)elements[i]!["id"] == id)
                {
                    return "$.editions[" + e + "].elements[" + i + "]";
                }
            }
        }

        throw new InvalidOperationException(id);
    }

    private static CatalogLoadException LoadFails(string json, CatalogLoadOptions? options = null)
    {
        var load = () => Load(Encoding.UTF8.GetBytes(json), options);
        return load.Should().Throw<CatalogLoadException>().Which;
    }

    private static CatalogLoadException LoadFails(JsonObject document) => LoadFails(document.ToJsonString(Indented));

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public void Something_that_is_not_a_data_file_is_rejected(string text)
    {
        var ex = LoadFails(text);

        ex.Message.Should().Contain("$");
        ex.Problems.Should().ContainSingle();
    }

    [Fact]
    public void A_truncated_file_is_rejected_with_its_line_and_path()
    {
        var json = DefaultJson;
        var cut = json.Substring(0, json.IndexOf("\"key\": \"bias-and-discrimination\"", StringComparison.Ordinal));

        var ex = LoadFails(cut);

        ex.LineNumber.Should().Be(cut.Count(c => c == '\n'));
        ex.JsonPath.Should().StartWith("$.editions[0].elements[");
        ex.Message.Should().Contain("line " + (cut.Count(c => c == '\n') + 1));
        ex.InnerException.Should().BeAssignableTo<JsonException>();
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_rejected_with_its_json_path_and_line()
    {
        var document = Document();
        ElementOf(document, "1.0:3.1.1.a")["summary"] = 42;
        var json = document.ToJsonString(Indented);
        var line = json.Substring(0, json.IndexOf("\"summary\": 42", StringComparison.Ordinal)).Count(c => c == '\n');

        var ex = LoadFails(json);

        ex.JsonPath.Should().Be(PathOf(document, "1.0:3.1.1.a") + ".summary");
        ex.LineNumber.Should().Be(line);
        ex.BytePositionInLine.Should().BeGreaterThan(0);
        ex.Message.Should().Contain(PathOf(document, "1.0:3.1.1.a") + ".summary").And.Contain("line " + (line + 1));
    }

    [Theory]
    [InlineData("{\"format\": \"aigov-catalog\",\n \"formatVersion\": 1,\n}", 3, "the data file is not valid: a trailing comma before the closing '}': remove the last ','.")]
    [InlineData("{\"format\": \"aigov-catalog\",\n \"formatVersion\": 1,\n \"x\": [1,]}", 3, "the data file is not valid: a trailing comma before the closing ']': remove the last ','.")]
    [InlineData("{\"format\": \"aigov-catalog\",\n \"formatVersion\": 1\n \"sources\": []}", 3, "the data file is not valid: expected ',' or a closing '}' or ']' after the value, found '\"' (is a comma missing?).")]
    [InlineData("{\"format\": \"aigov-catalog\",\n \"formatVersion\": 1,\n \"sources\": [", 3, "the data file is not valid: the JSON ends too early: a value or a closing '}' or ']' is missing.")]
    [InlineData("{\"format\": \"aigov-catalog\",\n \"formatVersion\": 1,\n 'sources': []}", 3, "the data file is not valid: expected a property name in double quotes (\"name\"), found \"'\": JSON does not allow single quotes.")]
    public void A_syntax_error_says_what_to_fix_and_where_without_the_readers_wording(string json, int line, string message)
    {
        var ex = LoadFails(json);

        ex.Message.Should().EndWith(message).And.Contain("(line " + line + ", byte ");
        ex.Message.Should().NotContainAny("Change the reader options", "LineNumber", "BytePositionInLine", "is not supported in this mode");
        ex.LineNumber.Should().Be(line - 1);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_described_without_dotnet_type_names()
    {
        var document = Document();
        ElementOf(document, "1.0:3.1.1.a")["summary"] = 42;

        var ex = LoadFails(document);

        ex.Message.Should().EndWith(": the data file is not valid: a value of the wrong type for this field (expected text in double quotes).");
        ex.Message.Should().NotContain("System.");
    }

    [Fact]
    public void An_answer_that_is_neither_a_mapping_nor_an_id_is_rejected_with_its_json_path()
    {
        var document = Document();
        ElementOf(document, "1.0:4.1")["measureGroup"]!["answers"] = new JsonArray(42);

        var ex = LoadFails(document.ToJsonString(Indented));

        ex.Message.Should().Contain("answer").And.Contain(PathOf(document, "1.0:4.1") + ".measureGroup.answers");
    }

    [Fact]
    public void An_answer_with_an_unknown_basis_is_rejected_with_its_json_path()
    {
        var document = Document();
        ElementOf(document, "1.0:4.1")["measureGroup"]!["answers"]![0]!["basis"] = "obvious";

        var ex = LoadFails(document.ToJsonString(Indented));

        ex.Message.Should().Contain(PathOf(document, "1.0:4.1") + ".measureGroup.answers[0].basis");
    }

    [Fact]
    public void Trailing_content_after_the_root_object_is_rejected()
    {
        LoadFails(DefaultJson + "{}").Message.Should().Contain("line");
    }

    [Fact]
    public void Another_format_is_rejected_by_name()
    {
        var document = Document();
        document["format"] = "oscal-catalog";

        LoadFails(document).Message.Should().Contain("not an AiGov.Catalog data file").And.Contain("'oscal-catalog'");
    }

    [Theory]
    [InlineData("2", "formatVersion 2 is not supported; this version of AiGov.Catalog reads formatVersion 1. The file was written by a newer AiGov.Catalog")]
    [InlineData("0", "formatVersion 0 is not supported; this version of AiGov.Catalog reads formatVersion 1.")]
    [InlineData("\"1\"", "must be an integer")]
    [InlineData("1.5", "must be an integer")]
    public void An_unsupported_format_version_is_rejected_naming_the_supported_one(string version, string message)
    {
        var json = DefaultJson.Replace("\"formatVersion\": 1,", "\"formatVersion\": " + version + ",", StringComparison.Ordinal);

        var ex = LoadFails(json);

        ex.Message.Should().StartWith("$.formatVersion: ").And.Contain(message);
    }

    [Fact]
    public void A_file_of_a_newer_format_version_is_rejected_before_its_content_is_read()
    {
        // A version-2 file may have a shape that version 1 cannot read at all; the version is what the error must name.
        var ex = LoadFails("{\"format\": \"aigov-catalog\", \"editions\": {\"a\": 1}, \"formatVersion\": 2}");

        ex.Message.Should().Contain("formatVersion 2 is not supported");
    }

    [Fact]
    public void A_missing_format_version_is_rejected()
    {
        LoadFails("{\"format\": \"aigov-catalog\"}").Message.Should().Be("$.formatVersion: is missing; this version of AiGov.Catalog reads formatVersion 1.");
    }

    [Fact]
    public void Unknown_properties_are_ignored_at_every_level()
    {
        var document = Document();
        document["generator"] = new JsonObject { ["name"] = "a later exporter", ["options"] = new JsonArray(1, 2, new JsonObject()) };
        document["editions"]![0]!.AsObject()["translatedBy"] = "someone";
        ElementOf(document, "1.0:3.1.1.a")["severity"] = new JsonObject { ["level"] = "high" };
        ElementOf(document, "1.0:3.1.1.a")["risk"]!.AsObject()["cwe"] = new JsonArray("CWE-1039");

        var loaded = Load(Encoding.UTF8.GetBytes(document.ToJsonString(Indented)));

        CatalogEquivalence.Differences(GovernanceCatalog.Default, loaded).Should().BeEmpty();
    }

    [Fact]
    public void Every_inconsistency_is_reported_at_once_with_its_path()
    {
        var document = Document();
        var risk = ElementOf(document, "1.0:3.1.1.a");
        var path = PathOf(document, "1.0:3.1.1.a");
        risk["provenance"]!["status"] = "verfied";
        risk["title"]!["zh"]!["status"] = "unknown";
        risk["parent"] = "1.0:9.9";
        risk["pages"]!["en"] = "7-6";
        risk["risk"]!["area"] = "weather";
        risk.Remove("summary");
        ElementOf(document, "1.0:3.1.1.b")["stages"] = new JsonArray(new JsonObject { ["stage"] = "daydreaming", ["basis"] = "editorial", ["note"] = "x" });
        document["sources"]![0]!["trust"] = "gospel";

        var ex = LoadFails(document);

        ex.Problems.Should().Contain(new[]
        {
            path + ".provenance.status: 'verfied' is not a provenance status (verified, partial, inferred).",
            path + ".title.zh.text: must be null when the status is 'unknown'.",
            path + ".parent: '1.0:9.9' is not the ID of an element of edition 1.0 (references use the canonical ID, e.g. 1.0:3.1.1).",
            path + ".pages.en: '7-6' is not a page or a page range such as \"4-5\".",
            path + ".risk.area: 'weather' is not a risk area of the file's vocabularies.",
            path + ".summary: is missing.",
            PathOf(document, "1.0:3.1.1.b") + ".stages[0].stage: 'daydreaming' is not a lifecycle stage of the file's vocabularies.",
            "$.sources[0].trust: 'gospel' is not a trust level (official, official-platform-commentary, reputable-secondary, secondary, low).",
        });
        ex.Problems.Should().HaveCount(8);
        ex.Message.Should().StartWith("The data file describes an inconsistent catalogue (8 problems):");
        ex.JsonPath.Should().BeNull();
    }

    [Fact]
    public void A_duplicate_id_is_rejected()
    {
        var document = Document();
        var first = PathOf(document, "1.0:3.1.1.a");
        var second = PathOf(document, "1.0:3.1.1.b");
        ElementOf(document, "1.0:3.1.1.b")["id"] = "1.0:3.1.1.a";

        LoadFails(document).Problems.Should().Contain(
            second + ".id: '1.0:3.1.1.a' is a duplicate ID (also the ID of " + first.Substring(first.LastIndexOf('.') + 1) + ").");
    }

    [Fact]
    public void The_rules_of_Validate_apply_to_a_loaded_file()
    {
        var document = Document();
        ElementOf(document, "1.0:3.1.1.a")["provenance"]!["sources"] = new JsonArray("SRC-404");
        var lineage = document["lineages"]![0]!["links"]![0]!.AsObject();
        lineage["to"] = new JsonArray("2.0:9.9.9");

        var problems = LoadFails(document).Problems;

        problems.Should().Contain("$: 1.0:3.1.1.a: cites the unknown source SRC-404.");
        problems.Should().Contain(p => p.Contains("'2.0:9.9.9' is not an element of edition 2.0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_risk_without_its_risk_part_and_a_section_with_one_are_rejected()
    {
        var document = Document();
        var path = PathOf(document, "1.0:3.1.1.a");
        var part = ElementOf(document, "1.0:3.1.1.a")["risk"]!.DeepClone();
        ElementOf(document, "1.0:3.1.1.a").Remove("risk");
        ElementOf(document, "1.0:1")["risk"] = part;

        var problems = LoadFails(document).Problems;

        problems.Should().Contain(path + ".risk: is missing (every risk has one).");
        problems.Should().Contain(PathOf(document, "1.0:1") + ".risk: is present, but a section is not a risk.");
    }

    [Fact]
    public void Null_entries_and_unknown_kinds_are_rejected()
    {
        var document = Document();
        var path = PathOf(document, "1.0:3.1.1.a");
        ElementOf(document, "1.0:3.1.1.a")["aliases"] = new JsonArray((JsonNode?)null);
        ElementOf(document, "1.0:3.1.1.b")["kind"] = "threat";

        var problems = LoadFails(document).Problems;

        problems.Should().Contain(path + ".aliases[0]: is null.");
        problems.Should().Contain(p => p.EndsWith(".kind: 'threat' is not an element kind (section, principle, component, risk-category, risk-subcategory, risk, measure-group, technical-measure, governance-measure, guideline-set, guideline-item, appendix, grading-factor, risk-grade, appendix-part, appendix-phase, appendix-measure-group, appendix-measure).", StringComparison.Ordinal));
    }

    [Fact]
    public void A_loop_of_parents_is_rejected()
    {
        var document = Document();
        ElementOf(document, "1.0:4.1")["parent"] = "1.0:4.1.1";

        LoadFails(document).Problems.Should().Equal(
            PathOf(document, "1.0:4.1") + ".parent: the chain of parents of '1.0:4.1' loops back to it.",
            PathOf(document, "1.0:4.1.1") + ".parent: the chain of parents of '1.0:4.1.1' loops back to it.");
    }

    [Fact]
    public void A_missing_title_is_one_problem()
    {
        var document = Document();
        ElementOf(document, "1.0:3.1.1.a").Remove("title");

        LoadFails(document).Problems.Should().Equal(PathOf(document, "1.0:3.1.1.a") + ".title: is missing.");
    }

    [Fact]
    public void The_format_name_and_version_are_public()
    {
        GovernanceCatalog.JsonFormatName.Should().Be("aigov-catalog");
        GovernanceCatalog.JsonFormatVersion.Should().Be(1);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_rejected_without_reading_it_all()
    {
        var options = new CatalogLoadOptions { MaxBytes = 10_000 };

        LoadFails(DefaultJson, options).Message.Should().Contain("larger than the limit of 10000 bytes").And.Contain("CatalogLoadOptions.MaxBytes");

        using var unseekable = new UnseekableStream(DefaultExport.Value);
        var load = () => GovernanceCatalog.Load(unseekable, options);
        load.Should().Throw<CatalogLoadException>().WithMessage("*larger than the limit of 10000 bytes*");
        unseekable.BytesRead.Should().BeLessThan(10_000 + 100_000);
    }

    [Fact]
    public void A_file_exactly_at_the_limit_loads_and_one_byte_over_it_is_rejected()
    {
        var export = DefaultExport.Value;
        var atLimit = new CatalogLoadOptions { MaxBytes = export.Length };
        var underLimit = new CatalogLoadOptions { MaxBytes = export.Length - 1 };

        CatalogEquivalence.Differences(GovernanceCatalog.Default, GovernanceCatalog.Load(new MemoryStream(export), atLimit)).Should().BeEmpty();
        CatalogEquivalence.Differences(GovernanceCatalog.Default, GovernanceCatalog.Load(new UnseekableStream(export), atLimit)).Should().BeEmpty();
        FluentActions.Invoking(() => GovernanceCatalog.Load(new MemoryStream(export), underLimit))
            .Should().Throw<CatalogLoadException>().WithMessage("*larger than the limit of " + (export.Length - 1) + " bytes (" + export.Length + " bytes)*");
        FluentActions.Invoking(() => GovernanceCatalog.Load(new UnseekableStream(export), underLimit))
            .Should().Throw<CatalogLoadException>().WithMessage("*larger than the limit of " + (export.Length - 1) + " bytes. *");
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_and_gives_little_per_read_is_read_whole()
    {
        using var trickle = new UnseekableStream(DefaultExport.Value, maxPerRead: 1000);
        CatalogEquivalence.Differences(GovernanceCatalog.Default, GovernanceCatalog.Load(trickle)).Should().BeEmpty();

        using var trickleAsync = new UnseekableStream(DefaultExport.Value, maxPerRead: 1000);
        CatalogEquivalence.Differences(GovernanceCatalog.Default, await GovernanceCatalog.LoadAsync(trickleAsync)).Should().BeEmpty();
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected()
    {
        var deep = "{\"format\": \"aigov-catalog\", \"formatVersion\": 1, \"x\": " + new string('[', 200) + new string(']', 200) + "}";

        LoadFails(deep).Message.Should().Contain("depth");
        LoadFails(DefaultJson, new CatalogLoadOptions { MaxDepth = 4 }).Message.Should().Contain("depth");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(DefaultExport.Value).ToArray();

        CatalogEquivalence.Differences(GovernanceCatalog.Default, Load(bytes)).Should().BeEmpty();
    }

    private sealed class UnseekableStream : Stream
    {
        private readonly MemoryStream _inner;
        private readonly int _maxPerRead;

        public UnseekableStream(byte[] bytes, int maxPerRead = int.MaxValue)
        {
            _inner = new MemoryStream(bytes);
            _maxPerRead = maxPerRead;
        }

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, Math.Min(count, _maxPerRead));
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
