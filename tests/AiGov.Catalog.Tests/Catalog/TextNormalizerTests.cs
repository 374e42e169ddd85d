using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Tests.Catalog;

/// <summary>The allocation-free fast paths of the search folding give exactly what NFKC + per-unit mapping gives.</summary>
public sealed class TextNormalizerTests
{
    public static TheoryData<string> Samples => new()
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
        "Ünïcödé ÀÉÎ",
        "e\u0301 composed later",
        "ﬁ ligature ①",
        "𠀀 surrogate pair 𝐀",
        "mixed 安全 Data “x”",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Fold_equals_the_reference_folding(string text)
    {
        TextNormalizer.Fold(text).Should().Be(Reference(text));
    }

    [Theory]
    [InlineData("information cocoon")]
    [InlineData("信息茧房")]
    [InlineData("1.0:3.1.1.a")]
    public void Text_that_is_already_folded_is_returned_as_it_is(string text)
    {
        TextNormalizer.Fold(text).Should().BeSameAs(text);
    }

    /// <summary>The folding as first written: NFKC, then each UTF-16 unit mapped.</summary>
    private static string Reference(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\u301D' or '\u301E' => '"',
                '\u2018' or '\u2019' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
