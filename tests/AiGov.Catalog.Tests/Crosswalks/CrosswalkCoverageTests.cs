namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>
/// Coverage targets of issue 16 that are met (every risk of 1.0, 2.0 and 3.0 to the MIT taxonomy and to NIST AI RMF
/// subcategories; the measures of 1.0 in <see cref="MeasureCrosswalkCoverageTests"/>), the rules every editorial
/// row follows, and the coverage report of what is not yet looked at.
/// </summary>
public sealed class CrosswalkCoverageTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Theory]
    [InlineData("1.0", "mit-ai-risk-repository")]
    [InlineData("2.0", "mit-ai-risk-repository")]
    [InlineData("1.0", "nist-ai-rmf")]
    [InlineData("2.0", "nist-ai-rmf")]
    [InlineData("3.0", "mit-ai-risk-repository")]
    [InlineData("3.0", "nist-ai-rmf")]
    public void Every_risk_is_looked_at(string edition, string framework)
    {
        Catalog.NotYetMapped(Edition.Parse(edition), ElementKind.Risk, framework).Should().BeEmpty();
    }

    [Fact]
    public void The_report_lists_what_is_not_yet_looked_at()
    {
        // Guideline items are mapped to the EU AI Act only, technical measures to NIST and ISO only: the other pairs
        // are not looked at, and the report must say so rather than stay silent (21 measures, 35 items: the reference).
        var items = Catalog.NotYetMapped(Edition.V1_0, ElementKind.GuidelineItem, "nist-ai-rmf");
        items.Should().HaveCount(35);
        items.Select(e => e.Id).Should().Equal(Catalog.Edition(Edition.V1_0).GuidelineItems.Select(g => g.Id));
        Catalog.NotYetMapped(Edition.V1_0, ElementKind.TechnicalMeasure, "eu-ai-act").Should().HaveCount(21);
        Catalog.NotYetMapped(Edition.V1_0, ElementKind.TechnicalMeasure, "nist-ai-rmf").Should().BeEmpty();

        // 600-1 is for generative-AI risks only: the others are listed, the mapped ones are not.
        var gaps = Catalog.NotYetMapped(Edition.V1_0, ElementKind.Risk, "nist-ai-600-1").Select(e => e.Id).ToList();
        gaps.Should().Contain("1.0:3.1.1.a").And.NotContain("1.0:3.1.1.e");
        gaps.Should().HaveCount(26 - Catalog.Crosswalk("nist-ai-600-1").Where(m => m.Set.Edition == Edition.V1_0).Select(m => m.SubjectId).Distinct().Count());
    }

    [Fact]
    public void Editorial_rows_have_a_confidence_a_rationale_and_are_pinned()
    {
        var ours = Catalog.MappingSets.Where(s => s.Authors.Contains("AiGov.Catalog contributors")).ToList();

        // Every set is ours except MIT's own coding of 1.0.
        Catalog.MappingSets.Where(s => !s.Authors.Contains("AiGov.Catalog contributors")).Select(s => s.Id)
            .Should().Equal("aisgf-1.0-mit-ai-risk-repository");
        ours.Should().HaveCount(Catalog.MappingSets.Length - 1).And.HaveCountGreaterThanOrEqualTo(5);
        foreach (var set in ours)
        {
            set.Id.Should().Be("aisgf-" + set.Edition + "-" + set.Framework.Id);
            foreach (var m in set.Mappings)
            {
                m.Justification.Should().Be("semapv:ManualMappingCuration");
                m.Confidence.Should().NotBeNull().And.BeInRange(0.1, 0.9, because: "no editorial mapping is certain");
                m.Rationale.Should().NotBeNullOrWhiteSpace().And.NotContain("\n");
                m.SubjectId.Should().StartWith(set.Edition + ":");
                Catalog.TryFind(m.SubjectId, out var element).Should().BeTrue();
                element!.Kind.Should().NotBe(ElementKind.Principle, because: "risks, measures and guideline items are mapped");
            }
        }
    }

    [Fact]
    public void Rows_carried_through_the_lineage_keep_mit_s_subdomain_of_the_predecessor()
    {
        var carried = Catalog.MappingSets.Single(s => s.Id == "aisgf-2.0-mit-ai-risk-repository").Mappings
            .Where(m => m.Rationale.StartsWith("Carried from MIT", StringComparison.Ordinal)).ToList();

        carried.Should().HaveCountGreaterThan(15);
        foreach (var row in carried)
        {
            var evidence = System.Text.RegularExpressions.Regex.Match(row.Rationale, @"\((45\.0[12]\.[0-9]{2}),").Groups[1].Value;
            var mit = Catalog.Crosswalk("mit-ai-risk-repository").Single(m => m.Evidence == evidence);
            row.ObjectId.Should().Be(mit.ObjectId, because: row.SubjectId + " is carried from " + mit.SubjectId);
            Catalog.Predecessors(Catalog.Find(row.SubjectId)).Select(c => c.Element.Id).Should().Contain(mit.SubjectId);
        }
    }

    [Fact]
    public void A_considered_non_match_is_a_negated_skos_predicate()
    {
        var negated = Catalog.MappingsOf("2.0:research-ethics").Single(m => m.Set.Framework.Id == "mit-ai-risk-repository");

        negated.IsNegated.Should().BeTrue();
        negated.Predicate.Should().Be(MappingPredicate.BroadMatch);
        negated.ToString().Should().Contain(" not skos:broadMatch ");
    }
}
