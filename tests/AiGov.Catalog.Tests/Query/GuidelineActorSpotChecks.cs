using System.Linq;

namespace AiGov.Catalog.Tests.Query;

/// <summary>
/// Spot checks against the reference (edition-1.0.md §9–§10): each section-6 guideline item of 1.0 maps, normatively,
/// to the actor its guideline set's heading names. The expected actors are written out here, not read from the data.
/// </summary>
public sealed class GuidelineActorSpotChecks
{
    public static TheoryData<string, string> Items1_0
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var letter in "abcdefghij")
            {
                data.Add("1.0:6.1." + letter, "model-developer");
                data.Add("1.0:6.2." + letter, "service-provider");
            }

            foreach (var letter in "abcdefghi")
            {
                data.Add("1.0:6.3." + letter, "key-area-user");
            }

            foreach (var letter in "abcdef")
            {
                data.Add("1.0:6.4." + letter, "general-user");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Items1_0))]
    public void Each_1_0_guideline_item_maps_to_the_actor_of_its_set(string id, string actorKey)
    {
        var item = GovernanceCatalog.Default.Find<GuidelineItem>(id);

        var mapping = item.Actors.SingleOrDefault(a => a.Actor.Key == actorKey);
        mapping.Should().NotBeNull("{0} belongs to {1}, whose heading names {2}", id, item.Set.Clause, actorKey);
        mapping!.Basis.Should().Be(MappingBasis.Normative);
        mapping.Note.Should().StartWith(item.Set.Clause + " heading", "the note cites the heading the mapping rests on");
        item.Set.Actors.Should().Contain(a => a.Actor.Key == actorKey && a.Basis == MappingBasis.Normative, "the set itself names the same addressee");
    }

    [Fact]
    public void The_spot_checks_cover_every_1_0_guideline_item()
    {
        var covered = Items1_0.Select(row => (string)row[0]).ToHashSet();

        GovernanceCatalog.Default.Edition(Edition.V1_0).GuidelineItems.Select(i => i.Id).Should().BeEquivalentTo(covered);
    }

    [Theory]
    [InlineData("1.0:6.1", "model-developer")]
    [InlineData("1.0:6.2", "service-provider")]
    [InlineData("1.0:6.3", "key-area-user")]
    [InlineData("1.0:6.4", "general-user")]
    public void The_items_of_a_1_0_set_name_only_its_addressee(string setId, string actorKey)
    {
        var set = GovernanceCatalog.Default.Find<GuidelineSet>(setId);

        set.Items.Should().NotBeEmpty();
        set.Items.Should().OnlyContain(i => i.Actors.Length == 1 && i.Actors[0].Actor.Key == actorKey);
    }

    [Theory]
    [InlineData("2.0:6.1", "research-and-development", "developer")]
    [InlineData("2.0:6.2", "deployment", "deployer")]
    [InlineData("2.0:6.3", "operation", "operator")]
    [InlineData("2.0:6.4", "use", "user")]
    public void Each_2_0_stage_based_guideline_maps_normatively_to_its_stage_and_role(string setId, string stageKey, string actorKey)
    {
        var set = GovernanceCatalog.Default.Find<GuidelineSet>(setId);

        set.Stages.Should().ContainSingle(s => s.Basis == MappingBasis.Normative).Which.Stage.Key.Should().Be(stageKey);
        set.Actors.Should().ContainSingle(a => a.Basis == MappingBasis.Normative).Which.Actor.Key.Should().Be(actorKey);
    }
}
