using System.Net;

namespace AiGov.Catalog.WebApi.Tests;

/// <summary>The web sample serves the catalogue website under /site/ and links to it from its index.</summary>
public sealed class SiteEndpointsTests : IClassFixture<WebApiServer>
{
    private readonly WebApiServer _server;

    public SiteEndpointsTests(WebApiServer server) => _server = server;

    [Fact]
    public async Task The_index_links_to_the_site_and_the_site_serves_its_pages_and_assets()
    {
        (await _server.Client.GetStringAsync("/")).Should().Contain("\"/site/\"");

        using var home = await _server.Client.GetAsync("/site/");
        home.StatusCode.Should().Be(HttpStatusCode.OK);
        home.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await home.Content.ReadAsStringAsync()).Should().Contain("<h1>").And.Contain("href=\"e/1.0/index.html\"");

        using var risk = await _server.Client.GetAsync("/site/e/1.0/3.2.3.a.html");
        (await risk.Content.ReadAsStringAsync()).Should().Contain("信息茧房");
        using var script = await _server.Client.GetAsync("/site/assets/search-index.js");
        script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");

        using var missing = await _server.Client.GetAsync("/site/e/1.0/nothing.html");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
