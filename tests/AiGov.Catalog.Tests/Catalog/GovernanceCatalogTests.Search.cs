using System.Text.RegularExpressions;

namespace AiGov.Catalog.Tests.Catalog;

/// <summary>Text search over Chinese and English.</summary>
public sealed class GovernanceCatalogSearchTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Fact]
    public void Chinese_search_finds_the_risk_in_both_editions()
    {
        var hits = Catalog.Search("信息茧房");

        hits.Select(h => h.Id).Should().Contain("1.0:3.2.3.a").And.Contain("2.0:3.2.4.a");
    }

    [Fact]
    public void English_search_is_case_insensitive_and_can_be_limited_to_an_edition()
    {
        var hits = Catalog.Search("INFORMATION COCOON", Edition.V1_0);

        hits.Should().NotBeEmpty().And.OnlyContain(h => h.Edition == Edition.V1_0);
        hits.Select(h => h.Id).Should().Contain("1.0:3.2.3.a");
    }

    [Fact]
    public void Full_width_text_matches_half_width_text()
    {
        Catalog.Search("ｅｘｐｌａｉｎａｂｉｌｉｔｙ", Edition.V1_0).Select(h => h.Id).Should().Contain("1.0:3.1.1.a");
    }

    [Fact]
    public void Kangxi_radicals_from_pdf_text_match_ordinary_ideographs()
    {
        // "人工智能" as extracted from the official PDFs: ⼈ (U+2F08) and ⼯ (U+2F2F) are Kangxi radicals.
        var pdfText = "\u2F08\u2F2F智能内生安全风险";

        Catalog.Search(pdfText, Edition.V1_0).Select(h => h.Id).Should().Contain("1.0:3.1");
    }

    [Fact]
    public void Full_width_quotation_marks_match_the_ascii_ones_in_the_data()
    {
        Catalog.Search("加剧“信息茧房”效应", Edition.V1_0).Select(h => h.Id).Should().Equal("1.0:3.2.3.a");
    }

    [Fact]
    public void Aliases_are_searchable()
    {
        // 训练数据标注不规范 is wording seen (SRC-23), not a title.
        Catalog.Search("训练数据标注不规范", Edition.V1_0).Select(h => h.Id).Should().Contain("1.0:3.1.2.c");
    }

    [Fact]
    public void A_query_with_no_match_returns_empty()
    {
        Catalog.Search("zzqqxx-no-such-text").Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_query_is_rejected(string query)
    {
        var search = () => Catalog.Search(query);

        search.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_Latin_query_matches_words_not_fragments_of_words()
    {
        var hits = Catalog.Search("AI").Select(h => h.Id).ToList();

        hits.Should().Contain("1.0:5.6", because: "its title is 'Advance research on AI explainability'")
            .And.Contain("1.0:3.1", because: "'AI's inherent safety risks'")
            .And.NotContain("1.0:3.1.1.f", because: "'adversarial' and 'fail' hold 'ai' only inside words")
            .And.NotContain("1.0:6.1.c", because: "'training' holds 'ai' only inside the word");
    }

    [Theory]
    [InlineData("ai")]
    [InlineData("train")]
    [InlineData("cocoon")]
    [InlineData("data")]
    [InlineData("bias")]
    [InlineData("rob")]
    [InlineData("information cocoon")]
    public void A_Latin_query_finds_exactly_the_elements_with_a_word_that_starts_with_it(string query)
    {
        // The oracle: a regular expression over the unfolded text, "not after a Latin letter or digit, nor after an
        // apostrophe that follows one".
        var pattern = new Regex(@"(?<![a-z0-9\u00C0-\u024F])(?<![a-z0-9\u00C0-\u024F]')" + Regex.Escape(query), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var expected = Catalog.Editions.SelectMany(e => e.Elements)
            .Where(e => new[] { e.Title.Zh.Text, e.Title.En.Text, e.Id, e.Clause, e.Summary }.Concat(e.Aliases.Select(a => a.Text)).Any(t => t is not null && pattern.IsMatch(t)))
            .Select(e => e.Id);

        Catalog.Search(query).Select(h => h.Id).Should().NotBeEmpty().And.BeEquivalentTo(expected);
    }

    [Fact]
    public void A_prefix_of_a_word_matches()
    {
        // The data says "information cocoons".
        Catalog.Search("cocoon").Select(h => h.Id).Should().Contain("1.0:3.2.3.a").And.Contain("2.0:3.2.4.a");
    }

    [Fact]
    public void Hyphens_separate_words_and_an_apostrophe_inside_a_word_does_not()
    {
        Catalog.Search("learning", Edition.V1_0).Select(h => h.Id).Should().Contain("1.0:3.1.1.a", because: "its summary starts 'Deep-learning systems'");
        Catalog.Search("s inherent").Should().BeEmpty(because: "'AI's inherent' and 'Risks inherent' hold it only inside words");
    }

    [Fact]
    public void A_clause_number_matches_whole_numbers_only()
    {
        var hits = Catalog.Search("3.1").Select(h => h.Id).ToList();

        hits.Should().Contain("1.0:3.1").And.Contain("1.0:3.1.1.a").And.Contain("2.0:3.1.2.d");
        hits.Should().NotContain("2.0:3.3.1", because: "3.3.1 is one number, and 3.1 is not the start of it");
    }

    [Fact]
    public void A_Chinese_query_matches_anywhere()
    {
        // 茧房 is the second half of 信息茧房.
        Catalog.Search("茧房").Select(h => h.Id).Should().Contain("1.0:3.2.3.a").And.Contain("2.0:3.2.4.a");
    }

    [Theory]
    [InlineData("data")]
    [InlineData("bias")]
    [InlineData("explainability")]
    [InlineData("数据")]
    [InlineData("安全")]
    public void Title_hits_come_first_then_the_others_each_by_edition_then_in_document_order(string query)
    {
        var hits = Catalog.Search(query);
        var inTitle = hits.Select(h => TitleHas(h, query)).ToList();

        inTitle.Should().Contain(true).And.Contain(false, because: "the query is chosen to hit both titles and summaries");
        inTitle.Should().BeInDescendingOrder(because: "every title hit comes before every other hit");
        foreach (var group in new[] { true, false })
        {
            var positions = hits.Where((_, i) => inTitle[i] == group).Select(Position).ToList();
            positions.Should().BeInAscendingOrder(because: "within a group, hits are by edition, then in document order");
        }
    }

    [Fact]
    public void A_title_hit_of_a_later_edition_comes_before_a_summary_hit_of_an_earlier_one()
    {
        var hits = Catalog.Search("data").Select(h => h.Id).ToList();

        hits.IndexOf("2.0:3.1.2").Should().BeLessThan(hits.IndexOf("1.0:4"), because: "'Data security risks' is a title, 1.0:4 has 'data' only in its summary");
    }

    [Fact]
    public void Edition_search_and_query_matching_follow_the_same_rule()
    {
        var edition = Catalog.Edition(Edition.V1_0);

        edition.Search("AI").Should().Equal(Catalog.Search("AI", Edition.V1_0));
        Catalog.Risks(Edition.V1_0).Matching("AI").ToIds().Should().BeEquivalentTo(edition.Search("AI").OfType<Risk>().Select(r => r.Id));
    }

    private static bool TitleHas(CatalogElement element, string query) =>
        (element.Title.Zh.Text?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
        || (element.Title.En.Text?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false);

    private static (int Edition, int Document) Position(CatalogElement element)
    {
        var editions = Catalog.Editions.ToList();
        var edition = editions.FindIndex(e => e.Info.Edition == element.Edition);
        return (edition, editions[edition].Elements.IndexOf(element));
    }
}
