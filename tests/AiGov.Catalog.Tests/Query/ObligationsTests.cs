using System;
using System.Collections.Generic;
using System.Linq;

namespace AiGov.Catalog.Tests.Query;

/// <summary>The "applies" rule of <see cref="Obligations"/>: actor and stage (or a phase of it); no stage means stage-independent.</summary>
public sealed class ObligationsTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Obligations_agree_with_the_queries()
    {
        foreach (var edition in new[] { Edition.V1_0, Edition.V2_0 })
        {
            foreach (var actor in Catalog.Actors)
            {
                foreach (var stage in Catalog.Stages)
                {
                    var obligations = Catalog.Obligations(edition, actor, stage);

                    obligations.Measures.Should().Equal(Catalog.Measures(edition).For(actor).At(stage).ToImmutableArray(), "{0} {1} {2}", edition, actor, stage);
                    obligations.GuidelineItems.Should().Equal(Catalog.Guidelines(edition).For(actor).At(stage).ToImmutableArray(), "{0} {1} {2}", edition, actor, stage);
                }
            }
        }
    }

    [Fact]
    public void An_element_with_the_actor_but_no_stage_is_listed_apart_as_stage_independent()
    {
        var obligations = Catalog.Obligations(Edition.V2_0, Actor.Regulator, LifecycleStage.Use);

        obligations.Measures.Select(m => m.Id).Should().Equal("2.0:5.6", "2.0:5.10");
        obligations.StageIndependent.Select(e => e.Id).Should().Equal("2.0:5.1", "2.0:5.11", "2.0:5.14");
        obligations.StageIndependent.Should().OnlyContain(e => e.Stages.IsEmpty && e.Actors.Any(a => a.Actor.Equals(Actor.Regulator)));
        obligations.Measures.Should().NotIntersectWith(obligations.StageIndependent.OfType<Measure>());
    }

    [Fact]
    public void ToString_says_whose_obligations_they_are_and_how_many_of_each_kind()
    {
        var obligations = Catalog.Obligations(Edition.V2_0, Actor.Regulator, LifecycleStage.Use);

        obligations.ToString().Should().Be(
            "Obligations of regulator at use in 2.0: 2 measures, " + obligations.GuidelineItems.Length + " guideline items, "
            + obligations.GuidelineSets.Length + " guideline set" + (obligations.GuidelineSets.Length == 1 ? string.Empty : "s") + ", 3 stage-independent");
        Catalog.Obligations(Edition.V1_0, Actor.ServiceProvider, LifecycleStage.Operation).ToString()
            .Should().StartWith("Obligations of service-provider at operation in 1.0: ").And.EndWith(", 3 stage-independent");
    }

    [Fact]
    public void An_element_with_the_actor_and_other_stages_only_does_not_apply()
    {
        var ethics = Catalog.Find<Measure>("2.0:5.2");
        ethics.Actors.Should().Contain(a => a.Actor.Equals(Actor.Regulator));
        ethics.Stages.Select(s => s.Stage).Should().Equal(LifecycleStage.ResearchAndDevelopment);

        var obligations = Catalog.Obligations(Edition.V2_0, Actor.Regulator, LifecycleStage.Use);

        obligations.Measures.Should().NotContain(ethics);
        obligations.StageIndependent.Should().NotContain(ethics);
    }

    [Fact]
    public void Stage_independent_elements_are_the_same_at_every_stage()
    {
        var lists = Catalog.Stages.Select(s => Catalog.Obligations(Edition.V1_0, Actor.ServiceProvider, s).StageIndependent.Select(e => e.Id).ToList()).ToList();

        lists.Should().AllSatisfy(l => l.Should().Equal("1.0:5.8", "1.0:5.9", "1.0:5.10"));
    }

    [Fact]
    public void A_phase_of_the_stage_asked_about_counts()
    {
        var obligations = Catalog.Obligations(Edition.V1_0, Actor.ModelDeveloper, LifecycleStage.ResearchAndDevelopment);

        obligations.GuidelineItems.Select(i => i.Id).Should().Contain("1.0:6.1.c", "6.1(c) is mapped to training, a phase of R&D");
        Catalog.Obligations(Edition.V1_0, Actor.ModelDeveloper, LifecycleStage.Training).Measures.Select(m => m.Id)
            .Should().NotContain("1.0:4.1.1.b", "4.1.1(b) is mapped to R&D as a whole, not to training");
    }

    [Fact]
    public void Guideline_sets_answer_for_2_0_whose_items_are_unknown()
    {
        Catalog.Obligations(Edition.V2_0, Actor.Operator, LifecycleStage.Operation).GuidelineSets.Select(s => s.Id).Should().Equal("2.0:6.3");
        Catalog.Obligations(Edition.V2_0, Actor.Developer, LifecycleStage.Training).GuidelineSets.Should().BeEmpty("6.1 is mapped to R&D as a whole");
        Catalog.Obligations(Edition.V2_0, Actor.Developer, LifecycleStage.ResearchAndDevelopment).GuidelineSets.Select(s => s.Id).Should().Equal("2.0:6.1");
        Catalog.Obligations(Edition.V1_0, Actor.ServiceProvider, LifecycleStage.Operation).GuidelineSets.Should().BeEmpty("1.0's sets are mapped to their addressee, not to a stage");
    }

    [Fact]
    public void Nothing_applies_to_an_actor_the_edition_does_not_address()
    {
        var obligations = Catalog.Obligations(Edition.V1_0, Actor.Deployer, LifecycleStage.Deployment);

        obligations.IsEmpty.Should().BeTrue();
        obligations.StageIndependent.Should().BeEmpty();
        obligations.Edition.Should().Be(Edition.V1_0);
        obligations.Actor.Should().Be(Actor.Deployer);
        obligations.Stage.Should().Be(LifecycleStage.Deployment);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Catalog.Obligations(Edition.V1_0, null!, LifecycleStage.Use)).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        FluentActions.Invoking(() => Catalog.Obligations(Edition.V1_0, Actor.User, null!)).Should().Throw<ArgumentNullException>().WithParameterName("stage");
        FluentActions.Invoking(() => Catalog.Obligations(new Edition(4, 0), Actor.User, LifecycleStage.Use)).Should().Throw<KeyNotFoundException>();
    }
}
