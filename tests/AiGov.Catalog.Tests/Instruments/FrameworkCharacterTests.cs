namespace AiGov.Catalog.Tests.Instruments;

/// <summary>The framework's own legal character per edition, against related-instruments.md §0.1 and §1.</summary>
public sealed class FrameworkCharacterTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Edition_2_0_is_a_tc260_technical_document_by_its_official_release_note()
    {
        var c = Catalog.Edition(Edition.V2_0).Info.Character;

        c.InstrumentType.Value.Should().Be("tc260-technical-document");
        c.InstrumentType.Status.Should().Be(FactStatus.Verified);
        c.InstrumentType.Sources.Should().Equal("SRC-28");
        Catalog.FindSource("SRC-28").Trust.Should().Be(SourceTrust.Official);
        c.IsBinding.Should().BeFalse();
        c.Binding.Sources.Should().Contain("SRC-33");
        c.GuidingAuthority!.Text.Should().Contain("国家网信办");
    }

    [Fact]
    public void The_type_of_1_0_is_unknown_with_the_reason()
    {
        var c = Catalog.Edition(Edition.V1_0).Info.Character;

        c.InstrumentType.Value.Should().BeNull();
        c.InstrumentType.Status.Should().Be(FactStatus.Unknown);
        c.InstrumentType.Note.Should().Contain("No source gives the official label of 1.0");
        c.IsBinding.Should().BeFalse();
        c.Binding.Sources.Should().Equal("SRC-18", "SRC-13");
    }

    [Fact]
    public void Edition_3_0_is_a_tc260_technical_document_on_partial_evidence_only()
    {
        // edition-3.0.md §1 "Nature": PARTIAL (SRC-55, SRC-52); "Guidance": VERIFIED [off] (SRC-70, SRC-71, SRC-72).
        var c = Catalog.Edition(Edition.V3_0).Info.Character;

        c.InstrumentType.Value.Should().Be("tc260-technical-document");
        c.InstrumentType.Status.Should().Be(FactStatus.Partial);
        c.InstrumentType.Sources.Should().Equal("SRC-55", "SRC-52").And.NotContain("SRC-28");
        c.IsBinding.Should().BeFalse();
        c.Binding.Status.Should().Be(FactStatus.Partial);
        c.GuidingAuthority!.Text.Should().Contain("国家互联网信息办公室");
        c.GuidingAuthority.Sources.Should().Equal("SRC-70", "SRC-71", "SRC-72");
        c.ThirdPartyClassifications.Should().BeEmpty("the Level 4 label's sources are registered for 1.0 and 2.0 only");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public void Level_4_normative_document_is_only_a_low_trust_third_party_classification(string edition)
    {
        var c = Catalog.Edition(Edition.Parse(edition)).Info.Character;

        c.InstrumentType.Value.Should().NotBe("normative-document");
        var label = c.ThirdPartyClassifications.Should().ContainSingle().Subject;
        label.Label.Should().Be("normative document (Level 4)");
        label.By.Should().Be("SRC-43");
        Catalog.FindSource(label.By).Trust.Should().Be(SourceTrust.Low);
    }
}
