using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Tests.Catalog;

/// <summary>Where a Latin-script word starts, by the rule documented on <see cref="GovernanceCatalog.Search(string, Edition?)"/>.</summary>
public sealed class SearchWordStartTests
{
    [Theory]
    [InlineData("ai safety", 0, true)]
    [InlineData("training", 2, false)]
    [InlineData("deep-learning", 5, true)]
    [InlineData("r&d/ai", 4, true)]
    [InlineData("(a)", 1, true)]
    [InlineData("生成式ai", 3, true)]
    [InlineData("don't", 4, false)]
    [InlineData("ai's", 3, false)]
    [InlineData("users' needs", 7, true)]
    [InlineData("'quoted'", 1, true)]
    [InlineData("3.3.1", 2, false)]
    [InlineData("1,000", 2, false)]
    [InlineData("1.0:3.1", 4, true)]
    [InlineData("risks. data", 7, true)]
    [InlineData("café", 3, false)]
    [InlineData("\u0001ai", 1, true)]
    public void Word_starts(string text, int index, bool expected)
    {
        SearchIndex.IsWordStart(text, index).Should().Be(expected);
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('7', true)]
    [InlineData('é', true)]
    [InlineData('\u0301', true)]
    [InlineData('×', false)]
    [InlineData('-', false)]
    [InlineData('\'', false)]
    [InlineData('人', false)]
    [InlineData(' ', false)]
    public void Word_characters(char c, bool expected)
    {
        SearchIndex.IsWordCharacter(c).Should().Be(expected);
    }
}
