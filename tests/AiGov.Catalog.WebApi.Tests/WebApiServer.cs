using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiGov.Catalog.WebApi.Tests;

/// <summary>
/// The web sample on a real Kestrel server at a free loopback port, shared by the tests of a class. The client is a
/// plain <see cref="HttpClient"/> over TCP to the address the server listens on, not the in-memory test server.
/// </summary>
public sealed class WebApiServer : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public WebApiServer()
    {
        _factory = new WebApplicationFactory<Program>();
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
