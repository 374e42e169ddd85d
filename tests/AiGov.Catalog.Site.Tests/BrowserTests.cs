using AiGov.Catalog.Site.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AiGov.Catalog.Site.Tests;

/// <summary>The site walked in headless chromium, served from a loopback server under a sub-path, as a reader would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests
{
    private readonly BrowserFixture _browser;

    public BrowserTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    [BrowserFact]
    public async Task Home_leads_to_a_risk_and_back()
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "index.html");
        (await page.TitleAsync()).Should().Contain("AI Safety Governance Framework");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edition 1.0", Exact = true }).First.ClickAsync();
        page.Url.Should().EndWith("/aigov/e/1.0/index.html");
        await page.Locator("nav.tree a[href='3.1.1.a.html']").ClickAsync();
        page.Url.Should().EndWith("/aigov/e/1.0/3.1.1.a.html");
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("3.1.1(a)").And.Contain("可解释性差的风险").And.Contain("Risks of explainability");
        (await page.Locator("h2", new() { HasText = "Measures that address this risk" }).CountAsync()).Should().Be(1);
        (await page.Locator("h2", new() { HasText = "In other editions" }).CountAsync()).Should().Be(1);
        await page.GoBackAsync();
        page.Url.Should().EndWith("/aigov/e/1.0/index.html");
        await page.Locator(".crumbs a", new() { HasText = "Home" }).ClickAsync();
        page.Url.Should().EndWith("/aigov/index.html");
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task An_elements_mappings_lead_to_the_framework_term_and_back()
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "e/1.0/3.1.1.a.html");
        (await page.Locator("h2#mappings").InnerTextAsync()).Should().Be("Mappings");
        var mit = page.Locator("section.mapping-set", new() { HasText = "MIT AI Risk Repository" });
        (await mit.InnerTextAsync()).Should().Contain("Cite: Slattery").And.Contain("CC BY 4.0").And.Contain("falls under (the term is broader)");
        await mit.Locator("a", new() { HasText = "7.4@v3" }).ClickAsync();
        page.Url.Should().EndWith("/aigov/crosswalks/mit-ai-risk-repository-v3.html#t-7.4");
        var row = page.Locator("tr#t-7\\.4");
        (await row.IsVisibleAsync()).Should().BeTrue();
        (await row.InnerTextAsync()).Should().Contain("Lack of transparency or interpretability").And.Contain("Edition 1.0").And.Contain("Edition 2.0");
        await page.Locator("nav[aria-label='Site'] a", new() { HasText = "Crosswalks" }).ClickAsync();
        page.Url.Should().EndWith("/aigov/crosswalks/index.html");
        (await page.Locator("table.frameworks tbody tr").CountAsync()).Should().Be(GovernanceCatalog.Default.Frameworks.Length);
        await page.GotoAsync(_browser.BaseUrl + "crosswalks/mit-ai-risk-repository-v3.html#t-7.4");
        await page.Locator("tr#t-7\\.4 a[href='../e/1.0/3.1.1.a.html']").ClickAsync();
        page.Url.Should().EndWith("/aigov/e/1.0/3.1.1.a.html");
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Language_switch_hides_the_other_language_and_is_remembered_between_pages()
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "e/1.0/3.1.1.a.html");
        var en = page.Locator("h1 .t-en");
        var zh = page.Locator("h1 .t-zh");
        (await en.IsVisibleAsync()).Should().BeTrue("both languages show by default");
        (await zh.IsVisibleAsync()).Should().BeTrue();
        await page.Locator("button[data-set-lang='zh']").ClickAsync();
        (await page.Locator("html").GetAttributeAsync("data-lang")).Should().Be("zh");
        (await en.IsVisibleAsync()).Should().BeFalse();
        (await zh.IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("button[data-set-lang='zh']").GetAttributeAsync("aria-pressed")).Should().Be("true");

        await page.GotoAsync(_browser.BaseUrl + "e/2.0/index.html");
        (await page.Locator("html").GetAttributeAsync("data-lang")).Should().Be("zh", "the choice is remembered in localStorage");
        (await page.Locator("h1 .t-en").IsVisibleAsync()).Should().BeFalse();
        await page.Locator("button[data-set-lang='en']").ClickAsync();
        (await page.Locator("h1 .t-zh").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("h1 .t-en").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("[lang='zh-Hans']").CountAsync()).Should().BeGreaterThan(0, "Chinese text carries its lang attribute");
        errors.Should().BeEmpty();
    }

    [BrowserTheory]
    [InlineData("信息茧房")]
    [InlineData("information cocoon")]
    public async Task Search_finds_the_counterparts_in_both_editions_and_is_keyboard_navigable(string query)
    {
        // As many results as the library's Search, among them 1.0:3.2.3.a and each of its counterparts in later editions.
        var expected = GovernanceCatalog.Default.Search(query).Count();
        var cocoons = GovernanceCatalog.Default.Find("1.0:3.2.3.a");
        var counterparts = new[] { cocoons }.Concat(GovernanceCatalog.Default.Successors(cocoons).Select(s => s.Element))
            .Select(e => "e/" + e.Edition + "/" + e.Id.Substring(e.Id.IndexOf(':') + 1) + ".html").ToArray();
        counterparts.Length.Should().BeGreaterThan(1);
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "index.html");
        var input = page.Locator("#q");
        await input.ClickAsync();
        await input.PressSequentiallyAsync(query, new() { Delay = 20 });
        var options = page.Locator("#search-results [role=option]");
        await Assertions.Expect(options).ToHaveCountAsync(expected);
        var hrefs = await options.Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        hrefs.Should().Contain(counterparts).And.Contain("e/2.0/3.2.4.a.html");
        (await input.GetAttributeAsync("aria-expanded")).Should().Be("true");

        var target = Array.IndexOf(hrefs, "e/2.0/3.2.4.a.html");
        for (var i = 0; i <= target; i++)
        {
            await input.PressAsync("ArrowDown");
        }

        (await options.Nth(target).GetAttributeAsync("aria-selected")).Should().Be("true");
        await input.PressAsync("Enter");
        await page.WaitForURLAsync("**/e/2.0/3.2.4.a.html");
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("information cocoons");
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Diff_page_filters_by_change_kind()
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "diff/1.0-2.0.html");
        var sections = page.Locator("section.change-kind");
        var total = await sections.CountAsync();
        total.Should().BeGreaterThan(1);
        (await page.Locator("fieldset.filter").IsVisibleAsync()).Should().BeTrue();
        var first = await page.Locator("fieldset.filter input").First.GetAttributeAsync("value");
        await page.Locator("fieldset.filter input[value='" + first + "']").UncheckAsync();
        (await page.Locator("section.change-kind[data-kind='" + first + "']").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("section.change-kind:visible").CountAsync()).Should().Be(total - 1);
        await page.Locator("fieldset.filter input[value='" + first + "']").CheckAsync();
        (await page.Locator("section.change-kind:visible").CountAsync()).Should().Be(total);
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Without_javascript_both_languages_and_every_diff_section_show()
    {
        var context = await _browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "e/1.0/3.1.1.a.html");
        (await page.Locator("h1 .t-en").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("h1 .t-zh").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("form.search").IsVisibleAsync()).Should().BeFalse("search needs the script, so it shows only with it");
        await page.GotoAsync(_browser.BaseUrl + "diff/1.0-2.0.html");
        (await page.Locator("section.change-kind:visible").CountAsync()).Should().Be(await page.Locator("section.change-kind").CountAsync()).And.BeGreaterThan(1);
        (await page.Locator("nav.jump a").CountAsync()).Should().Be(await page.Locator("section.change-kind").CountAsync());
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task Works_from_file_urls_search_included()
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(GeneratedSite.Folder, "e", "1.0", "index.html")).AbsoluteUri);
        await page.Locator("#q").FillAsync("信息茧房");
        await Assertions.Expect(page.Locator("#search-results [role=option]")).ToHaveCountAsync(GovernanceCatalog.Default.Search("信息茧房").Count());
        await page.Locator("#search-results a").First.ClickAsync();
        page.Url.Should().StartWith("file://").And.EndWith("/e/1.0/3.2.3.a.html");
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Crawl_from_home_reaches_every_page_with_no_broken_link_and_no_console_error()
    {
        // Breadth first from the home page, a frontier at a time, with a few tabs in parallel (page loads mostly wait).
        const int tabs = 4;
        var workers = new List<(Microsoft.Playwright.IPage Page, List<string> Errors)>();
        for (var i = 0; i < tabs; i++)
        {
            workers.Add(await _browser.NewPageAsync());
        }

        var start = _browser.BaseUrl + "index.html";
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        var broken = new List<string>();
        while (frontier.Count > 0)
        {
            var found = await Task.WhenAll(Enumerable.Range(0, tabs).Select(async w =>
            {
                var links = new List<string>();
                for (var k = w; k < frontier.Count; k += tabs)
                {
                    var response = await workers[w].Page.GotoAsync(frontier[k], new() { WaitUntil = WaitUntilState.Load });
                    if (response is null || response.Status != 200)
                    {
                        lock (broken)
                        {
                            broken.Add(frontier[k] + " → " + (response?.Status.ToString() ?? "no response"));
                        }

                        continue;
                    }

                    links.AddRange(await workers[w].Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]'), a => a.href.split('#')[0])"));
                }

                return links;
            }));
            frontier = found.SelectMany(l => l).Where(l => l.StartsWith(_browser.BaseUrl, StringComparison.Ordinal) && seen.Add(l)).ToList();
        }

        broken.Should().BeEmpty();
        workers.SelectMany(w => w.Errors).Should().BeEmpty();
        var pages = GeneratedSite.Pages.Select(p => _browser.BaseUrl + p.Path).ToHashSet(StringComparer.Ordinal);
        seen.Should().BeEquivalentTo(pages, "every page is reachable from the home page, and every link leads to a page");
    }

    [BrowserFact]
    public async Task Screenshots_of_home_risk_and_diff_at_desktop_and_phone_width()
    {
        var folder = Path.Combine(GeneratedSite.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        var shots = new List<string>();
        foreach (var (width, height, name) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
        {
            var (page, errors) = await _browser.NewPageAsync(width, height);
            foreach (var (path, label) in new[] { ("index.html", "home"), ("e/1.0/3.2.3.a.html", "risk"), ("diff/1.0-2.0.html", "diff") })
            {
                await page.GotoAsync(_browser.BaseUrl + path);
                var file = Path.Combine(folder, label + "-" + name + ".png");
                await page.ScreenshotAsync(new() { Path = file });
                shots.Add(file);
                var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
                overflow.Should().BeFalse(path + " must not scroll sideways at " + width + " px (wide tables scroll inside their box)");
            }

            errors.Should().BeEmpty();
        }

        shots.Should().OnlyContain(f => new FileInfo(f).Length > 10_000);
    }
}
