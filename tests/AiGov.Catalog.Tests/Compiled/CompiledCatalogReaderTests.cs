using AiGov.Catalog.Serialization;
using System.Text;

namespace AiGov.Catalog.Tests.Compiled;

/// <summary>
/// The reader of the generator's compact tables: it rebuilds exactly the catalogue the data describes (the export,
/// diff and matrix snapshots pin that), and a table that does not fit the reader is an error naming the problem,
/// never a wrong catalogue.
/// </summary>
public sealed class CompiledCatalogReaderTests
{
    [Fact]
    public void Every_create_builds_a_new_equal_catalogue_from_the_same_strings()
    {
        var first = new GovernanceCatalog(GeneratedCatalogData.Create());
        var second = new GovernanceCatalog(GeneratedCatalogData.Create());

        second.Should().NotBeSameAs(first);
        second.Find("1.0:3.1.1.a").Should().NotBeSameAs(first.Find("1.0:3.1.1.a"));
        CatalogJsonWriter.Write(second).Should().Equal(CatalogJsonWriter.Write(first));
        second.Find("1.0:3.1.1.a").Title.Zh.Text.Should().BeSameAs(first.Find("1.0:3.1.1.a").Title.Zh.Text, "the decoded strings are shared");
    }

    [Fact]
    public void Strings_are_decoded_from_utf8_by_their_byte_lengths()
    {
        var text = Encoding.UTF8.GetBytes("SRC-01可解释性" + new string('x', 200));
        byte[] lengths = { 6, 12, 0xC8, 0x01 }; // 6, 12 (four three-byte characters), 200 (LEB128)

        var strings = CompiledCatalogReader.ReadStrings(text, lengths);

        strings.Should().Equal("SRC-01", "可解释性", new string('x', 200));
    }

    [Theory]
    [InlineData(new byte[] { 2, 2 })]
    [InlineData(new byte[] { 2, 5 })]
    public void String_lengths_that_do_not_match_the_text_are_an_error(byte[] lengths)
    {
        var act = () => CompiledCatalogReader.ReadStrings(Encoding.UTF8.GetBytes("abcdef"), lengths);

        act.Should().Throw<InvalidOperationException>().WithMessage("*damaged (the string lengths do not add up to the string table)*");
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var act = () => CompiledCatalogReader.Read("0.0.0", Array.Empty<string>(), new byte[] { 2 });

        act.Should().Throw<InvalidOperationException>().WithMessage("*format version 2, this reader reads 1*");
    }

    [Fact]
    public void Bytes_after_the_last_record_are_an_error()
    {
        // Version 1, no sources, no editions, no lineages, then a stray byte.
        var act = () => CompiledCatalogReader.Read("0.0.0", Array.Empty<string>(), new byte[] { 1, 0, 0, 0, 7 });

        act.Should().Throw<InvalidOperationException>().WithMessage("*bytes are left after the last lineage*");
    }

    [Fact]
    public void An_empty_table_is_an_empty_catalogue()
    {
        var data = CompiledCatalogReader.Read("0.0.0", Array.Empty<string>(), new byte[] { 1, 0, 0, 0 });

        data.Editions.Should().BeEmpty();
        data.Sources.Should().BeEmpty();
        data.Lineages.Should().BeEmpty();
        data.Stages.Should().Equal(LifecycleStage.All);
    }
}
