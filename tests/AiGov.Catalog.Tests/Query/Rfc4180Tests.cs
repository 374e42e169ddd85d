using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Tests.Query;

public sealed class Rfc4180Tests
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
        Rfc4180.AppendField(builder, field);
        builder.ToString().Should().Be(expected);
    }

    [Fact]
    public void Records_end_with_a_line_feed()
    {
        var builder = new StringBuilder();
        Rfc4180.AppendRecord(builder, "a", null, "c,d");
        builder.ToString().Should().Be("a,,\"c,d\"\n");
    }
}
