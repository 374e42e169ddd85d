using Microsoft.Playwright;

namespace AiGov.Catalog.Site.Tests.Infrastructure;

/// <summary>One chromium and one loopback server for every browser test (launching a browser costs about a second).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private SiteServer? _server;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets the URL of the served site's root (a sub-path, ends with a slash).</summary>
    public string BaseUrl => _server!.BaseUrl;

    public async Task InitializeAsync()
    {
        if (!Chromium.Available)
        {
            if (Chromium.OnCi)
            {
                throw new InvalidOperationException("CI=true but " + Chromium.ExecutablePath + " is missing: .ci/run must install Debian's chromium package.");
            }

            return; // every test is skipped
        }

        _server = new SiteServer(GeneratedSite.Folder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Args,
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
    }

    /// <summary>A new page at desktop width that records console errors, page errors and failed requests.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add("console: " + message.Text + " at " + page.Url);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add("page error: " + error + " at " + page.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (errors)
                {
                    errors.Add("HTTP " + response.Status + ": " + response.Url);
                }
            }
        };
        return (page, errors);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
