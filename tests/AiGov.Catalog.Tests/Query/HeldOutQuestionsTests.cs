using System.Linq;

namespace AiGov.Catalog.Tests.Query;

/// <summary>
/// Questions a host app asks, answered through the public API. Every expected ID was checked by hand against the
/// mappings in catalog/editions/*/ and the reference notes; a change to the data that changes an answer fails here.
/// </summary>
public sealed class HeldOutQuestionsTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Measures_that_apply_to_a_service_provider_at_operation_in_2_0()
    {
        var obligations = Catalog.Obligations(Edition.V2_0, Actor.ServiceProvider, LifecycleStage.Operation);

        obligations.Measures.Select(m => m.Id).Should().Equal(
            "2.0:emergency-stop-mechanisms", // circuit breakers and one-click control act on a system in service
            "2.0:5.3", // full-lifecycle safety management: operation (normative, SRC-34's description of 5.3)
            "2.0:5.5", // classification and risk grading: managed by grade while applications run
            "2.0:5.6", // traceability of generated content: labelling as the service produces it
            "2.0:5.7", // important industries: operational monitoring and emergency plans
            "2.0:5.9"); // sharing risk and threat information while systems are in service
        obligations.GuidelineSets.Select(s => s.Id).Should().Equal("2.0:6.3");
        obligations.GuidelineItems.Should().BeEmpty();
        obligations.StageIndependent.Should().BeEmpty();
        Catalog.Measures(Edition.V2_0).At(LifecycleStage.Operation).For(Actor.ServiceProvider).ToImmutableArray().Should().Equal(obligations.Measures);
    }

    [Fact]
    public void Measures_and_guidelines_that_apply_to_a_service_provider_at_operation_in_1_0()
    {
        var obligations = Catalog.Obligations(Edition.V1_0, Actor.ServiceProvider, LifecycleStage.Operation);

        obligations.Measures.Select(m => m.Id).Should().Equal(
            "1.0:4.1.1.b", "1.0:4.1.2.f", "1.0:4.1.3.a", "1.0:4.1.3.b", "1.0:4.1.3.c", "1.0:4.1.3.d",
            "1.0:4.2.1.a", "1.0:4.2.1.b", "1.0:4.2.2.a", "1.0:4.2.3.a", "1.0:4.2.3.b", "1.0:4.2.3.c",
            "1.0:ethical-bias-screening", "1.0:ethical-emergency-control",
            "1.0:5.1", "1.0:5.2", "1.0:5.7");
        obligations.GuidelineItems.Select(i => i.Id).Should().Equal("1.0:6.2.f", "1.0:6.2.g", "1.0:6.2.h");
        obligations.StageIndependent.Select(e => e.Id).Should().Equal("1.0:5.8", "1.0:5.9", "1.0:5.10");
    }

    [Fact]
    public void Risks_that_matter_at_deployment_in_1_0()
    {
        Catalog.Risks(Edition.V1_0).At(LifecycleStage.Deployment).ToIds().Should().Equal(
            "1.0:3.1.1.d", // stealing and tampering: a released model's parameters are within reach
            "1.0:3.2.1.e", // flaws of reused models pass into the products built on them
            "1.0:3.2.2.a"); // AI put into service in finance, energy, telecoms, transport
    }

    [Fact]
    public void Risks_that_matter_at_deployment_for_a_service_provider_in_2_0()
    {
        Catalog.Risks(Edition.V2_0).At(LifecycleStage.Deployment).For(Actor.ServiceProvider).ToIds().Should().Equal(
            "2.0:3.1.1.f", // defect propagation and open source
            "2.0:3.2.1.b", // agent permissions granted at set-up
            "2.0:3.2.3.a"); // AI introduced into critical infrastructure
    }

    [Fact]
    public void What_a_model_developer_must_do_at_testing_in_1_0()
    {
        var obligations = Catalog.Obligations(Edition.V1_0, Actor.ModelDeveloper, LifecycleStage.TestingAndEvaluation);

        obligations.Measures.Select(m => m.Id).Should().Equal("1.0:5.1");
        obligations.GuidelineItems.Select(i => i.Id).Should().Equal("1.0:6.1.g", "1.0:6.1.h", "1.0:6.1.i", "1.0:6.1.j");
    }

    [Fact]
    public void What_general_users_must_do_at_use_in_1_0()
    {
        var obligations = Catalog.Obligations(Edition.V1_0, Actor.GeneralUser, LifecycleStage.Use);

        obligations.Measures.Should().BeEmpty("neither the section-4 nor the section-5 lead names general users");
        obligations.GuidelineItems.Select(i => i.Id).Should().Equal("1.0:6.4.a", "1.0:6.4.b", "1.0:6.4.c", "1.0:6.4.d", "1.0:6.4.e", "1.0:6.4.f");
    }

    [Fact]
    public void Data_risks_at_training_in_2_0()
    {
        Catalog.Risks(Edition.V2_0).In(RiskArea.Data).At(LifecycleStage.Training).ToIds().Should().Equal("2.0:3.1.2.b");
    }
}
