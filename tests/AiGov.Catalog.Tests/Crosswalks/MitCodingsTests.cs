namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>MIT's 26 codings of edition 1.0, one by one against ../shared/reference/crosswalks/mit-ai-risk-repository.md.</summary>
public sealed class MitCodingsTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    // Ev_ID, the 1.0 risk (by MIT's title = the risk's English title), MIT sub-domain, as in the reference table.
    public static TheoryData<string, string, string> Codings() => new()
    {
        { "45.01.01", "1.0:3.1.1.a", "7.4" }, { "45.01.02", "1.0:3.1.1.b", "1.1" }, { "45.01.03", "1.0:3.1.1.c", "7.3" },
        { "45.01.04", "1.0:3.1.1.d", "2.2" }, { "45.01.05", "1.0:3.1.1.e", "3.1" }, { "45.01.06", "1.0:3.1.1.f", "2.2" },
        { "45.01.07", "1.0:3.1.2.a", "2.1" }, { "45.01.08", "1.0:3.1.2.b", "1.2" }, { "45.01.09", "1.0:3.1.2.c", "7.3" },
        { "45.01.10", "1.0:3.1.2.d", "2.1" }, { "45.01.11", "1.0:3.1.3.a", "2.2" }, { "45.01.12", "1.0:3.1.3.b", "2.2" },
        { "45.01.13", "1.0:3.1.3.c", "6.4" }, { "45.02.01", "1.0:3.2.1.a", "1.2" }, { "45.02.02", "1.0:3.2.1.b", "3.1" },
        { "45.02.03", "1.0:3.2.1.c", "2.1" }, { "45.02.04", "1.0:3.2.1.d", "4.2" }, { "45.02.05", "1.0:3.2.1.e", "2.2" },
        { "45.02.06", "1.0:3.2.2.a", "7.3" }, { "45.02.07", "1.0:3.2.2.b", "4.3" }, { "45.02.08", "1.0:3.2.2.c", "4.2" },
        { "45.02.09", "1.0:3.2.3.a", "3.2" }, { "45.02.10", "1.0:3.2.3.b", "4.1" }, { "45.02.11", "1.0:3.2.4.a", "6.2" },
        { "45.02.12", "1.0:3.2.4.b", "5.2" }, { "45.02.13", "1.0:3.2.4.c", "7.1" },
    };

    private static MappingSet Set => Catalog.MappingSets.Single(s => s.Id == "aisgf-1.0-mit-ai-risk-repository");

    [Theory]
    [MemberData(nameof(Codings))]
    public void Each_coding_is_mit_s_as_published(string evidence, string riskId, string subdomain)
    {
        var row = Set.Mappings.Single(m => m.Evidence == evidence);

        row.SubjectId.Should().Be(riskId);
        row.ObjectId.Should().Be(subdomain);
        row.Term.Kind.Should().Be("subdomain");
        row.Predicate.Should().Be(MappingPredicate.BroadMatch, because: "MIT codes a risk to the broader sub-domain it falls under");
        row.IsNegated.Should().BeFalse();
        row.Author.Should().Be("MIT AI Risk Initiative");
        row.Confidence.Should().BeNull(because: "MIT gives no confidence");
        var mit = Catalog.Find<Risk>(riskId).Mit!;
        (mit.Id, mit.Domain).Should().Be((evidence, subdomain), because: "Risk.Mit is derived from MIT's set");
    }

    [Fact]
    public void The_set_is_mit_s_with_mit_s_licence_and_citation()
    {
        Set.Mappings.Should().HaveCount(26);
        Set.Edition.Should().Be(Edition.V1_0);
        Set.Framework.ToString().Should().Be("mit-ai-risk-repository@v3");
        Set.Authors.Should().Equal("MIT AI Risk Initiative");
        Set.Licence.Should().Be("https://creativecommons.org/licenses/by/4.0/");
        Set.Citation.Should().Contain("https://doi.org/10.48550/arXiv.2408.12622");
        Catalog.Edition(Edition.V1_0).Risks.Select(r => r.Id).Should().BeEquivalentTo(Set.Mappings.Select(m => m.SubjectId), because: "MIT coded every 1.0 risk");
    }
}
