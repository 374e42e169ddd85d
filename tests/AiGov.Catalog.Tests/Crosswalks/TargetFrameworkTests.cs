namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>The target frameworks and their terms against the reference lists under ../shared/reference/crosswalks/.</summary>
public sealed class TargetFrameworkTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Theory]
    // nist-ai-rmf-1.0.md "Count check": 4 functions, 19 categories, 72 subcategories.
    [InlineData("nist-ai-rmf", "1.0", "function", 4)]
    [InlineData("nist-ai-rmf", "1.0", "category", 19)]
    [InlineData("nist-ai-rmf", "1.0", "subcategory", 72)]
    // nist-ai-600-1.md: 12 GAI risks.
    [InlineData("nist-ai-600-1", "1.0", "risk", 12)]
    // mit-ai-risk-repository.md: 7 domains, 24 sub-domains.
    [InlineData("mit-ai-risk-repository", "v3", "domain", 7)]
    [InlineData("mit-ai-risk-repository", "v3", "subdomain", 24)]
    // eu-ai-act.md: 113 articles, 13 annexes.
    [InlineData("eu-ai-act", "2024", "article", 113)]
    [InlineData("eu-ai-act", "2024", "annex", 13)]
    // iso-iec-42001.md: 9 groups, 2 sub-objectives of A.6, 38 controls.
    [InlineData("iso-iec-42001", "2023", "group", 9)]
    [InlineData("iso-iec-42001", "2023", "objective", 2)]
    [InlineData("iso-iec-42001", "2023", "control", 38)]
    public void Term_counts_per_kind_equal_the_reference(string framework, string version, string kind, int expected)
    {
        var target = Catalog.FindFramework(framework + "@" + version);

        target.Terms.Count(t => t.Kind == kind).Should().Be(expected);
        target.Terms.Select(t => t.Id).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("nist-ai-rmf", "MAP 5.1", null)]
    [InlineData("nist-ai-rmf", "MEASURE 2.13", null)]
    [InlineData("nist-ai-600-1", "harmful-bias-and-homogenization", "Harmful Bias or Homogenization")]
    [InlineData("nist-ai-600-1", "obscene-degrading-and-or-abusive-content", "Obscene, Degrading, and/or Abusive Content")]
    [InlineData("mit-ai-risk-repository", "2.1", "Compromise of privacy by obtaining, leaking or correctly inferring sensitive information")]
    [InlineData("mit-ai-risk-repository", "7.6", "Multi-agent risks")]
    [InlineData("mit-ai-risk-repository", "5", "Human-Computer Interaction")]
    [InlineData("eu-ai-act", "Art. 1", "Subject matter")]
    [InlineData("eu-ai-act", "Art. 50", "Transparency obligations for providers and deployers of certain AI systems")]
    [InlineData("eu-ai-act", "Art. 111", "AI systems already placed on the market or put into service and general-purpose AI models already placed on the marked")]
    [InlineData("eu-ai-act", "Annex III", "High-risk AI systems referred to in Article 6(2)")]
    [InlineData("iso-iec-42001", "A.5.4", "Assessing AI system impact on individuals or groups of individuals")]
    [InlineData("iso-iec-42001", "A.6.1.3", "Processes for responsible AI system design and development")]
    [InlineData("iso-iec-42001", "A.10.4", "Customers")]
    public void Spot_checked_titles_are_exactly_the_reference_titles(string framework, string id, string? title)
    {
        Catalog.FindFramework(framework).TryFindTerm(id, out var term).Should().BeTrue();

        term!.Title.Should().Be(title);
    }

    [Fact]
    public void Nist_subcategories_carry_the_final_pdf_statement_and_no_title()
    {
        Catalog.FindFramework("nist-ai-rmf").TryFindTerm("GOVERN 5.2", out var term).Should().BeTrue();

        term!.Title.Should().BeNull();
        term.Statement.Should().StartWith("Mechanisms are established to enable the team that developed or deployed AI systems to regularly incorporate");
        term.ParentId.Should().Be("GOVERN 5");
        term.PinnedId.Should().Be("GOVERN 5.2@1.0");
    }

    [Fact]
    public void Iso_and_eu_terms_have_titles_only()
    {
        foreach (var id in new[] { "iso-iec-42001", "eu-ai-act" })
        {
            Catalog.FindFramework(id).Terms.Should().OnlyContain(t => t.Statement == null && t.Title != null, because: id + " is IDs and titles only");
        }
    }

    [Fact]
    public void Iso_has_no_objective_clause_as_a_control()
    {
        var iso = Catalog.FindFramework("iso-iec-42001");

        iso.TryFindTerm("A.2.1", out _).Should().BeFalse();
        iso.TryFindTerm("A.6.1.1", out _).Should().BeFalse();
        iso.Terms.Where(t => t.Kind == "control").Should().OnlyContain(t => !t.Id.EndsWith(".1", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_framework_has_licence_citation_url_and_a_pattern_every_term_fits()
    {
        Catalog.Frameworks.Select(f => f.Id).Should().Equal("nist-ai-rmf", "nist-ai-600-1", "mit-ai-risk-repository", "eu-ai-act", "iso-iec-42001");
        foreach (var framework in Catalog.Frameworks)
        {
            framework.Licence.Should().NotBeNullOrWhiteSpace();
            framework.Citation.Should().NotBeNullOrWhiteSpace();
            framework.Url.Should().StartWith("http");
            var pattern = new System.Text.RegularExpressions.Regex(framework.IdPattern);
            framework.Terms.Should().OnlyContain(t => pattern.IsMatch(t.Id));
        }

        Catalog.FindFramework("mit-ai-risk-repository").Licence.Should().Be("CC-BY-4.0");
        Catalog.FindFramework("mit-ai-risk-repository").Citation.Should().StartWith("Slattery, P., Saeri, A. K.");
    }

    [Fact]
    public void Unknown_framework_and_unknown_term_are_errors_not_empty_results()
    {
        Catalog.TryFindFramework("nist-csf", out _).Should().BeFalse();
        FluentActions.Invoking(() => Catalog.FindFramework("nist-csf")).Should().Throw<KeyNotFoundException>().WithMessage("*nist-ai-rmf*");
        FluentActions.Invoking(() => Catalog.MappedFrom("nist-ai-rmf", "MAP 9.9")).Should().Throw<KeyNotFoundException>().WithMessage("*MAP 9.9*");
        FluentActions.Invoking(() => Catalog.Crosswalk("nist-csf")).Should().Throw<KeyNotFoundException>();
    }
}
