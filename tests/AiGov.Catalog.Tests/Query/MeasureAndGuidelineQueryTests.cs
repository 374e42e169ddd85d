using System;
using System.Linq;

namespace AiGov.Catalog.Tests.Query;

public sealed class MeasureAndGuidelineQueryTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Measures_cover_technical_and_governance_measures()
    {
        Catalog.Measures(Edition.V1_0).Count.Should().Be(31);
        Catalog.Measures(Edition.V1_0).OfKind(MeasureKind.Technical).Count.Should().Be(21, "19 verified items and the two of 4.2.4 known by content");
        Catalog.Measures(Edition.V2_0).OfKind(MeasureKind.Governance).Count.Should().Be(14);
    }

    [Fact]
    public void Every_1_0_technical_measure_names_the_actors_of_the_section_4_lead()
    {
        var forAll = Catalog.Measures(Edition.V1_0).OfKind(MeasureKind.Technical)
            .For(Actor.ModelDeveloper, MappingBasis.Normative)
            .For(Actor.ServiceProvider, MappingBasis.Normative)
            .For(Actor.User, MappingBasis.Normative);

        forAll.Count.Should().Be(21, "the 4 lead applies to the items of 4.2.4 too");
    }

    [Fact]
    public void Measures_in_a_category_are_those_that_address_one_of_its_risks()
    {
        var v1 = Catalog.Edition(Edition.V1_0);
        var cognitive = v1.Subcategories.Single(s => s.Clause == "3.2.3");

        Catalog.Measures(Edition.V1_0).In(cognitive).ToIds().Should().Equal("1.0:4.2.3.b", "1.0:4.2.3.c", "1.0:5.2", "1.0:5.7");
        Catalog.Measures(Edition.V1_0).Addressing(Catalog.Find<Risk>("1.0:3.2.3.b")).At(LifecycleStage.Operation).ToIds()
            .Should().Equal("1.0:4.2.3.c", "1.0:5.2", "1.0:5.7");
        Catalog.Measures(Edition.V2_0).In(RiskArea.AiSystems).Should().BeEmpty("2.0 files its cyber-system risks under category 3.2, application risks");
        Catalog.Measures(Edition.V2_0).In(RiskArea.AiApplications).ToIds().Should().Contain("2.0:5.4");
    }

    [Fact]
    public void Measures_for_a_user_in_2_0_at_use()
    {
        Catalog.Measures(Edition.V2_0).For(Actor.User).At(LifecycleStage.Use).ToIds().Should().Equal("2.0:5.3", "2.0:5.13");
    }

    [Fact]
    public void Guidelines_are_queried_item_by_item()
    {
        var v1 = Catalog.Edition(Edition.V1_0);

        Catalog.Guidelines(Edition.V1_0).For(Actor.ServiceProvider).At(LifecycleStage.Operation).ToIds()
            .Should().Equal("1.0:6.2.f", "1.0:6.2.g", "1.0:6.2.h");
        Catalog.Guidelines(Edition.V1_0).In(v1.GuidelineSets[0]).At(LifecycleStage.TestingAndEvaluation).ToIds()
            .Should().Equal("1.0:6.1.g", "1.0:6.1.h", "1.0:6.1.i", "1.0:6.1.j");
        Catalog.Guidelines(Edition.V1_0).For(Actor.ModelDeveloper).At(LifecycleStage.ResearchAndDevelopment).ToIds()
            .Should().Equal("1.0:6.1.a", "1.0:6.1.b", "1.0:6.1.c", "1.0:6.1.d", "1.0:6.1.g", "1.0:6.1.h", "1.0:6.1.i", "1.0:6.1.j");
        Catalog.Guidelines(Edition.V2_0).Should().BeEmpty("no 2.0 guideline item is known");
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var set2_0 = Catalog.Edition(Edition.V2_0).GuidelineSets[0];
        var risk1_0 = Catalog.Find<Risk>("1.0:3.1.1.a");

        FluentActions.Invoking(() => Catalog.Measures(Edition.V2_0).Addressing(risk1_0)).Should().Throw<ArgumentException>().WithParameterName("risk");
        FluentActions.Invoking(() => Catalog.Measures(Edition.V2_0).OfKind((MeasureKind)5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => Catalog.Guidelines(Edition.V1_0).In(set2_0)).Should().Throw<ArgumentException>().WithParameterName("set");
        FluentActions.Invoking(() => Catalog.Guidelines(Edition.V1_0).In(null!)).Should().Throw<ArgumentNullException>().WithParameterName("set");
    }
}
