namespace AiGov.Catalog.Tests.Instruments;

/// <summary>The 27 link rows of related-instruments.md section 3, typed in from the reference.</summary>
public sealed class InstrumentLinkTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    // row, element (null = the edition as a whole), instrument, relation, basis
    public static TheoryData<string, string, string, InstrumentRelation, MappingBasis> Links() => new()
    {
        { "L1", "1.0", "global-ai-governance-initiative", InstrumentRelation.Implements, MappingBasis.StatedBySource },
        { "L2", "2.0", "global-ai-governance-initiative", InstrumentRelation.Implements, MappingBasis.StatedBySource },
        { "L3", "2.0:appendix-1-risk-grading", "ai-application-safety-grading-method", InstrumentRelation.Operationalises, MappingBasis.StatedBySource },
        { "L3", "2.0:5.5", "ai-application-safety-grading-method", InstrumentRelation.Operationalises, MappingBasis.StatedBySource },
        { "L4", "1.0:5.1", "ai-application-safety-grading-method", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L5", "1.0:5.1", "generative-ai-interim-measures", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L6", "1.0:5.2", "ai-content-labelling-measures", InstrumentRelation.Implements, MappingBasis.Editorial },
        { "L7", "1.0:5.2", "gb-45438-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L8", "1.0:5.2", "deep-synthesis-provisions", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L9", "1.0:3.2.1.b", "deep-synthesis-provisions", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L10", "1.0:3.2.1.b", "ai-content-labelling-measures", InstrumentRelation.Implements, MappingBasis.Editorial },
        { "L11", "1.0:3.2.1.a", "generative-ai-interim-measures", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L12", "1.0:3.2.1.a", "gb-t-45654-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L12", "1.0:3.2.1.a", "tc260-003", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L13", "1.0:3.2.3.a", "algorithmic-recommendation-provisions", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L14", "1.0:5.3", "personal-information-protection-law", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L14", "1.0:5.3", "data-security-law", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L15", "1.0:5.3", "gb-t-45652-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L16", "1.0:5.3", "gb-t-45674-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L16", "1.0:3.1.2.c", "gb-t-45674-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L17", "1.0:5.4", "st-ethics-review-measures-2023", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L18", "1.0:5.4", "ai-ethics-review-services-measures-2026", InstrumentRelation.Implements, MappingBasis.Editorial },
        { "L18", "2.0:5.2", "ai-ethics-review-services-measures-2026", InstrumentRelation.Implements, MappingBasis.Editorial },
        { "L19", "2.0:5.6", "ai-content-labelling-measures", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L19", "2.0:5.6", "gb-45438-2025", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L20", "2.0:5.10", "personal-information-protection-law", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L20", "2.0:5.10", "data-security-law", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L20", "2.0:5.10", "gb-t-45652-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L20", "2.0:5.10", "gb-t-45674-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L21", "2.0:5.11", "global-ai-governance-initiative", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L22", "2.0:5.1", "cybersecurity-law", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L23", "2.0:anthropomorphic-interaction-dependence", "anthropomorphic-interaction-measures-2026", InstrumentRelation.Implements, MappingBasis.Editorial },
        { "L24", "2.0:3.2.1.b", "ai-agents-implementation-opinions-2026", InstrumentRelation.Parallel, MappingBasis.Editorial },
        { "L25", "2.0:5.8", "gb-t-45654-2025", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L26", "1.0", "ai-safety-standard-system-v1", InstrumentRelation.Operationalises, MappingBasis.Editorial },
        { "L27", "1.0", "tc260-003", InstrumentRelation.Parallel, MappingBasis.Editorial },
    };

    [Fact]
    public void The_27_rows_of_the_reference_expand_to_one_link_per_element_and_instrument()
    {
        Catalog.InstrumentLinks.Select(l => l.Id).Distinct().Should().HaveCount(27);
        Catalog.InstrumentLinks.Select(l => (l.Id, l.ElementId ?? l.Edition.ToString(), l.InstrumentKey, l.Relation, l.Basis))
            .Should().Equal(Links().Select(r => ((string)r[0], (string)r[1], (string)r[2], (InstrumentRelation)r[3], (MappingBasis)r[4])));
    }

    [Fact]
    public void The_framework_implements_the_initiative_stated_by_its_preambles()
    {
        var links = Catalog.InstrumentLinksFor(Edition.V1_0).Where(l => l.InstrumentKey == "global-ai-governance-initiative").ToList();

        links.Should().ContainSingle().Which.Should().Match<InstrumentLink>(l =>
            l.Direction == LinkDirection.ElementToInstrument && l.Basis == MappingBasis.StatedBySource && l.Sources.Contains("SRC-04") && l.Element == null);
    }

    [Fact]
    public void Tc260_003_is_only_a_parallel_of_the_whole_of_1_0()
    {
        Catalog.InstrumentLinksFor(Edition.V1_0).Single(l => l.InstrumentKey == "tc260-003")
            .Should().Match<InstrumentLink>(l => l.Id == "L27" && l.Relation == InstrumentRelation.Parallel && l.Direction == LinkDirection.Both);
    }

    [Fact]
    public void Every_link_has_a_rationale_and_stated_links_name_their_sources()
    {
        Catalog.InstrumentLinks.Should().OnlyContain(l => l.Note.Length > 0);
        Catalog.InstrumentLinks.Where(l => l.Basis == MappingBasis.StatedBySource).Select(l => l.Id).Distinct().Should().Equal("L1", "L2", "L3");
        Catalog.InstrumentLinks.Where(l => l.Basis == MappingBasis.StatedBySource).Should().OnlyContain(l => !l.Sources.IsEmpty);
    }

    [Fact]
    public void Both_directions_are_typed_and_agree()
    {
        var risk = Catalog.Find("1.0:3.2.1(b)");
        var links = Catalog.InstrumentLinksFor(risk);

        links.Select(l => l.InstrumentKey).Should().Equal("deep-synthesis-provisions", "ai-content-labelling-measures");
        links.Should().OnlyContain(l => ReferenceEquals(l.Element, risk));
        Catalog.FindInstrument("deep-synthesis-provisions").Elements.Select(e => e.Id).Should().Equal("1.0:5.2", "1.0:3.2.1.b");
        Catalog.FindInstrument("tc260-003").Elements.Select(e => e.Id).Should().Equal(new[] { "1.0:3.2.1.a" }, "the whole-edition link L27 has no element");
        Catalog.InstrumentLinksFor(Catalog.Find("1.0:3.1.1(a)")).Should().BeEmpty();
    }
}
