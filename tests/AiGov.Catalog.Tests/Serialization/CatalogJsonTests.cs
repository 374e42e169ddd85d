using System.Text;

namespace AiGov.Catalog.Tests.Serialization;

/// <summary>The JSON data file: export, load, round trip and determinism.</summary>
public sealed partial class CatalogJsonTests
{
    private static readonly Lazy<byte[]> DefaultExport = new(() => Export(GovernanceCatalog.Default));

    internal static byte[] Export(GovernanceCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.Export(stream);
        return stream.ToArray();
    }

    internal static GovernanceCatalog Load(byte[] bytes, CatalogLoadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return options is null ? GovernanceCatalog.Load(stream) : GovernanceCatalog.Load(stream, options);
    }

    internal static string DefaultJson => Encoding.UTF8.GetString(DefaultExport.Value);

    [Fact]
    public void Export_then_load_gives_a_catalogue_equal_to_the_embedded_one()
    {
        var loaded = Load(DefaultExport.Value);

        loaded.Should().NotBeSameAs(GovernanceCatalog.Default);
        CatalogEquivalence.Differences(GovernanceCatalog.Default, loaded).Should().BeEmpty();
    }

    [Fact]
    public void The_comparer_notices_a_difference()
    {
        var json = DefaultJson.Replace("\"Risks of explainability\"", "\"Risks of explicability\"", StringComparison.Ordinal);

        var loaded = Load(Encoding.UTF8.GetBytes(json));

        CatalogEquivalence.Differences(GovernanceCatalog.Default, loaded).Should().Equal(
            "catalog.Editions[0].Elements[23].Title.Display: \"Risks of explainability\" vs \"Risks of explicability\"",
            "catalog.Editions[0].Elements[23].Title.En.Text: \"Risks of explainability\" vs \"Risks of explicability\"");
    }

    [Fact]
    public void Export_of_a_loaded_catalogue_is_byte_identical()
    {
        var again = Export(Load(DefaultExport.Value));

        again.Should().Equal(DefaultExport.Value);
    }

    [Fact]
    public void Export_is_deterministic_utf8_with_lf_newlines_and_unescaped_chinese()
    {
        var bytes = Export(GovernanceCatalog.Default);

        bytes.Should().Equal(DefaultExport.Value);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "there is no byte-order mark");
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
        var json = Encoding.UTF8.GetString(bytes);
        json.Should().StartWith("{\n  \"format\": \"aigov-catalog\",\n  \"formatVersion\": 1,\n  \"dataVersion\": \"2026.12.0\",\n");
        json.Should().Contain("\"text\": \"可解释性差的风险\"").And.NotContain("\\u53EF");
    }

    [Fact]
    public void Export_writes_every_kind_of_field()
    {
        var json = DefaultJson;

        foreach (var property in new[]
        {
            "\"vocabularies\"", "\"sources\"", "\"editions\"", "\"lineages\"", "\"knownGaps\"", "\"releaseVenue\"", "\"completeness\"",
            "\"clauseStatus\": \"", "\"pages\": {", "\"aliases\": [\n", "\"stages\": [\n", "\"actors\": [\n", "\"basis\": \"editorial\"",
            "\"risk\": {", "\"areaBasis\": \"editorial\"", "\"areaNote\": \"", "\"unaddressedNote\": \"",
            "\"measure\": {", "\"addresses\": [\n", "\"measureGroup\": {", "\"answers\": [\n", "\"status\": \"translation\"",
            "\"relation\": \"split\"", "\"also\": [\n", "\"confidence\": \"low\"",
            "\"crosswalks\": {", "\"frameworks\": [\n", "\"terms\": [\n", "\"mappingSets\": [\n", "\"negated\": true", "\"confidence\": 0.", "\"evidence\": \"45.01.01\"",
        })
        {
            json.Should().Contain(property);
        }
    }

    [Fact]
    public void Load_reuses_the_compiled_vocabulary_instances()
    {
        var loaded = Load(DefaultExport.Value);

        loaded.Stages.Should().Equal(LifecycleStage.All, ReferenceEquals);
        loaded.Actors.Should().Equal(Actor.All, ReferenceEquals);
        loaded.Areas.Should().Equal(RiskArea.All, ReferenceEquals);
        loaded.Edition(Edition.V1_0).Risks.SelectMany(r => r.Stages).Select(s => s.Stage)
            .Should().OnlyContain(s => LifecycleStage.All.Any(c => ReferenceEquals(c, s)));
    }

    [Fact]
    public void A_vocabulary_term_worded_differently_in_the_file_is_a_new_instance_equal_by_key()
    {
        var json = DefaultJson.Replace("\"titleEn\": \"Training\"", "\"titleEn\": \"Model training\"", StringComparison.Ordinal);

        var loaded = Load(Encoding.UTF8.GetBytes(json));

        var training = loaded.Stages.Single(s => s.Key == "training");
        training.TitleEn.Should().Be("Model training");
        training.Should().NotBeSameAs(LifecycleStage.Training).And.Be(LifecycleStage.Training);
    }

    [Fact]
    public void A_loaded_catalogue_is_fully_usable()
    {
        var loaded = Load(DefaultExport.Value);

        var risk = loaded.Find<Risk>("1.0:3.1.1(a)");
        risk.Should().NotBeSameAs(Aisgf.V1_0.Risks.Explainability);
        risk.Title.En.Text.Should().Be("Risks of explainability");
        risk.Measures.Select(m => m.Id).Should().Equal(Aisgf.V1_0.Risks.Explainability.Measures.Select(m => m.Id));
        risk.Category.Id.Should().Be("1.0:3.1");
        loaded.Search("信息茧房").Select(e => e.Id).Should().Equal(GovernanceCatalog.Default.Search("信息茧房").Select(e => e.Id));
        loaded.Invoking(c => c.Validate()).Should().NotThrow();
    }

    [Fact]
    public async Task The_async_methods_write_and_read_the_same_file()
    {
        using var stream = new MemoryStream();
        await GovernanceCatalog.Default.ExportAsync(stream);
        stream.ToArray().Should().Equal(DefaultExport.Value);

        stream.Position = 0;
        var loaded = await GovernanceCatalog.LoadAsync(stream);

        CatalogEquivalence.Differences(GovernanceCatalog.Default, loaded).Should().BeEmpty();
    }

    [Fact]
    public void The_committed_v1_fixture_keeps_loading()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalog-v1.json"));

        var loaded = Load(bytes);

        loaded.DataVersion.Should().Be("2026.11.0");
        loaded.Editions.Select(e => e.Edition.ToString()).Should().Equal("1.0", "2.0");
        loaded.Find("1.0:3.1.1.a").Title.Zh.Text.Should().Be("可解释性差的风险");
        loaded.Lineages.Should().ContainSingle().Which.Links.Should().NotBeEmpty();

        // Written before 2026.12.0: answers were element IDs (normative by definition) and there were no facts.
        var group = loaded.Find("1.0:4.1").Should().BeOfType<MeasureGroup>().Subject;
        group.Answers.Should().ContainSingle().Which.Should().Match<RiskAddress>(a => a.TargetId == "1.0:3.1" && a.Basis == MappingBasis.Normative && a.Note == null);
        loaded.Edition(Edition.V1_0).Info.Facts.Should().BeEmpty();

        // The fixture is data 2026.11.0 and the embedded data is newer (2026.12.0 added 1.0 4.2.4 and edition 3.0), so
        // the two are not equal; what must hold is that no element of 2026.11.0 vanished or changed kind: every fixture
        // element still resolves, as the same type, in the same edition of the embedded catalogue.
        loaded.DataVersion.Should().NotBe(GovernanceCatalog.Default.DataVersion);
        foreach (var edition in loaded.Editions)
        {
            var current = GovernanceCatalog.Default.Edition(edition.Edition);
            edition.Elements.Where(e => !current.TryFind(e.Id, out var c) || c.GetType() != e.GetType()).Select(e => e.Id)
                .Should().BeEmpty("{0} keeps every element of data 2026.11.0", edition.Edition);
        }
    }

    [Fact]
    public void Export_and_Load_check_their_arguments()
    {
        var catalog = GovernanceCatalog.Default;

        catalog.Invoking(c => c.Export(null!)).Should().Throw<ArgumentNullException>();
        catalog.Invoking(c => c.Export(new MemoryStream(Array.Empty<byte>(), writable: false))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GovernanceCatalog.Load(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GovernanceCatalog.Load(new MemoryStream(), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new CatalogLoadOptions { MaxBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CatalogLoadOptions { MaxDepth = -1 }).Should().Throw<ArgumentOutOfRangeException>();
    }
}
