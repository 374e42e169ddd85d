using AiGov.Catalog.Site.Tests.Infrastructure;
using Deque.AxeCore.Playwright;

namespace AiGov.Catalog.Site.Tests;

/// <summary>axe-core on each kind of page: no serious or critical violation; headings in order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests
{
    private readonly BrowserFixture _browser;

    public AccessibilityTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    [BrowserTheory]
    [InlineData("index.html")]
    [InlineData("e/1.0/index.html")]
    [InlineData("e/1.0/3.1.1.a.html")]
    [InlineData("e/2.0/3.2.4.a.html")]
    [InlineData("e/1.0/4.1.1.a.html")]
    [InlineData("e/1.0/matrix.html")]
    [InlineData("e/2.0/coverage.html")]
    [InlineData("diff/1.0-2.0.html")]
    [InlineData("sources.html")]
    [InlineData("instruments.html")]
    [InlineData("crosswalks/index.html")]
    [InlineData("crosswalks/nist-ai-rmf-1.0.html")]
    [InlineData("crosswalks/mit-ai-risk-repository-v3.html")]
    public async Task No_serious_or_critical_axe_violation_and_headings_in_order(string path)
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + path);
        var results = await page.RunAxe();
        var bad = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => v.Id + " (" + v.Impact + "): " + v.Help + " — " + string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target.ToString()))))
            .ToList();
        bad.Should().BeEmpty();

        var levels = await page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4'), h => +h.tagName[1])");
        levels.Should().NotBeEmpty();
        levels[0].Should().Be(1, "each page starts with one h1");
        levels.Count(l => l == 1).Should().Be(1);
        for (var i = 1; i < levels.Length; i++)
        {
            levels[i].Should().BeLessThanOrEqualTo(levels[i - 1] + 1, "headings do not skip a level (" + path + ")");
        }

        (await page.Locator("header").CountAsync()).Should().BeGreaterThan(0);
        (await page.Locator("main").CountAsync()).Should().Be(1);
        (await page.Locator("footer").CountAsync()).Should().BeGreaterThan(0);
        errors.Should().BeEmpty();
    }
}
