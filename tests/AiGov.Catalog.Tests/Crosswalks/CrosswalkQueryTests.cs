namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>The crosswalk queries: by element, by framework, by term, inverse predicates, and no allocation on lookup.</summary>
public sealed class CrosswalkQueryTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Fact]
    public void MappedFrom_finds_the_risks_mit_codes_to_a_subdomain()
    {
        // Reference summary of MIT's codings: sub-domain 2.2 x5.
        var rows = Catalog.MappedFrom("mit-ai-risk-repository", "2.2");

        rows.Where(m => m.Set.Id == "aisgf-1.0-mit-ai-risk-repository").Select(m => m.SubjectId)
            .Should().Equal("1.0:3.1.1.d", "1.0:3.1.1.f", "1.0:3.1.3.a", "1.0:3.1.3.b", "1.0:3.2.1.e");
        rows.Where(m => m.Set.Edition == Edition.V2_0).Select(m => m.SubjectId)
            .Should().Equal("2.0:3.1.1.e", "2.0:3.1.1.f", "2.0:3.2.1.a", "2.0:3.2.1.b");
        rows.Where(m => m.Set.Edition == Edition.V3_0).Select(m => m.SubjectId).Should().Equal(
            "3.0:2.1.1.b", "3.0:threat-injection-attacks", "3.0:data-poisoning-contamination", "3.0:2.1.4.a", "3.0:component-safety-risks",
            "3.0:abuse-identity-permissions", "3.0:invocation-execution-risks", "3.0:memory-storage-risks");
        rows.Where(m => m.Predicate == MappingPredicate.BroadMatch).Should().HaveCount(15)
            .And.OnlyContain(m => m.InversePredicate == MappingPredicate.NarrowMatch, because: "read from the sub-domain, the risk is narrower");
        rows.Where(m => m.Predicate != MappingPredicate.BroadMatch).Should().HaveCount(2)
            .And.OnlyContain(m => m.InversePredicate == MappingPredicate.RelatedMatch, because: "a related match reads the same both ways");
        Catalog.MappedFrom("mit-ai-risk-repository", "7.5").Should().BeEmpty(because: "a term nothing maps to gives no rows, not an error");
    }

    [Fact]
    public void MappingsOf_an_element_and_Crosswalk_of_a_framework_agree()
    {
        var risk = Catalog.Find<Risk>("1.0:3.1.1.a");

        Catalog.MappingsOf(risk).Select(m => m.Term.Framework.Id + " " + m.Term.PinnedId)
            .Should().Equal("mit-ai-risk-repository 7.4@v3", "nist-ai-rmf MEASURE 2.9@1.0");
        Catalog.MappingsOf("1.0:3.1.1.a").Should().Equal(Catalog.MappingsOf(risk));
        Catalog.Crosswalk("mit-ai-risk-repository").Should().HaveCount(26 + 30 + 56, because: "MIT's 26 codings of 1.0, one row per 2.0 risk and 56 rows for the 54 risks of 3.0 (two risks have two rows)");
        Catalog.MappingsOf("1.0:no-such-element").Should().BeEmpty();
    }

    [Theory]
    [InlineData(MappingPredicate.BroadMatch, MappingPredicate.NarrowMatch)]
    [InlineData(MappingPredicate.NarrowMatch, MappingPredicate.BroadMatch)]
    [InlineData(MappingPredicate.ExactMatch, MappingPredicate.ExactMatch)]
    [InlineData(MappingPredicate.CloseMatch, MappingPredicate.CloseMatch)]
    [InlineData(MappingPredicate.RelatedMatch, MappingPredicate.RelatedMatch)]
    public void Inverse_swaps_broad_and_narrow_only(MappingPredicate predicate, MappingPredicate inverse)
    {
        predicate.Inverse().Should().Be(inverse);
        predicate.Inverse().Inverse().Should().Be(predicate);
    }

    [Fact]
    public void Lookups_allocate_nothing()
    {
        _ = Catalog.MappedFrom("mit-ai-risk-repository", "2.2");
        _ = Catalog.MappingsOf("1.0:3.1.1.a");
        _ = Catalog.Crosswalk("mit-ai-risk-repository");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += Catalog.MappedFrom("mit-ai-risk-repository", "2.2").Length;
            total += Catalog.MappingsOf("1.0:3.1.1.a").Length;
            total += Catalog.Crosswalk("mit-ai-risk-repository").Length;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        total.Should().Be(100 * (17 + 2 + 112));
        allocated.Should().Be(0);
    }
}
