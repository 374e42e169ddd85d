using System.Collections.Immutable;

namespace AiGov.Catalog.Tests.Data;

/// <summary>Every reference in the data resolves, every ID is unique, every risk is addressed or says why not.</summary>
public sealed class ReferenceIntegrityTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    public static TheoryData<string> Editions() => new() { "1.0", "2.0" };

    [Fact]
    public void Validate_finds_no_problem()
    {
        var validate = () => Catalog.Validate();

        validate.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_parent_resolves_to_an_element_of_the_same_edition(string edition)
    {
        var catalog = Catalog.Edition(Edition.Parse(edition));

        var dangling = catalog.Elements.Where(e => e.ParentId is not null && !catalog.TryFind(e.ParentId, out _)).Select(e => e.Id);

        dangling.Should().BeEmpty();
        catalog.Elements.Where(e => e is not (Section or Appendix)).Should().OnlyContain(e => e.Parent != null);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_measure_address_resolves_to_a_risk_heading_or_risk(string edition)
    {
        var catalog = Catalog.Edition(Edition.Parse(edition));

        var bad = catalog.Measures
            .SelectMany(m => m.Addresses.Select(a => (m.Id, a.TargetId, Target: catalog.Find(a.TargetId))))
            .Where(x => x.Target is not (Risk or RiskSubcategory or RiskCategory))
            .Select(x => x.Id + " → " + x.TargetId);

        bad.Should().BeEmpty();
    }

    [Fact]
    public void Ids_and_keys_are_unique_across_the_catalogue()
    {
        var all = Catalog.Editions.SelectMany(e => e.Elements).ToList();

        all.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        all.Select(e => e.Edition + ":" + e.Key).Should().OnlyHaveUniqueItems();
        all.Should().OnlyContain(e => e.Id.StartsWith(e.Edition + ":", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_risk_is_addressed_by_a_measure_or_says_why_not(string edition)
    {
        var risks = Catalog.Edition(Edition.Parse(edition)).Risks;

        risks.Where(r => r.Measures.IsEmpty && string.IsNullOrWhiteSpace(r.UnaddressedNote)).Select(r => r.Id).Should().BeEmpty();
    }

    [Fact]
    public void Measure_and_risk_navigation_agree_in_both_directions()
    {
        foreach (var edition in Catalog.Editions)
        {
            foreach (var risk in edition.Risks)
            {
                foreach (var measure in risk.Measures)
                {
                    measure.Risks.Should().Contain(risk, because: measure.Id + " is listed by " + risk.Id);
                }
            }

            foreach (var measure in edition.Measures)
            {
                foreach (var risk in measure.Risks)
                {
                    risk.Measures.Should().Contain(measure, because: risk.Id + " is listed by " + measure.Id);
                }
            }
        }
    }

    [Fact]
    public void Every_cited_source_is_in_the_registry()
    {
        var cited = Catalog.Editions.SelectMany(e => e.Elements)
            .SelectMany(e => e.Provenance.Sources.Concat(e.Title.Zh.Sources).Concat(e.Title.En.Sources).Concat(e.Aliases.SelectMany(a => a.Sources)))
            .Concat(Catalog.Lineages.SelectMany(l => l.Links).SelectMany(l => l.Evidence))
            .Distinct();

        cited.Where(id => !Catalog.TryFindSource(id, out _)).Should().BeEmpty();
        Catalog.Sources.Should().HaveCount(64, because: "sources.md registers SRC-01 to SRC-59, and SRC-60 to SRC-64 were added on 2026-12-03 for editions 1.0 and 2.0");
        Catalog.Sources.Select(s => s.Id).Should().Contain(new[] { "SRC-60", "SRC-61", "SRC-62", "SRC-63", "SRC-64" });
    }

    [Fact]
    public void Unknown_titles_have_no_text_and_translations_are_english_only()
    {
        var titles = Catalog.Editions.SelectMany(e => e.Elements).SelectMany(e => new[] { (e.Id, Lang: "zh", T: e.Title.Zh), (e.Id, Lang: "en", T: e.Title.En) }).ToList();

        titles.Where(t => t.T.Status == TitleStatus.Unknown && t.T.Text is not null).Select(t => t.Id + " " + t.Lang).Should().BeEmpty();
        titles.Where(t => t.T.Status == TitleStatus.Translation && t.Lang == "zh").Select(t => t.Id).Should().BeEmpty();
        titles.Where(t => t.T.Text is null && t.T.Status is TitleStatus.Verified or TitleStatus.Translation).Select(t => t.Id + " " + t.Lang).Should().BeEmpty();
    }

    [Fact]
    public void Every_editorial_mapping_has_a_rationale()
    {
        var elements = Catalog.Editions.SelectMany(e => e.Elements).ToList();

        var stages = elements.SelectMany(e => e.Stages.Where(s => s.Basis == MappingBasis.Editorial && string.IsNullOrWhiteSpace(s.Note)).Select(_ => e.Id));
        var actors = elements.SelectMany(e => e.Actors.Where(a => a.Basis == MappingBasis.Editorial && string.IsNullOrWhiteSpace(a.Note)).Select(_ => e.Id));
        var addresses = elements.OfType<Measure>().SelectMany(m => m.Addresses.Where(a => a.Basis == MappingBasis.Editorial && string.IsNullOrWhiteSpace(a.Note)).Select(_ => m.Id));
        var areas = elements.OfType<Risk>().Where(r => r.AreaBasis == MappingBasis.Editorial && string.IsNullOrWhiteSpace(r.AreaNote)).Select(r => r.Id);

        stages.Concat(actors).Concat(addresses).Concat(areas).Should().BeEmpty();
    }

    [Fact]
    public void Edition_1_0_risk_areas_follow_its_own_hierarchy()
    {
        // design §3: in 1.0 the area follows 3.1.1 / 3.1.2 / 3.1.3 / 3.2 (normative).
        var expected = new Dictionary<string, RiskArea>
        {
            ["1.0:3.1.1"] = RiskArea.ModelsAndAlgorithms,
            ["1.0:3.1.2"] = RiskArea.Data,
            ["1.0:3.1.3"] = RiskArea.AiSystems,
        };

        foreach (var risk in Catalog.Edition(Edition.V1_0).Risks)
        {
            var area = expected.TryGetValue(risk.ParentId!, out var a) ? a : RiskArea.AiApplications;
            risk.Area.Should().Be(area, because: risk.Id);
            risk.AreaBasis.Should().Be(MappingBasis.Normative, because: risk.Id);
        }
    }

    [Fact]
    public void Mit_crosswalk_covers_all_26_risks_in_document_order()
    {
        // edition-1.0.md §11: 45.01.01–.13 = 3.1.1(a) … 3.1.3(c); 45.02.01–.13 = 3.2.1(a) … 3.2.4(c).
        var ids = Catalog.Edition(Edition.V1_0).Risks.Select(r => r.Mit?.Id).ToImmutableArray();

        ids.Should().Equal(Enumerable.Range(1, 13).Select(n => $"45.01.{n:00}").Concat(Enumerable.Range(1, 13).Select(n => $"45.02.{n:00}")));
    }
}
