using AiGov.Catalog.Site.Tests.Infrastructure;

namespace AiGov.Catalog.Site.Tests;

/// <summary>The page's search (run in chromium) finds exactly what <see cref="GovernanceCatalog.Search"/> finds, in the same order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchParityTests
{
    /// <summary>
    /// Queries the library's rule (word starts for Latin-initial queries, title hits first) answers differently from a
    /// plain substring search in edition and document order: parity on these shows the page applies that rule.
    /// </summary>
    private static readonly string[] RuleQueries =
    {
        "AI", // word starts: not "training", "contain"
        "ai", "ＡＩ", // full-width folds to ai, then the word rule
        "3.1", // not inside 3.3.1 (a full stop between digits joins)
        "s own", // not after the apostrophe of "people's own"
        "s inherent", // nor of "AI's inherent"
        "data", // word starts; title hits first
        "⼈⼯智能", // Kangxi radicals fold to 人工智能; matched anywhere, but title hits first
        "安全",
    };

    private static readonly string[] Queries = RuleQueries.Concat(new[]
    {
        "信息茧房", "information cocoon", "INFORMATION COCOON", "ｉｎｆｏｒｍａｔｉｏｎ", "“信息茧房”", "\"信息茧房\"", "「信息茧房」",
        "人工智能", "数据", "模型", "偏见", "3.1.1(a)", "1.0:3.1.1.a", "3.1.1.a", "explainability", "Explain", "bias",
        "deepfake", "cocoon", "cocoons", "open source", "open-source", "ethic", "a", "x", "zzzz", "Ａ Ｉ", "ai　safety", "’", "1.0:", "2.0:4",
        "'s own", "’s inherent", "3.3.1", "3", ".1", " ai", "式ai", "-generated", "generated", "AI-generated", "learning", "é", "\u0085x", "\uFEFF",
    }).ToArray();

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

    [Fact]
    public void The_rule_queries_tell_the_library_rule_from_a_plain_substring_search()
    {
        var same = RuleQueries.Where(q => GovernanceCatalog.Default.Search(q).Select(e => e.Id).SequenceEqual(Substring(q))).ToList();

        same.Should().BeEmpty("each of these queries must be answered differently by a substring search in document order, or parity on it proves nothing about the rule");
    }

    [BrowserFact]
    public async Task The_page_folds_with_the_library_table_entry_for_entry()
    {
        var (page, errors) = await _browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "index.html");
        await page.EvaluateAsync("q => window.aigovSearch(q)", "x"); // loads the index
        var table = await page.EvaluateAsync<string[][]>("() => Object.keys(window.AIGOV_SEARCH.fold).map(k => [k, window.AIGOV_SEARCH.fold[k]])");

        var expected = CatalogTextFolding.Mappings.Select(m => m.From + "→" + m.To).OrderBy(x => x, StringComparer.Ordinal);
        table.Select(x => x[0] + "→" + x[1]).OrderBy(x => x, StringComparer.Ordinal).Should().Equal(expected);
        errors.Should().BeEmpty();
    }

    /// <summary>The oracle the rule queries must not agree with: a folded substring anywhere, in edition and document order.</summary>
    private static IEnumerable<string> Substring(string query)
    {
        var folded = CatalogTextFolding.Fold(query);
        return GovernanceCatalog.Default.Editions.SelectMany(e => e.Elements)
            .Where(e => CatalogTextFolding.Fold(string.Join("\u0001", new[] { e.Id, e.Clause, e.Title.Zh.Text, e.Title.En.Text, e.Summary }.Concat(e.Aliases.Select(a => a.Text))))
                .Contains(folded, StringComparison.Ordinal))
            .Select(e => e.Id);
    }
}
