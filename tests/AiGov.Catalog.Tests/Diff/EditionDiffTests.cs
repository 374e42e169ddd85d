using System;
using System.Collections.Generic;
using System.Linq;

namespace AiGov.Catalog.Tests.Diff;

public partial class EditionDiffTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    private static EditionDiff Forward => Catalog.Diff(Edition.V1_0, Edition.V2_0);

    private static EditionDiff Backward => Catalog.Diff(Edition.V2_0, Edition.V1_0);

    [Fact]
    public void Counts_per_kind_and_change_follow_the_lineage_data()
    {
        // Worked out by hand from catalog/lineage/1.0-2.0.yaml: one entry per link, "same" with an equal clause and
        // parent is Unchanged, every other relation keeps its name.
        var expected = new Dictionary<(ElementKind, ChangeKind), int>
        {
            [(ElementKind.Principle, ChangeKind.Unchanged)] = 3, // 1.1, 1.3, 1.4
            [(ElementKind.Principle, ChangeKind.Reworded)] = 1, // 1.2
            [(ElementKind.Principle, ChangeKind.Added)] = 1, // 1.5
            [(ElementKind.Component, ChangeKind.Unchanged)] = 4,
            [(ElementKind.RiskCategory, ChangeKind.Renamed)] = 2, // 3.1, 3.2
            [(ElementKind.RiskCategory, ChangeKind.Added)] = 1, // 3.3
            [(ElementKind.RiskSubcategory, ChangeKind.Unchanged)] = 2, // 3.1.1, 3.1.2
            [(ElementKind.RiskSubcategory, ChangeKind.Removed)] = 1, // 3.1.3
            [(ElementKind.RiskSubcategory, ChangeKind.Split)] = 2, // 3.2.1, 3.2.4
            [(ElementKind.RiskSubcategory, ChangeKind.Moved)] = 2, // 3.2.2, 3.2.3
            [(ElementKind.Risk, ChangeKind.Unchanged)] = 8,
            [(ElementKind.Risk, ChangeKind.Moved)] = 14,
            [(ElementKind.Risk, ChangeKind.Split)] = 2, // 3.2.1(b), 3.2.4(b)
            [(ElementKind.Risk, ChangeKind.Merged)] = 1, // 3.1.1(d)
            [(ElementKind.Risk, ChangeKind.Removed)] = 1, // 3.2.1(c)
            [(ElementKind.Risk, ChangeKind.Added)] = 5, // the added links of 3.3.1(?1), 3.3.2(?2) and 3.1.1(f) target reached elements
            [(ElementKind.TechnicalMeasure, ChangeKind.Moved)] = 1, // 4.1.2(c) "same", but its 2.0 clause is unknown and it sits under 4.1
            [(ElementKind.TechnicalMeasure, ChangeKind.Added)] = 2, // flaw propagation (Q5), emergency stop (Q16)
            [(ElementKind.GovernanceMeasure, ChangeKind.Moved)] = 9,
            [(ElementKind.GovernanceMeasure, ChangeKind.Removed)] = 1, // 5.6
            [(ElementKind.GovernanceMeasure, ChangeKind.Added)] = 5, // 5.1, 5.3, 5.7, 5.8, 5.11
            [(ElementKind.GuidelineSet, ChangeKind.Unchanged)] = 1, // 6.1
            [(ElementKind.GuidelineSet, ChangeKind.Split)] = 1, // 6.2
            [(ElementKind.GuidelineSet, ChangeKind.Merged)] = 2, // 6.3, 6.4
            [(ElementKind.Appendix, ChangeKind.Added)] = 2, // 附件1, 附件2
        };

        Forward.Counts.ToDictionary(c => (c.Kind, c.ChangeKind), c => c.Count).Should().Equal(expected);
        foreach (var ((kind, change), count) in expected)
        {
            Forward.Count(kind, change).Should().Be(count, "{0} {1}", kind, change);
        }

        // One entry per link, except the added links of elements that another link already reaches (new in their own
        // right, but also a split target: 3.3.1, 3.3.2, 3.3.1(?1), 3.3.2(?2), 3.1.1(f)); the diff reports them once.
        var links = Catalog.Lineages.Single().Links;
        var reached = links.Where(l => l.FromId is not null).SelectMany(l => l.ToIds).ToHashSet();
        var alsoTargets = links.Where(l => l.FromId is null && l.ToIds.All(reached.Contains)).SelectMany(l => l.ToIds).ToList();
        alsoTargets.Should().BeEquivalentTo("2.0:3.3.1", "2.0:3.3.2", "2.0:employment-shock", "2.0:education-and-innovation", "2.0:3.1.1.f");
        Forward.Entries.Should().HaveCount(74).And.HaveCount(links.Length - alsoTargets.Count);
    }

    [Fact]
    public void Every_1_0_risk_is_the_source_of_exactly_one_entry_with_every_branch()
    {
        var risks = Catalog.Edition(Edition.V1_0).Risks;
        risks.Should().HaveCount(26);
        foreach (var risk in risks)
        {
            var sources = Forward.Entries.Where(e => e.Before.Contains(risk)).ToList();
            sources.Should().ContainSingle("1.0 risk {0} must be the source of exactly one entry", risk.Id);
            var entry = sources[0];
            entry.Kind.Should().Be(ElementKind.Risk);
            var link = Catalog.Lineages.Single().Links.Single(l => l.FromId == risk.Id);
            entry.After.Select(e => e.Id).Should().Equal(link.ToIds, "a split lists every branch, in the lineage's order");
            entry.Link.Should().BeSameAs(link);
        }
    }

    [Fact]
    public void Every_new_2_0_risk_is_added_and_every_2_0_risk_is_accounted_for()
    {
        // The risks with no 1.0 parent: lineage-1.0-2.0.md §2 (relation "added") and §3.
        var added = new[] { "2.0:3.2.1.b", "2.0:3.2.2.c", "2.0:resource-and-green-development", "2.0:research-ethics", "2.0:anthropomorphic-interaction-dependence" };
        Forward.For(ElementKind.Risk).Where(e => e.ChangeKind == ChangeKind.Added).SelectMany(e => e.After).Select(e => e.Id)
            .Should().BeEquivalentTo(added);
        foreach (var id in added)
        {
            var entry = Forward.Entries.Single(e => e.After.Any(a => a.Id == id));
            entry.ChangeKind.Should().Be(ChangeKind.Added);
            entry.Before.Should().BeEmpty();
        }

        foreach (var risk in Catalog.Edition(Edition.V2_0).Risks)
        {
            Forward.Entries.Should().Contain(e => e.After.Contains(risk), "2.0 risk {0} must be in some entry", risk.Id);
        }
    }

    [Fact]
    public void Entries_follow_the_reference_correspondence()
    {
        // Ten correspondences of lineage-1.0-2.0.md §1 (rows 1, 4, 6, 11, 15, 16, 19, 24, 25, 26).
        Single("1.0:3.1.1.a").Should().Be((ChangeKind.Unchanged, "2.0:3.1.1.a"));
        Single("1.0:3.1.1.d").Should().Be((ChangeKind.Merged, "2.0:3.1.1.e"));
        Single("1.0:3.1.1.f").Should().Be((ChangeKind.Moved, "2.0:3.1.1.e"));
        Single("1.0:3.1.3.a").Should().Be((ChangeKind.Moved, "2.0:3.2.1.a"));
        Single("1.0:3.2.1.b").Should().Be((ChangeKind.Split, "2.0:3.2.2.b, 2.0:3.2.1.d"));
        Single("1.0:3.2.1.c").Should().Be((ChangeKind.Removed, string.Empty));
        Single("1.0:3.2.2.a").Should().Be((ChangeKind.Moved, "2.0:3.2.3.a"));
        Single("1.0:3.2.4.a").Should().Be((ChangeKind.Moved, "2.0:social-bias-and-intelligence-divide"));
        Single("1.0:3.2.4.b").Should().Be((ChangeKind.Split, "2.0:social-order-challenge, 2.0:employment-shock, 2.0:education-and-innovation"));
        Single("1.0:3.2.4.c").Should().Be((ChangeKind.Moved, "2.0:self-awareness-loss-of-control"));

        static (ChangeKind, string) Single(string id)
        {
            var entry = Forward.Entries.Single(e => e.Before.Any(b => b.Id == id));
            return (entry.ChangeKind, string.Join(", ", entry.After.Select(a => a.Id)));
        }
    }

    [Fact]
    public void An_entry_carries_the_lineage_evidence_also_kinds_and_field_changes()
    {
        var entry = Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.1.3.a"));
        entry.Also.Should().Equal(ChangeKind.Merged);
        entry.Confidence.Should().Be(LineageConfidence.Medium);
        entry.Basis.Should().Be(MappingBasis.Normative);
        entry.Evidence.Should().Equal("SRC-34", "SRC-35");
        entry.Note.Should().StartWith("Judgement call");
        entry.FieldChanges.Select(c => c.ToString()).Should().Equal("clause: 3.1.3(a) → 3.2.1(a)", "parent: 1.0:3.1.3 → 2.0:3.2.1");

        var category = Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.1"));
        category.ChangeKind.Should().Be(ChangeKind.Renamed);
        category.FieldChanges.Select(c => c.ToString()).Should().Equal("title.zh: 人工智能内生安全风险 → 技术内生安全风险");

        var editorial = Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:6.2"));
        editorial.Basis.Should().Be(MappingBasis.Editorial);
        editorial.FieldChanges.Should().BeEmpty("field changes are for one-to-one entries only");
    }

    [Fact]
    public void Unchanged_entries_keep_clause_parent_and_verified_titles()
    {
        // A "same" link whose sides differ in a verified title or in clause or parent would be a data inconsistency.
        // Mappings may differ: 1.0 addresses actors, 2.0 stage roles (catalog/vocabularies/actors.yaml).
        Forward.Entries.Where(e => e.ChangeKind == ChangeKind.Unchanged)
            .Should().OnlyContain(e => e.FieldChanges.All(c => c.Field == "actors" || c.Field == "stages"));
        Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:6.1")).FieldChanges.Select(c => c.ToString())
            .Should().Equal("actors: model-developer → developer");
        Forward.Entries.Where(e => e.ChangeKind == ChangeKind.Moved && e.Before.Length == 1 && e.After.Length == 1)
            .Should().OnlyContain(e => e.FieldChanges.Any(c => c.Field == "clause" || c.Field == "parent"));
    }

    [Fact]
    public void Measure_changes_map_measures_through_the_governance_measure_lineage()
    {
        var data = Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.1.2.a")).MeasureChanges!;
        data.Shared.Select(s => s.ToString()).Should().Equal("1.0:5.3 → 2.0:5.10");
        data.Dropped.Should().BeEmpty("1.0 5.7's counterpart 2.0 5.9 is mapped to no risk, so it is not known to be dropped");
        data.CounterpartNotMapped.Select(s => s.ToString()).Should().Equal("1.0:5.7 → 2.0:5.9");
        data.New.Should().BeEmpty();
        data.UntrackedBefore.Select(m => m.Id).Should().Equal("1.0:4.1.2.a", "1.0:4.1.2.d", "1.0:4.1.2.f");

        var reuse = Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.2.1.e")).MeasureChanges!;
        reuse.New.Select(m => m.Id).Should().Equal("2.0:flaw-propagation-assessment", "2.0:5.4"); // the countermeasure is an added lineage link
        reuse.UntrackedAfter.Should().BeEmpty();

        var explainability = Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.1.1.a")).MeasureChanges!;
        explainability.Dropped.Select(m => m.Id).Should().Equal("1.0:5.6"); // 5.6 is removed in 2.0: really dropped
        explainability.CounterpartNotMapped.Select(s => s.ToString()).Should().Equal("1.0:5.7 → 2.0:5.9");

        // 1.0 4.1.2(c) → the 2.0 training-data countermeasure: both address the weapons-knowledge risk.
        var weapons = Forward.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.2.2.c")).MeasureChanges!;
        weapons.Shared.Select(s => s.ToString()).Should().Contain("1.0:4.1.2.c → 2.0:sensitive-training-data-exclusion");

        // Across the whole diff a measure whose counterpart is mapped to no risk is never reported as dropped or new.
        foreach (var changes in Forward.Entries.Select(e => e.MeasureChanges).OfType<MeasureChanges>())
        {
            changes.CounterpartNotMapped.Where(s => !s.After.Addresses.IsEmpty && !s.Before.Addresses.IsEmpty).Should().BeEmpty();
            changes.Dropped.Should().NotIntersectWith(changes.CounterpartNotMapped.Select(s => s.Before));
            changes.New.Should().NotIntersectWith(changes.CounterpartNotMapped.Select(s => s.After));
        }

        Forward.Entries.Where(e => e.Kind == ElementKind.Risk).Should().OnlyContain(e => e.MeasureChanges != null);
        Forward.Entries.Where(e => e.Kind != ElementKind.Risk).Should().OnlyContain(e => e.MeasureChanges == null);
    }

    [Fact]
    public void Kinds_the_lineage_does_not_track_are_listed_apart_and_never_as_added_or_removed()
    {
        Forward.Untracked.Select(u => (u.Kind, u.Before.Length, u.After.Length)).Should().Equal(
            (ElementKind.Section, 6, 6),
            (ElementKind.MeasureGroup, 9, 3),
            (ElementKind.TechnicalMeasure, 20, 0),
            (ElementKind.GuidelineItem, 35, 0),
            (ElementKind.GradingFactor, 0, 3));
        Forward.Kinds.Should().Equal(
            ElementKind.Principle, ElementKind.Component, ElementKind.RiskCategory, ElementKind.RiskSubcategory,
            ElementKind.Risk, ElementKind.TechnicalMeasure, ElementKind.GovernanceMeasure, ElementKind.GuidelineSet, ElementKind.Appendix);

        // Every element of both editions is in exactly one place: an entry or the untracked list.
        foreach (var (edition, side) in new[] { (Edition.V1_0, true), (Edition.V2_0, false) })
        {
            foreach (var element in Catalog.Edition(edition).Elements)
            {
                var inEntries = Forward.Entries.Any(e => (side ? e.Before : e.After).Contains(element));
                var untracked = Forward.Untracked.Any(u => (side ? u.Before : u.After).Contains(element));
                (inEntries ^ untracked).Should().BeTrue("{0} must be in an entry or untracked, not both", element.Id);
            }
        }
    }

    [Fact]
    public void An_edition_diffed_with_itself_is_unchanged_throughout()
    {
        var same = Catalog.Diff(Edition.V2_0, Edition.V2_0);
        same.Entries.Should().HaveCount(Catalog.Edition(Edition.V2_0).Elements.Length);
        same.Entries.Should().OnlyContain(e => e.ChangeKind == ChangeKind.Unchanged && e.Before.Length == 1 && e.After.Length == 1 && ReferenceEquals(e.Before[0], e.After[0]));
        same.Entries.Should().OnlyContain(e => e.Links.IsEmpty && e.Confidence == null && e.Basis == null && e.FieldChanges.IsEmpty);
        same.Entries.Where(e => e.MeasureChanges != null).Should().OnlyContain(e => !e.MeasureChanges!.HasChanges && e.MeasureChanges.UntrackedBefore.IsEmpty);
        same.Untracked.Should().BeEmpty();
        same.Lineages.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_edition_is_reported_with_the_editions_there_are()
    {
        var act = () => Catalog.Diff(Edition.V1_0, new Edition(9, 0));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*9.0*1.0, 2.0*");
        var reverse = () => Catalog.Diff(new Edition(9, 0), Edition.V2_0);
        reverse.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Diffs_are_computed_once_per_pair()
    {
        Catalog.Diff(Edition.V1_0, Edition.V2_0).Should().BeSameAs(Forward);
        Forward.EntriesOf(Catalog.Find("2.0:3.1.1.e")).Should().HaveCount(2, "1.0 3.1.1(d) and (f) both lead to 2.0 3.1.1(e)");
        Forward.For(ElementKind.TechnicalMeasure).Select(e => e.ToString()).Should().Equal(
            "TechnicalMeasure Moved 1.0:4.1.2.c → 2.0:sensitive-training-data-exclusion",
            "TechnicalMeasure Added — → 2.0:flaw-propagation-assessment",
            "TechnicalMeasure Added — → 2.0:emergency-stop-mechanisms");
        Forward.ToString().Should().Be("Diff 1.0 → 2.0 (74 entries)");
    }
}
