using System.Linq;

namespace AiGov.Catalog.Tests.Query;

/// <summary>The stage and actor vocabularies asked for by issue #4, and their crosswalks.</summary>
public sealed class LifecycleVocabularyTests
{
    private static readonly string[] Iso22989 =
    {
        "inception", "design and development", "verification and validation", "deployment", "operation and monitoring",
        "continuous validation", "re-evaluation", "retirement",
    };

    private static readonly string[] NistAiRmf =
    {
        "Plan and Design", "Collect and Process Data", "Build and Use Model", "Verify and Validate", "Deploy and Use",
        "Operate and Monitor", "Use or Impacted By",
    };

    [Fact]
    public void The_stages_are_the_lifecycle_with_the_phases_of_r_and_d()
    {
        LifecycleStage.All.Select(s => s.Key).Should().Equal(
            "research-and-development", "design", "data-collection-and-processing", "training", "testing-and-evaluation",
            "deployment", "operation", "use", "decommissioning");
        LifecycleStage.All.Where(s => s.ParentKey is not null).Should().OnlyContain(s => s.ParentKey == "research-and-development");
        LifecycleStage.All.Should().OnlyContain(s => s.TitleZh.Length > 0 && s.TitleEn.Length > 0);
    }

    [Fact]
    public void The_crosswalks_use_only_the_standards_own_stage_names_and_cover_them_all()
    {
        var iso = LifecycleStage.All.SelectMany(s => s.Iso22989).ToList();
        var nist = LifecycleStage.All.SelectMany(s => s.NistAiRmf).ToList();

        iso.Should().OnlyContain(name => Iso22989.Contains(name));
        nist.Should().OnlyContain(name => NistAiRmf.Contains(name));
        iso.Distinct().Should().BeEquivalentTo(Iso22989, "every ISO/IEC 22989 stage has a counterpart");
        nist.Distinct().Should().BeEquivalentTo(NistAiRmf, "every NIST AI RMF stage, and the people-and-planet 'Use or Impacted By', has a counterpart");
    }

    [Fact]
    public void Key_crosswalk_entries()
    {
        LifecycleStage.Training.NistAiRmf.Should().Equal("Build and Use Model");
        LifecycleStage.TestingAndEvaluation.Iso22989.Should().Equal("verification and validation");
        LifecycleStage.Operation.Iso22989.Should().Equal("operation and monitoring", "continuous validation", "re-evaluation");
        LifecycleStage.Use.NistAiRmf.Should().Contain("Use or Impacted By");
        LifecycleStage.Decommissioning.Iso22989.Should().Equal("retirement");
        LifecycleStage.Decommissioning.NistAiRmf.Should().BeEmpty("the NIST AI RMF lifecycle has no retirement stage");
    }

    [Fact]
    public void The_actors_are_the_1_0_addressees_the_2_0_roles_and_the_governance_bodies()
    {
        Actor.All.Where(a => a.Group == ActorGroup.Framework10Addressee).Select(a => a.Key)
            .Should().Equal("model-developer", "service-provider", "key-area-user", "general-user");
        Actor.All.Where(a => a.Group == ActorGroup.Framework20StageRole).Select(a => a.Key)
            .Should().Equal("developer", "deployer", "operator", "user");
        Actor.All.Where(a => a.Group == ActorGroup.GovernanceBody).Select(a => a.Key)
            .Should().Contain(new[] { "regulator", "industry-organisation", "research-institution", "social-organisation", "public" });
        Actor.SocialOrganisation.TitleZh.Should().Be("社会组织");
    }
}
