using System.Collections.Generic;
using System.Linq;

namespace AiGov.Catalog.Tests.Query;

/// <summary>
/// The data rules of issue #4, over every element of both editions. Each failure lists the offending element IDs (and
/// mappings), so that the YAML to fix can be found at once.
/// </summary>
public sealed class LifecycleMappingRulesTests
{
    public static TheoryData<string> Editions => new() { "1.0", "2.0" };

    private static EditionCatalog Of(string edition) => GovernanceCatalog.Default.Edition(Edition.Parse(edition));

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_risk_has_at_least_one_stage(string edition)
    {
        var catalog = Of(edition);
        catalog.Risks.Should().NotBeEmpty();

        var offenders = catalog.Risks.Where(r => r.Stages.IsEmpty).Select(r => r.Id).ToList();

        offenders.Should().BeEmpty("every risk of edition {0} must be mapped to a lifecycle stage; these are not: {1}", edition, string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_measure_and_guideline_item_has_at_least_one_actor(string edition)
    {
        var catalog = Of(edition);
        var elements = catalog.Measures.Cast<CatalogElement>().Concat(catalog.GuidelineItems).ToList();
        elements.Should().NotBeEmpty();

        var offenders = elements.Where(e => e.Actors.IsEmpty).Select(e => e.Id).ToList();

        offenders.Should().BeEmpty("every measure and guideline item of edition {0} must be mapped to an actor; these are not: {1}", edition, string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_editorial_mapping_has_a_one_line_rationale(string edition)
    {
        var offenders = Mappings(Of(edition))
            .Where(m => m.Basis == MappingBasis.Editorial && !MappingProvenance.IsRationale(m.Note))
            .Select(m => m.ToString())
            .ToList();

        offenders.Should().BeEmpty("every editorial stage or actor mapping of edition {0} needs a one-line rationale in its note; these lack one: {1}", edition, string.Join("; ", offenders));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_normative_mapping_cites_its_clause(string edition)
    {
        var mappings = Mappings(Of(edition)).Where(m => m.Basis == MappingBasis.Normative).ToList();
        mappings.Should().NotBeEmpty();

        var offenders = mappings
            .Where(m => !MappingProvenance.CitesOwnClause(m.Note, MappingProvenance.OwnAndAncestorClauses(m.Element)))
            .Select(m => m.ToString())
            .ToList();

        offenders.Should().BeEmpty(
            "every normative stage or actor mapping of edition {0} must cite, in its note, the element's own clause or that of the lead or heading it rests on (e.g. \"4 lead\", \"6.2 heading\", \"4.1.1(b) text\"); these do not: {1}",
            edition,
            string.Join("; ", offenders));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void No_element_maps_the_same_stage_or_actor_twice(string edition)
    {
        var offenders = Of(edition).Elements
            .Where(e => e.Stages.GroupBy(s => s.Stage.Key).Any(g => g.Count() > 1) || e.Actors.GroupBy(a => a.Actor.Key).Any(g => g.Count() > 1))
            .Select(e => e.Id)
            .ToList();

        offenders.Should().BeEmpty("a stage or actor is mapped once per element, with one basis; duplicated in: {0}", string.Join(", ", offenders));
    }

    [Fact]
    public void Every_guideline_item_of_1_0_is_mapped_normatively_to_an_actor()
    {
        var offenders = Of("1.0").GuidelineItems
            .Where(i => !i.Actors.Any(a => a.Basis == MappingBasis.Normative))
            .Select(i => i.Id)
            .ToList();

        offenders.Should().BeEmpty("the addressee of a 1.0 guideline set is stated by its heading; items without it: {0}", string.Join(", ", offenders));
    }

    private static IEnumerable<Mapping> Mappings(EditionCatalog catalog)
    {
        foreach (var element in catalog.Elements)
        {
            foreach (var stage in element.Stages)
            {
                yield return new Mapping(element, "stage " + stage.Stage.Key, stage.Basis, stage.Note);
            }

            foreach (var actor in element.Actors)
            {
                yield return new Mapping(element, "actor " + actor.Actor.Key, actor.Basis, actor.Note);
            }
        }
    }

    private sealed record Mapping(CatalogElement Element, string What, MappingBasis Basis, string? Note)
    {
        public override string ToString() => Element.Id + " → " + What + " (note: " + (Note ?? "none") + ")";
    }
}
