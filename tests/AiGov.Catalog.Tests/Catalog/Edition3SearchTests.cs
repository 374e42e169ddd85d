namespace AiGov.Catalog.Tests.Catalog;

/// <summary>Search finds the 3.0 agent and embodied-AI sub-categories and what 2.0 had of them.</summary>
public sealed class Edition3SearchTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Theory]
    [InlineData("智能体")]
    [InlineData("agent")]
    public void Agent_search_finds_the_3_0_sub_category_and_its_2_0_antecedent(string query)
    {
        var ids = Catalog.Search(query).Select(h => h.Id).ToList();

        ids.Should().Contain("3.0:2.2.1").And.Contain("2.0:3.2.1.b"); // 2.0's one agent item became the 3.0 sub-category
        ids.Should().Contain("3.0:appendix-2-agent-risk-management");
    }

    /// <summary>Embodied AI is new in 3.0 (lineage-2.0-3.0.md §4.5, added): 2.0 has no element to find.</summary>
    [Theory]
    [InlineData("具身智能")]
    [InlineData("embodied")]
    public void Embodied_search_finds_the_3_0_sub_category_and_no_2_0_element(string query)
    {
        var hits = Catalog.Search(query);

        hits.Select(h => h.Id).Should().Contain("3.0:2.2.2");
        hits.Should().NotContain(h => h.Edition == Edition.V2_0);
    }
}
