using AiGov.Catalog.Site.Tests.Infrastructure;

namespace AiGov.Catalog.Site.Tests;

/// <summary>The page's search (run in chromium) finds exactly what <see cref="GovernanceCatalog.Search"/> finds, in the same order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchParityTests
{
    private static readonly string[] Queries =
    {
        "信息茧房", "information cocoon", "INFORMATION COCOON", "ｉｎｆｏｒｍａｔｉｏｎ", "“信息茧房”", "\"信息茧房\"", "「信息茧房」",
        "⼈⼯智能", "人工智能", "数据", "安全", "模型", "偏见", "3.1.1(a)", "1.0:3.1.1.a", "3.1.1.a", "explainability", "Explain", "bias",
        "deepfake", "cocoons", "open source", "open-source", "ethic", "a", "x", "zzzz", "Ａ Ｉ", "ai　safety", "’", "1.0:", "2.0:4",
    };

    private readonly BrowserFixture _browser;

    public SearchParityTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    [BrowserFact]
    public async Task The_page_finds_what_the_library_finds_for_every_query()
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "index.html");
        var differences = new List<string>();
        var hits = 0;
        foreach (var query in Queries)
        {
            var library = GovernanceCatalog.Default.Search(query).Select(e => e.Id).ToArray();
            var site = await page.EvaluateAsync<string[]>("q => window.aigovSearch(q)", query);
            hits += library.Length;
            if (!site.SequenceEqual(library))
            {
                differences.Add("'" + query + "': library [" + string.Join(", ", library) + "], page [" + string.Join(", ", site) + "]");
            }
        }

        differences.Should().BeEmpty();
        hits.Should().BeGreaterThan(Queries.Length, "the queries find something, so agreeing is not trivial");
        errors.Should().BeEmpty();
    }
}
