using System.Net;
using System.Text.Json;

namespace AiGov.Catalog.WebApi.Tests;

/// <summary>The web sample's endpoints, queried over real HTTP.</summary>
public sealed class CatalogEndpointsTests : IClassFixture<WebApiServer>
{
    private readonly WebApiServer _server;

    public CatalogEndpointsTests(WebApiServer server) => _server = server;

    private HttpClient Client => _server.Client;

    private async Task<JsonElement> GetJson(string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public void The_server_listens_on_a_loopback_tcp_port()
    {
        _server.BaseAddress.Host.Should().Be("127.0.0.1");
        _server.BaseAddress.Port.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Editions_lists_both_editions_with_their_counts()
    {
        var editions = await GetJson("/editions");

        editions.EnumerateArray().Select(e => e.GetProperty("edition").GetString()).Should().Equal("1.0", "2.0", "3.0");
        editions[0].GetProperty("counts").GetProperty("risks").GetInt32().Should().Be(26);
        editions[0].GetProperty("title").GetProperty("zh").GetString().Should().Be("人工智能安全治理框架");
    }

    [Fact]
    public async Task Risks_filter_by_edition_stage_and_text()
    {
        (await GetJson("/risks")).GetArrayLength().Should().Be(110, "26 + 30 + 54 risks in editions 1.0, 2.0 and 3.0");
        (await GetJson("/risks?edition=1.0")).GetArrayLength().Should().Be(26);

        var design = await GetJson("/risks?edition=1.0&stage=design");
        design.EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal(GovernanceCatalog.Default.Risks(Edition.V1_0).At(LifecycleStage.Design).ToIds());
        design.EnumerateArray().Should().NotBeEmpty().And.OnlyContain(r => r.GetProperty("stages").EnumerateArray().Any(s => s.GetString() == "design"));

        // A broad stage includes its phases: every risk at design is also at research and development.
        var research = await GetJson("/risks?edition=1.0&stage=research-and-development");
        research.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain(design.EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        var cocoons = await GetJson("/risks?q=" + Uri.EscapeDataString("信息茧房"));
        // Title hits first (1.0 and 3.0 have the word in a title), then the 2.0 risk, whose title is unknown and which
        // matches by its alias or summary.
        cocoons.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("1.0:3.2.3.a", "3.0:intensifying-information-cocoons", "2.0:3.2.4.a");

        var english = await GetJson("/risks?edition=2.0&q=information%20cocoon");
        english.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("2.0:3.2.4.a");
    }

    [Theory]
    [InlineData("1.0:3.1.1.a")]
    [InlineData("1.0:3.1.1(a)")]
    [InlineData("1.0:explainability")]
    public async Task A_risk_is_found_by_any_form_of_its_id(string id)
    {
        var risk = await GetJson("/risks/" + id);

        risk.GetProperty("id").GetString().Should().Be("1.0:3.1.1.a");
        risk.GetProperty("title").GetProperty("en").GetString().Should().Be("Risks of explainability");
        risk.GetProperty("title").GetProperty("enStatus").GetString().Should().Be("verified");
        risk.GetProperty("subcategory").GetProperty("title").GetProperty("enStatus").GetString().Should().Be("translation");
        risk.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal(Aisgf.V1_0.Risks.Explainability.Measures.Select(m => m.Id));
        risk.GetProperty("provenance").GetProperty("sources").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Errors_are_problem_details_that_say_what_is_wrong()
    {
        (await GetJson("/risks/1.0:9.9", HttpStatusCode.NotFound)).GetProperty("detail").GetString().Should().Contain("1.0:9.9");
        (await GetJson("/risks/1.0:3.1", HttpStatusCode.NotFound)).GetProperty("detail").GetString().Should().Contain("RiskCategory");
        (await GetJson("/risks?edition=9.0", HttpStatusCode.NotFound)).GetProperty("detail").GetString().Should().Contain("1.0, 2.0");
        (await GetJson("/risks?edition=latest", HttpStatusCode.BadRequest)).GetProperty("title").GetString().Should().Be("Not an edition");
        (await GetJson("/risks?stage=nope", HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Contain("deployment");

        using var response = await Client.GetAsync("/risks/1.0:9.9");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("/diff/1.0/2.0")]
    [InlineData("/diff/1.0/2.0?format=md")]
    public async Task Diff_is_served_as_json_or_markdown(string url)
    {
        using var response = await Client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var diff = GovernanceCatalog.Default.Diff(Edition.V1_0, Edition.V2_0);
        body.Should().Be(url.EndsWith("md", StringComparison.Ordinal) ? diff.ToMarkdown() : diff.ToJson());
        response.Content.Headers.ContentType!.MediaType.Should().Be(url.EndsWith("md", StringComparison.Ordinal) ? "text/markdown" : "application/json");
        await GetJson("/diff/1.0/9.0", HttpStatusCode.NotFound);
        await GetJson("/diff/1.0/2.0?format=pdf", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Markdown_and_oscal_of_an_edition()
    {
        using var markdown = await Client.GetAsync("/editions/1.0/markdown");
        markdown.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        (await markdown.Content.ReadAsStringAsync()).Should().Be(GovernanceCatalog.Default.ToMarkdown(Edition.V1_0));

        var oscal = await GetJson("/editions/2.0/oscal");
        oscal.GetProperty("catalog").GetProperty("metadata").GetProperty("oscal-version").GetString().Should().Be("1.1.2");
    }

    [Fact]
    public async Task The_exported_data_file_loads_back_into_an_equal_catalogue()
    {
        using var response = await Client.GetAsync("/export/json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();

        var loaded = await GovernanceCatalog.LoadAsync(stream);

        loaded.DataVersion.Should().Be(GovernanceCatalog.Default.DataVersion);
        loaded.ToCsv(CatalogCsvTable.Mappings).Should().Be(GovernanceCatalog.Default.ToCsv(CatalogCsvTable.Mappings));
    }

    [Fact]
    public async Task Csv_tables_are_served_as_text_csv()
    {
        using var response = await Client.GetAsync("/export/csv/risks");
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(GovernanceCatalog.Default.ToCsv(CatalogCsvTable.Risks));
        await GetJson("/export/csv/nothing", HttpStatusCode.NotFound);
    }
}
