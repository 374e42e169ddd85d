using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>
/// The edition-3.0 risk crosswalks (issue 16, "extend to edition 3.0"): every 3.0 risk looked at for MIT and NIST AI RMF,
/// generative-AI risks to NIST AI 600-1, and the MIT rows carried through the 2.0 → 3.0 lineage checked against the 2.0
/// rows they carry.
/// </summary>
public sealed class Edition3RiskCrosswalkTests
{
    private const string CarriedPrefix = "Carried from the 2.0 row";

    private static readonly Regex Edition2Id = new(@"2\.0:[a-z0-9][a-z0-9.\-]*[a-z0-9]", RegexOptions.CultureInvariant);
    private static readonly Regex MitEvidence = new(@"45\.0[12]\.[0-9]{2}", RegexOptions.CultureInvariant);

    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    private static MappingSet Set(string id) => Catalog.MappingSets.Single(s => s.Id == id);

    private static ImmutableArray<CrosswalkMapping> Mit3 => Set("aisgf-3.0-mit-ai-risk-repository").Mappings;

    private static ImmutableArray<CrosswalkMapping> Mit2 => Set("aisgf-2.0-mit-ai-risk-repository").Mappings;

    [Fact]
    public void Edition_3_0_has_the_54_risk_items_of_the_reference()
    {
        // edition-3.0.md §7 count check: 17 inherent + 25 application + 12 derivative = 54.
        Catalog.Risks(Edition.V3_0).Count.Should().Be(17 + 25 + 12);
    }

    [Theory]
    [InlineData("mit-ai-risk-repository")]
    [InlineData("nist-ai-rmf")]
    public void Every_3_0_risk_is_looked_at(string framework)
    {
        Catalog.NotYetMapped(Edition.V3_0, ElementKind.Risk, framework).Should().BeEmpty();
        Catalog.Crosswalk(framework).Where(m => m.Set.Edition == Edition.V3_0 && Catalog.Find(m.SubjectId).Kind == ElementKind.Risk)
            .Select(m => m.SubjectId).Distinct().Should().HaveCount(54);
    }

    [Fact]
    public void Rows_carried_through_the_lineage_repeat_the_2_0_row_of_a_predecessor()
    {
        var carried = Mit3.Where(m => m.Rationale.StartsWith(CarriedPrefix, StringComparison.Ordinal)).ToList();

        carried.Should().HaveCountGreaterThan(25);
        foreach (var row in carried)
        {
            var because = row.SubjectId + " says it is carried";
            row.Rationale.Should().Contain("through the lineage (").And.Contain("not MIT's own coding of 3.0", because);
            var named = Edition2Id.Matches(row.Rationale).Select(m => m.Value).Distinct().ToList();
            named.Should().NotBeEmpty(because);
            var predecessors = Catalog.Predecessors(Catalog.Find(row.SubjectId)).Select(c => c.Element.Id).ToList();
            var evidence = MitEvidence.Matches(row.Rationale).Select(m => m.Value).ToList();
            foreach (var id in named)
            {
                predecessors.Should().Contain(id, because: row.SubjectId + " is carried from " + id);
                var source = Mit2.Single(m => m.SubjectId == id);
                row.ObjectId.Should().Be(source.ObjectId, because);
                row.Predicate.Should().Be(source.Predicate, because);
                row.IsNegated.Should().Be(source.IsNegated, because);

                // Where the 2.0 row is itself carried from MIT's coding of 1.0, the 3.0 row cites that coding; where it is
                // our own 2.0 judgement, it says so and cites none.
                var sourceEvidence = MitEvidence.Matches(source.Rationale).Select(m => m.Value).ToList();
                if (sourceEvidence.Count == 0)
                {
                    row.Rationale.Should().Contain("our own 2.0 judgement", because);
                }
                else
                {
                    evidence.Should().IntersectWith(sourceEvidence, because);
                }
            }

            evidence.Where(e => !named.Any(id => Mit2.Single(m => m.SubjectId == id).Rationale.Contains(e, StringComparison.Ordinal)))
                .Should().BeEmpty(because: row.SubjectId + " cites only MIT codings that its 2.0 rows carry");
        }
    }

    [Fact]
    public void Every_3_0_risk_with_a_2_0_predecessor_is_carried_or_departs_from_it_by_name()
    {
        // lineage-2.0-3.0.md §2: 32 of the 54 have a 2.0 parent and one more (2.1.3(?2)) is "added or reworded", which the
        // lineage encodes as a split of 2.0 3.1.2(a): 33.
        var withPredecessor = Catalog.Risks(Edition.V3_0).Where(r => !Catalog.Predecessors(r).IsEmpty).Select(r => r.Id).ToList();
        withPredecessor.Should().HaveCount(33);

        foreach (var id in withPredecessor)
        {
            var rows = Mit3.Where(m => m.SubjectId == id).ToList();
            rows.Should().ContainSingle(because: id + " continues a 2.0 risk");
            var rationale = rows[0].Rationale;
            var departs = rationale.StartsWith("Split from 2.0:", StringComparison.Ordinal);
            (rationale.StartsWith(CarriedPrefix, StringComparison.Ordinal) || departs).Should().BeTrue(because: id + ": " + rationale);
            if (departs)
            {
                var from = Edition2Id.Match(rationale).Value;
                Catalog.Predecessors(Catalog.Find(id)).Select(c => c.Element.Id).Should().Contain(from);
                Mit2.Single(m => m.SubjectId == from).ObjectId.Should().NotBe(rows[0].ObjectId, because: "a departure says why it differs");
            }
        }

        // The other 21 are new: our own judgement, never said to be carried.
        var added = Mit3.Where(m => !withPredecessor.Contains(m.SubjectId)).ToList();
        added.Select(m => m.SubjectId).Distinct().Should().HaveCount(54 - 33);
        added.Should().OnlyContain(m => m.Rationale.StartsWith("New in 3.0: ", StringComparison.Ordinal) || m.Rationale.StartsWith("Considered: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Considered_non_matches_are_negated_rows_with_a_reason()
    {
        var negated = Mit3.Where(m => m.IsNegated).Select(m => m.SubjectId).ToList();

        negated.Should().Equal("3.0:cultural-reshaping-intrusion", "3.0:aggravating-research-ethics-risks");
        Catalog.MappingsOf("3.0:cultural-reshaping-intrusion").Single(m => m.Set.Framework.Id == "mit-ai-risk-repository")
            .ToString().Should().Be("3.0:cultural-reshaping-intrusion not skos:broadMatch mit-ai-risk-repository 4.1@v3");
    }

    [Fact]
    public void Nist_600_1_rows_cover_the_generative_ai_risks_and_the_report_lists_the_rest()
    {
        var mapped = Set("aisgf-3.0-nist-ai-600-1").Mappings.Select(m => m.SubjectId).Distinct().ToList();
        var gaps = Catalog.NotYetMapped(Edition.V3_0, ElementKind.Risk, "nist-ai-600-1").Select(e => e.Id).ToList();

        gaps.Should().HaveCount(54 - mapped.Count).And.NotIntersectWith(mapped);
        gaps.Should().Contain("3.0:weak-robustness", because: "robustness has no generative-AI counterpart in 600-1, as in 1.0 and 2.0");
        mapped.Should().Contain("3.0:hallucinated-output");
        Catalog.MappingsOf("3.0:hallucinated-output").Single(m => m.Set.Framework.Id == "nist-ai-600-1").ObjectId.Should().Be("confabulation");
    }

    [Fact]
    public void Nist_ai_rmf_risk_rows_are_related_matches_and_answer_the_reverse_query()
    {
        var risks = Set("aisgf-3.0-nist-ai-rmf").Mappings.Where(m => Catalog.Find(m.SubjectId).Kind == ElementKind.Risk).ToList();

        risks.Should().OnlyContain(m => m.Predicate == MappingPredicate.RelatedMatch && !m.IsNegated);
        Catalog.MappedFrom("nist-ai-rmf", "MAP 5.1").Select(m => m.SubjectId)
            .Should().Contain("3.0:shock-labour-employment-structure").And.Contain("2.0:employment-shock");
        Catalog.MappedFrom("nist-ai-rmf", "MAP 3.3").Select(m => m.SubjectId).Should().Contain("3.0:risk-mismatch-application-needs");
    }
}
