namespace AiGov.Catalog.Tests.Text;

/// <summary>What <see cref="CatalogTextFolding.Fold"/> folds, what it keeps, and its allocation-free path.</summary>
public sealed class CatalogTextFoldingTests
{
    /// <summary>Text made only of covered units and ordinary ideographs folds exactly as whole-string NFKC + mapping with ICU.</summary>
    public static TheoryData<string> CoveredSamples => new()
    {
        string.Empty,
        "information cocoon",
        "INFORMATION Cocoon",
        "1.0:3.1.1(a)",
        "信息茧房",
        "“信息茧房”",
        "‘quoted’ 「括号」 『引号』 〝〞",
        "ｅｘｐｌａｉｎａｂｉｌｉｔｙ",
        "ＡＩ安全",
        "⼈⼯智能", // Kangxi radicals, as copied from the PDF
        "ÀÉÎ Ünïcödé",
        "２０２４年　第１版",
        "mixed 安全 Data “x”",
        "豈 更 ⺟",
    };

    [Theory]
    [MemberData(nameof(CoveredSamples))]
    public void Covered_text_folds_as_NFKC_quotation_marks_and_lower_case(string text)
    {
        CatalogTextFolding.Fold(text).Should().Be(FoldingTableSource.Reference(text));
    }

    [Theory]
    [InlineData("ＡＩ", "ai")]
    [InlineData("⼈⼯智能", "人工智能")]
    [InlineData("加剧“信息茧房”效应", "加剧\"信息茧房\"效应")]
    [InlineData("Ｉｎｆｏｒｍａｔｉｏｎ　Ｃｏｃｏｏｎ", "information cocoon")]
    [InlineData("２０２４", "2024")]
    public void Folds_width_radicals_quotation_marks_and_case(string text, string expected)
    {
        CatalogTextFolding.Fold(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("ﬁ ①", "ligatures and circled numbers are outside the covered blocks")]
    [InlineData("ΑΒΓ Ж", "Greek and Cyrillic keep their case")]
    [InlineData("e\u0301", "combining sequences are not composed")]
    [InlineData("\U0002F800", "the CJK Compatibility Ideographs Supplement is outside the BMP")]
    public void Keeps_what_is_documented_as_not_folded(string text, string why)
    {
        CatalogTextFolding.Fold(text).Should().BeSameAs(text, because: why);
    }

    [Theory]
    [InlineData("information cocoon")]
    [InlineData("信息茧房")]
    [InlineData("1.0:3.1.1.a")]
    public void Text_that_is_already_folded_is_returned_as_it_is(string text)
    {
        CatalogTextFolding.Fold(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Folding_is_per_unit_so_it_commutes_with_concatenation()
    {
        var parts = new[] { "ＡＩ", "⼈⼯", "“x”", "½", "ok" };
        CatalogTextFolding.Fold(string.Concat(parts)).Should().Be(string.Concat(parts.Select(CatalogTextFolding.Fold)));
    }

    [Fact]
    public void Null_is_rejected()
    {
        var fold = () => CatalogTextFolding.Fold(null!);

        fold.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_table_does_not_depend_on_the_current_culture()
    {
        var current = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            CatalogTextFolding.Fold("INFORMATION").Should().Be("information", because: "Turkish lower case would give 'ınformatıon'");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = current;
        }
    }
}
