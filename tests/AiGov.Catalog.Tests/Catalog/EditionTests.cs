namespace AiGov.Catalog.Tests.Catalog;

public sealed class EditionTests
{
    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("2.0", 2, 0)]
    [InlineData("3.10", 3, 10)]
    public void Parse_reads_major_and_minor(string text, int major, int minor)
    {
        var edition = Edition.Parse(text);

        edition.Should().Be(new Edition(major, minor));
        edition.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("v1.0")]
    [InlineData("1.0.0")]
    public void Parse_rejects_malformed_text(string text)
    {
        var parse = () => Edition.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage("*" + text + "*");
        Edition.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Editions_order_by_number()
    {
        (Edition.V1_0 < Edition.V2_0).Should().BeTrue();
        new Edition(2, 10).CompareTo(new Edition(2, 9)).Should().BePositive();
    }
}
