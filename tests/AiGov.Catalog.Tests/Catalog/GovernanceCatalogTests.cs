namespace AiGov.Catalog.Tests.Catalog;

/// <summary>Lookup, navigation and the default instance.</summary>
public sealed class GovernanceCatalogTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Theory]
    [InlineData("1.0:3.1.1.a")]
    [InlineData("1.0:3.1.1(a)")]
    [InlineData("1.0:explainability")]
    public void Find_accepts_the_id_the_printed_clause_and_the_key(string id)
    {
        var element = Catalog.Find(id);

        element.Id.Should().Be("1.0:3.1.1.a");
        element.Clause.Should().Be("3.1.1(a)");
        element.Should().BeSameAs(Aisgf.V1_0.Risks.Explainability);
    }

    [Fact]
    public void Typed_accessors_and_id_constants_point_at_the_default_instances()
    {
        Aisgf.V1_0.Ids.Explainability.Should().Be("1.0:3.1.1.a");
        Aisgf.V1_0.Risks.Explainability.Should().BeSameAs(Catalog.Find(Aisgf.V1_0.Ids.Explainability));
        Aisgf.V1_0.Catalog.Should().BeSameAs(Catalog.Edition(Edition.V1_0));
        Aisgf.V2_0.Principles.TrustworthyApplicationAgainstLossOfControl.Clause.Should().Be("1.5");
    }

    [Fact]
    public void Find_of_an_unknown_id_throws_a_clear_exception_and_TryFind_returns_false()
    {
        var find = () => Catalog.Find("1.0:9.9.9");

        find.Should().Throw<KeyNotFoundException>().WithMessage("*1.0:9.9.9*");
        Catalog.TryFind("1.0:9.9.9", out var missing).Should().BeFalse();
        missing.Should().BeNull();
        Catalog.TryFind("2.0:3.3", out var found).Should().BeTrue();
        found!.Kind.Should().Be(ElementKind.RiskCategory);
    }

    [Fact]
    public void Find_rejects_null()
    {
        var find = () => Catalog.Find(null!);

        find.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Find_of_the_wrong_type_says_what_the_element_is()
    {
        var find = () => Catalog.Find<Risk>("1.0:3.1");

        find.Should().Throw<InvalidCastException>().WithMessage("*RiskCategory*");
    }

    [Fact]
    public void Unknown_edition_throws_with_the_editions_it_has()
    {
        var edition = () => Catalog.Edition(new Edition(9, 0));

        edition.Should().Throw<KeyNotFoundException>().WithMessage("*9.0*1.0, 2.0*");
    }

    [Fact]
    public void Navigation_goes_both_ways_through_the_hierarchy()
    {
        var risk = Aisgf.V1_0.Risks.Explainability;

        risk.Subcategory.Clause.Should().Be("3.1.1");
        risk.Category.Clause.Should().Be("3.1");
        risk.Subcategory.Risks.Should().Contain(risk);
        risk.Category.Subcategories.Should().Contain(risk.Subcategory);
        risk.Category.Risks.Should().Contain(risk);
        risk.Parent.Should().BeSameAs(risk.Subcategory);
        risk.Subcategory.Children.Should().Contain(risk);
        risk.Catalog.Edition.Should().Be(Edition.V1_0);
    }

    [Fact]
    public void A_risk_leads_to_its_measures_and_back()
    {
        // edition-1.0.md §7: 4.1.1(a) addresses 3.1.1(a).
        var risk = Catalog.Find<Risk>("1.0:3.1.1(a)");
        var measure = Catalog.Find<Measure>("1.0:4.1.1(a)");

        risk.Measures.Should().Contain(measure);
        measure.Risks.Should().Contain(risk);
        measure.MeasureKind.Should().Be(MeasureKind.Technical);
        measure.Kind.Should().Be(ElementKind.TechnicalMeasure);
    }

    [Fact]
    public void Guideline_sets_lead_to_their_items_and_back()
    {
        var set = Catalog.Find<GuidelineSet>("1.0:6.2");

        set.Items.Should().HaveCount(10);
        set.Items.Should().OnlyContain(i => i.Set == set);
        set.Items.Select(i => i.Clause).Should().StartWith("6.2(a)");
    }

    [Fact]
    public void Elements_are_in_document_order()
    {
        var clauses = Catalog.Edition(Edition.V1_0).Risks.Select(r => r.Clause).ToList();

        clauses.First().Should().Be("3.1.1(a)");
        clauses.Last().Should().Be("3.2.4(c)");
        Catalog.Edition(Edition.V1_0).GovernanceMeasures.Select(m => m.Clause).Should().Equal("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10");
    }

    [Fact]
    public void Default_is_one_instance_even_when_first_touched_from_many_threads()
    {
        var instances = new GovernanceCatalog[16];
        Parallel.For(0, instances.Length, i => instances[i] = GovernanceCatalog.Default);

        instances.Should().OnlyContain(c => ReferenceEquals(c, instances[0]));
    }

    [Fact]
    public void Editions_and_data_version_are_exposed()
    {
        Catalog.Editions.Select(e => e.Edition).Should().Equal(Edition.V1_0, Edition.V2_0, Edition.V3_0);
        Catalog.DataVersion.Should().MatchRegex(@"^\d{4}\.\d+\.\d+$");
        Catalog.Edition(Edition.V1_0).Info.Released.Should().Be(new DateTime(2024, 9, 9));
        Catalog.Edition(Edition.V2_0).Info.Released.Should().Be(new DateTime(2025, 9, 15));
        Catalog.Edition(Edition.V2_0).Info.Completeness.Should().Be(EditionCompleteness.Partial);
        Catalog.Edition(Edition.V3_0).Info.Released.Should().Be(new DateTime(2026, 9, 14));
        Edition.Compiled.Should().Equal(Edition.V1_0, Edition.V2_0, Edition.V3_0);
    }

    [Fact]
    public void Vocabularies_are_exposed_as_typed_members()
    {
        Catalog.Stages.Should().Contain(LifecycleStage.Deployment);
        LifecycleStage.Training.ParentKey.Should().Be("research-and-development");
        Catalog.Actors.Should().Contain(Actor.ServiceProvider);
        Catalog.Areas.Should().Equal(RiskArea.ModelsAndAlgorithms, RiskArea.Data, RiskArea.AiSystems, RiskArea.AiApplications);
    }

    [Fact]
    public void Sources_are_looked_up_with_their_trust_level()
    {
        Catalog.FindSource("SRC-04").Trust.Should().Be(SourceTrust.Official);
        Catalog.FindSource("SRC-10").Trust.Should().Be(SourceTrust.ReputableSecondary);
        Catalog.FindSource("SRC-46").Trust.Should().Be(SourceTrust.Low);
        Catalog.TryFindSource("SRC-999", out _).Should().BeFalse();
        var find = () => Catalog.FindSource("SRC-999");
        find.Should().Throw<KeyNotFoundException>().WithMessage("*SRC-999*");
    }
}
