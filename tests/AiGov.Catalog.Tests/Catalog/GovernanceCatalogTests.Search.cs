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
}
