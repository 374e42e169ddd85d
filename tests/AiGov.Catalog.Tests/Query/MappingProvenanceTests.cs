namespace AiGov.Catalog.Tests.Query;

/// <summary>The provenance rules themselves reject what they should, so the data tests built on them can fail.</summary>
public sealed class MappingProvenanceTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("use")]
    [InlineData("First line.\nSecond line.")]
    public void A_missing_short_or_multi_line_note_is_not_a_rationale(string? note) =>
        MappingProvenance.IsRationale(note).Should().BeFalse();

    [Fact]
    public void A_sentence_is_a_rationale() =>
        MappingProvenance.IsRationale("Disclosure accompanies the launch of a service.").Should().BeTrue();

    [Theory]
    [InlineData("4 lead: names 服务提供者 (service providers) (SRC-04, SRC-12 record A1116).", "4")]
    [InlineData("6.2 heading: the set addresses AI service providers.", "6.2")]
    [InlineData("4.1.1(b) names 部署 (deployment) (SRC-04).", "4.1.1(b)")]
    [InlineData("The section-3 lead names 设计 (design).", "3")]
    [InlineData("3.3.2(?6) text.", "3.3.2(?6)")]
    public void Clause_tokens_are_found(string note, string clause) =>
        MappingProvenance.ClausesIn(note).Should().Contain(clause);

    [Fact]
    public void Source_ids_and_record_numbers_are_not_clauses() =>
        MappingProvenance.ClausesIn("(SRC-04, SRC-12 record A1116)").Should().BeEmpty();

    [Fact]
    public void A_normative_note_without_a_clause_does_not_cite_one() =>
        MappingProvenance.CitesOwnClause("The guidelines are organised by lifecycle stage (SRC-34).", new[] { "6.1", "6" }).Should().BeFalse();

    [Fact]
    public void A_normative_note_citing_an_unrelated_clause_does_not_count() =>
        MappingProvenance.CitesOwnClause("5 lead: names 用户 (users).", new[] { "4.1.1(a)", "4.1.1", "4.1", "4" }).Should().BeFalse();

    [Fact]
    public void A_normative_note_citing_an_ancestor_counts() =>
        MappingProvenance.CitesOwnClause("4 lead: names 系统使用者 (system users).", new[] { "4.1.1(a)", "4.1.1", "4.1", "4" }).Should().BeTrue();

    [Fact]
    public void The_ancestors_of_an_item_are_its_set_and_section()
    {
        var item = GovernanceCatalog.Default.Find("1.0:6.2.f");

        MappingProvenance.OwnAndAncestorClauses(item).Should().Equal("6.2(f)", "6.2", "6");
    }
}
