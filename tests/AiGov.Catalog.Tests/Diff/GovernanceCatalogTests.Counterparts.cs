using System;
using System.Linq;

namespace AiGov.Catalog.Tests.Diff;

public partial class GovernanceCatalogTests
{
    private static readonly GovernanceCatalog Default = GovernanceCatalog.Default;

    [Fact]
    public void Successors_follow_an_element_into_the_next_edition_with_its_link()
    {
        var successors = Default.Successors(Default.Find("1.0:3.2.1(b)"));
        successors.Select(c => c.Element.Id).Should().Equal("2.0:3.2.2.b", "2.0:3.2.1.d");
        successors.Should().OnlyContain(c => c.ChangeKind == ChangeKind.Split && c.Links.Length == 1 && c.Links[0].FromId == "1.0:3.2.1.b");
        successors[0].Confidence.Should().Be(LineageConfidence.Medium);
        successors[0].Basis.Should().Be(MappingBasis.Normative);

        Default.Successors(Default.Find("1.0:3.2.1(c)")).Should().BeEmpty("the lineage records it as removed");
        Default.Successors(Default.Find("1.0:4.1.1(a)")).Should().BeEmpty("technical measures are not tracked by lineage");
        Default.Successors(Default.Find("3.0:2.1.1(b)")).Should().BeEmpty("3.0 is the newest edition");
    }

    [Fact]
    public void Predecessors_follow_an_element_back_including_every_merged_source()
    {
        var predecessors = Default.Predecessors(Default.Find("2.0:3.1.1(e)"));
        predecessors.Select(c => (c.Element.Id, c.ChangeKind)).Should().Equal(("1.0:3.1.1.d", ChangeKind.Split), ("1.0:3.1.1.f", ChangeKind.Moved));
        predecessors[0].Confidence.Should().Be(LineageConfidence.Low);

        Default.Predecessors(Default.Find("2.0:employment-shock")).Select(c => c.Element.Id).Should().Equal("1.0:3.2.4.b");
        Default.Predecessors(Default.Find("2.0:research-ethics")).Should().BeEmpty("it is new in 2.0");
        Default.Predecessors(Default.Find("1.0:3.1.1(a)")).Should().BeEmpty("1.0 is the oldest edition");
        Default.Predecessors(Default.Find("2.0:5.10"), Edition.V1_0).Single().Element.Id.Should().Be("1.0:5.3");
    }

    [Fact]
    public void Counterparts_compose_across_several_editions()
    {
        var catalog = SyntheticCatalog.Create();
        var b = catalog.Find("1.0:3.1.1.b");
        catalog.Successors(b).Select(c => c.Element.Id).Should().Equal("2.0:3.1.1.b", "2.0:3.1.1.c");
        var far = catalog.Successors(b, SyntheticCatalog.V3).Single();
        far.Element.Id.Should().Be("3.0:3.1.1.b");
        far.Links.Select(l => l.FromId).Should().Equal("1.0:3.1.1.b", "2.0:3.1.1.b", "2.0:3.1.1.c");
        catalog.Predecessors(catalog.Find("3.0:3.1.1.d"), SyntheticCatalog.V1).Select(c => c.Element.Id).Should().Equal("1.0:3.1.1.d", "1.0:3.1.1.e");
        catalog.Predecessors(catalog.Find("3.0:3.1.1.d")).Select(c => c.Element.Id).Should().Equal("2.0:3.1.1.d");
    }

    [Fact]
    public void Counterpart_arguments_are_checked()
    {
        var element = Default.Find("1.0:3.1.1.a");
        FluentActions.Invoking(() => Default.Successors(null!)).Should().Throw<ArgumentNullException>().WithParameterName("element");
        FluentActions.Invoking(() => Default.Successors(element, Edition.V1_0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("edition");
        FluentActions.Invoking(() => Default.Predecessors(element, Edition.V2_0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("edition");
        FluentActions.Invoking(() => Default.Successors(element, new Edition(9, 0))).Should().Throw<System.Collections.Generic.KeyNotFoundException>();
        FluentActions.Invoking(() => SyntheticCatalog.Create().Successors(element)).Should().Throw<ArgumentException>().WithMessage("*does not belong*").WithParameterName("element");
    }
}
