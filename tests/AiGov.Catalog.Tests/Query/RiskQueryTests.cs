using System;
using System.Collections.Generic;
using System.Linq;

namespace AiGov.Catalog.Tests.Query;

public sealed class RiskQueryTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void A_fresh_query_holds_every_risk_of_the_edition_in_document_order()
    {
        Catalog.Risks(Edition.V1_0).ToImmutableArray().Should().Equal(Catalog.Edition(Edition.V1_0).Risks);
        Catalog.Risks(Edition.V2_0).Count.Should().Be(30);
        Catalog.Risks(Edition.V1_0).Edition.Should().Be(Edition.V1_0);
    }

    [Fact]
    public void Filters_return_new_queries_and_leave_the_original_unchanged()
    {
        var all = Catalog.Risks(Edition.V1_0);
        var atUse = all.At(LifecycleStage.Use);
        var atUseForUsers = atUse.For(Actor.User);

        all.Count.Should().Be(26);
        atUse.Count.Should().BeLessThan(26);
        atUseForUsers.Count.Should().BeLessThan(atUse.Count);
        atUseForUsers.Should().OnlyContain(r => atUse.Contains(r));
    }

    [Fact]
    public void At_includes_the_phases_of_a_stage()
    {
        var rd = Catalog.Risks(Edition.V1_0).At(LifecycleStage.ResearchAndDevelopment).ToIds();
        var phases = new[] { LifecycleStage.Design, LifecycleStage.DataCollectionAndProcessing, LifecycleStage.Training, LifecycleStage.TestingAndEvaluation }
            .SelectMany(s => Catalog.Risks(Edition.V1_0).At(s).ToIds());

        rd.Should().Contain(phases);
        rd.Should().Contain("1.0:3.2.1.e", "model-reuse flaw transmission is mapped to training, a phase of R&D, and to deployment");
        rd.Should().Contain("1.0:3.1.3.a", "defects and backdoors are mapped to R&D itself");
    }

    [Fact]
    public void At_does_not_go_up_from_a_phase_to_its_parent_stage()
    {
        var defects = Catalog.Find<Risk>("1.0:3.1.3.a");
        defects.Stages.Select(s => s.Stage).Should().Contain(LifecycleStage.ResearchAndDevelopment).And.NotContain(LifecycleStage.Training);

        Catalog.Risks(Edition.V1_0).At(LifecycleStage.Training).Should().NotContain(defects, "a mapping to R&D does not say which phase it concerns");
    }

    [Fact]
    public void At_with_a_basis_counts_only_mappings_of_that_basis()
    {
        Catalog.Risks(Edition.V1_0).At(LifecycleStage.Design, MappingBasis.Normative).ToIds().Should().Equal("1.0:3.1.1.b");
        Catalog.Risks(Edition.V1_0).At(LifecycleStage.Design, MappingBasis.Editorial).ToIds().Should().Equal("1.0:3.1.1.a");
        Catalog.Risks(Edition.V2_0).At(LifecycleStage.ResearchAndDevelopment, MappingBasis.Normative).Should().BeEmpty("no 2.0 risk text is known, so no 2.0 risk stage is normative");
    }

    [Fact]
    public void For_matches_the_actor_exactly()
    {
        var users = Catalog.Risks(Edition.V1_0).For(Actor.User);

        users.Should().Contain(r => r.Id == "1.0:3.2.1.c");
        users.Should().OnlyContain(r => r.Actors.Any(a => a.Actor.Equals(Actor.User)));
        Catalog.Risks(Edition.V1_0).For(Actor.User, MappingBasis.Normative).ToIds().Should().Equal("1.0:3.2.1.c");
        Catalog.Risks(Edition.V1_0).For(Actor.Operator).Should().BeEmpty("1.0 has no operators: its addressees are developers, service providers and users");
    }

    [Fact]
    public void In_a_category_subcategory_or_area()
    {
        var v1 = Catalog.Edition(Edition.V1_0);

        Catalog.Risks(Edition.V1_0).In(v1.Categories[1]).Count.Should().Be(13);
        Catalog.Risks(Edition.V1_0).In(v1.Subcategories[0]).ToIds().Should().Equal(v1.Subcategories[0].Risks.Select(r => r.Id));
        Catalog.Risks(Edition.V1_0).In(RiskArea.Data).ToIds().Should().Equal("1.0:3.1.2.a", "1.0:3.1.2.b", "1.0:3.1.2.c", "1.0:3.1.2.d");
        Catalog.Risks(Edition.V2_0).In(RiskArea.AiSystems).Should().BeEmpty("2.0 files its cyber-system risks under category 3.2, application risks");
        Catalog.Risks(Edition.V2_0).In(RiskArea.AiApplications).At(LifecycleStage.Deployment).ToIds().Should().StartWith("2.0:3.2.1.b");
    }

    [Fact]
    public void Matching_combines_with_stage_and_actor_filters()
    {
        Catalog.Risks(Edition.V1_0).Matching("training data").ToIds().Should().Contain("1.0:3.1.2.b");
        Catalog.Risks(Edition.V1_0).Matching("信息茧房").At(LifecycleStage.Operation).For(Actor.ServiceProvider).ToIds().Should().Equal("1.0:3.2.3.a");
        Catalog.Risks(Edition.V1_0).Matching("信息茧房").At(LifecycleStage.Deployment).Should().BeEmpty();
    }

    [Fact]
    public void The_query_enumerates_like_a_collection()
    {
        var query = Catalog.Risks(Edition.V1_0).At(LifecycleStage.Deployment);
        var seen = new List<string>();
        foreach (var risk in query)
        {
            seen.Add(risk.Id);
        }

        seen.Should().Equal(query.ToIds());
        ((IEnumerable<Risk>)query).Select(r => r.Id).Should().Equal(seen);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var query = Catalog.Risks(Edition.V1_0);
        var category2_0 = Catalog.Edition(Edition.V2_0).Categories[0];

        FluentActions.Invoking(() => Catalog.Risks(new Edition(9, 9))).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => query.At(null!)).Should().Throw<ArgumentNullException>().WithParameterName("stage");
        FluentActions.Invoking(() => query.For(null!)).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        FluentActions.Invoking(() => query.In((RiskArea)null!)).Should().Throw<ArgumentNullException>().WithParameterName("area");
        FluentActions.Invoking(() => query.In(category2_0)).Should().Throw<ArgumentException>().WithParameterName("category");
        FluentActions.Invoking(() => query.Matching(" ")).Should().Throw<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => query.At(LifecycleStage.Use, (MappingBasis)7)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("basis");
    }
}
