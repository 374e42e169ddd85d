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

        byte[] lists = { 2, 2, 1, 2, 1, 3 }; // two lists: [SRC-01, 可解释性] and [x…]

        var table = CompiledCatalogReader.ReadStrings(text, lengths, lists);

        table.Strings.Should().Equal("SRC-01", "可解释性", new string('x', 200));
        table.Lists.Should().HaveCount(2);
        table.Lists[0].Should().Equal("SRC-01", "可解释性");
        table.Lists[1].Should().Equal(new string('x', 200));
    }

    [Theory]
    [InlineData(new byte[] { 2, 2 })]
    [InlineData(new byte[] { 2, 5 })]
    public void String_lengths_that_do_not_match_the_text_are_an_error(byte[] lengths)
    {
        var act = () => CompiledCatalogReader.ReadStrings(Encoding.UTF8.GetBytes("abcdef"), lengths, new byte[] { 0 });

        act.Should().Throw<InvalidOperationException>().WithMessage("*damaged (the string lengths do not add up to the string table)*");
    }

    [Fact]
    public void Bytes_after_the_last_string_list_are_an_error()
    {
        var act = () => CompiledCatalogReader.ReadStrings(Encoding.UTF8.GetBytes("ab"), new byte[] { 2 }, new byte[] { 1, 1, 1, 9 });

        act.Should().Throw<InvalidOperationException>().WithMessage("*bytes are left after the last string list*");
    }

    [Fact]
    public void Identical_source_lists_are_one_shared_array()
    {
        var catalog = new GovernanceCatalog(GeneratedCatalogData.Create());
        var sources = catalog.Editions.SelectMany(e => e.Elements).Select(e => e.Provenance.Sources).Where(s => s.Length > 0).ToList();
        var distinct = sources.Select(s => string.Join(",", s)).Distinct().Count();

        sources.Should().HaveCountGreaterThan(distinct, "several elements cite the same sources");
        sources.Select(s => (object)System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(s)!).Distinct(ReferenceEqualityComparer.Instance).Should().HaveCount(distinct);
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var act = () => CompiledCatalogReader.Read("0.0.0", new CompiledStrings(Array.Empty<string>(), Array.Empty<System.Collections.Immutable.ImmutableArray<string>>()), new byte[] { 3 });

        act.Should().Throw<InvalidOperationException>().WithMessage("*format version 3, this reader reads 2*");
    }

    [Fact]
    public void Bytes_after_the_last_record_are_an_error()
    {
        // Version 2, no sources, editions, lineages, instrument levels, instruments or links, then a stray byte.
        var act = () => CompiledCatalogReader.Read("0.0.0", new CompiledStrings(Array.Empty<string>(), Array.Empty<System.Collections.Immutable.ImmutableArray<string>>()), new byte[] { 2, 0, 0, 0, 0, 0, 0, 7 });

        act.Should().Throw<InvalidOperationException>().WithMessage("*bytes are left after the last instrument link*");
    }

    [Fact]
    public void An_empty_table_is_an_empty_catalogue()
    {
        var data = CompiledCatalogReader.Read("0.0.0", new CompiledStrings(Array.Empty<string>(), Array.Empty<System.Collections.Immutable.ImmutableArray<string>>()), new byte[] { 2, 0, 0, 0, 0, 0, 0 });

        data.Editions.Should().BeEmpty();
        data.Instruments.Instruments.Should().BeEmpty();
        data.Sources.Should().BeEmpty();
        data.Lineages.Should().BeEmpty();
        data.Stages.Should().Equal(LifecycleStage.All);
    }
}
