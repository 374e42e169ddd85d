using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Tests.Query;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    public void Fields_are_quoted_only_when_needed(string? field, string expected)
    {
        var builder = new StringBuilder();
        CsvText.AppendField(builder, field);
        builder.ToString().Should().Be(expected);
    }

    [Fact]
    public void Records_end_with_a_line_feed()
    {
        var builder = new StringBuilder();
        CsvText.AppendRecord(builder, new[] { "a", null, "c,d" }, "\n");
        builder.ToString().Should().Be("a,,\"c,d\"\n");
    }

    [Fact]
    public void Records_end_with_crlf_by_default()
    {
        var builder = new StringBuilder();
        CsvText.AppendRecord(builder, new[] { "a", "b" });
        builder.ToString().Should().Be("a,b\r\n");
    }
}
