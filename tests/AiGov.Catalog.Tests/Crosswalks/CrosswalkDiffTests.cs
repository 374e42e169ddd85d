using System.Collections.Immutable;
using System.Text.Json;

namespace AiGov.Catalog.Tests.Crosswalks;

/// <summary>
/// The crosswalk mappings of an edition diff (issue 16, item 7): per entry, the rows shared, new and dropped between the
/// editions, compared by framework version, term, predicate and negation; rows the other edition has not encoded are not
/// dropped. The expected rows are those of <c>catalog/crosswalks/sets/</c> for 1.0 and 2.0, read through the lineage.
/// </summary>
public sealed class CrosswalkDiffTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    private static DiffEntry EntryOf(EditionDiff diff, string beforeId) =>
        diff.Entries.Single(e => e.Before.Any(b => b.Id == beforeId));

    private static IEnumerable<string> Keys(IEnumerable<CrosswalkMapping> rows) =>
        rows.Select(r => r.Set.Framework.Id + " " + r.Term.PinnedId + (r.IsNegated ? " not " : " ") + r.Predicate.ToCurie());

    [Fact]
    public void A_risk_kept_from_1_0_shares_mits_sub_domain_with_its_2_0_counterpart()
    {
        // MIT codes 1.0 3.1.1(a) to 7.4 (45.01.01); the 2.0 set carries 7.4 to 2.0 3.1.1(a) through the lineage (same).
        var diff = Catalog.Diff(Edition.V1_0, Edition.V2_0);
        var entry = EntryOf(diff, "1.0:3.1.1.a");

        var shared = entry.Mappings.Shared.Single(s => s.Before.Set.Framework.Id == "mit-ai-risk-repository");

        shared.Before.SubjectId.Should().Be("1.0:3.1.1.a");
        shared.After.SubjectId.Should().Be("2.0:3.1.1.a");
        shared.Before.ObjectId.Should().Be("7.4");
        shared.Before.Author.Should().Be("MIT AI Risk Initiative");
        shared.After.Author.Should().Be("AiGov.Catalog contributors", "the shared row is matched by its key, not by who wrote it");
        entry.Mappings.Dropped.Should().BeEmpty();
        entry.Mappings.New.Should().BeEmpty();
        diff.ToMarkdown().Should().Contain("  - Mappings: shared `mit-ai-risk-repository:7.4@v3` broadMatch, `nist-ai-rmf:MEASURE 2.9@1.0` relatedMatch\n");
    }

    [Fact]
    public void A_row_the_counterpart_lacks_is_dropped_and_a_changed_predicate_is_dropped_and_new()
    {
        var diff = Catalog.Diff(Edition.V1_0, Edition.V2_0);

        // 1.0 3.1.2(a) relates to MEASURE 2.10 and MAP 4.1; 2.0 3.1.2(a) keeps MEASURE 2.10 without MAP 4.1.
        var kept = EntryOf(diff, "1.0:3.1.2.a").Mappings;
        Keys(kept.Dropped).Should().Equal("nist-ai-rmf MAP 4.1@1.0 skos:relatedMatch");
        kept.New.Should().BeEmpty();
        kept.NotComparedBefore.Should().BeEmpty();

        // 1.0 3.2.2(c) is broader than 600-1's CBRN risk; its 2.0 counterpart 3.2.3(c) is a close match of it.
        var cbrn = EntryOf(diff, "1.0:3.2.2.c").Mappings;
        Keys(cbrn.Dropped).Should().Equal("nist-ai-600-1 cbrn-information-or-capabilities@1.0 skos:broadMatch");
        Keys(cbrn.New).Should().Equal("nist-ai-600-1 cbrn-information-or-capabilities@1.0 skos:closeMatch");
        cbrn.HasChanges.Should().BeTrue();

        var markdown = diff.ToMarkdown();
        markdown.Should().Contain("dropped from 1.0 `nist-ai-rmf:MAP 4.1@1.0` relatedMatch");
        markdown.Should().Contain("new in 2.0 `nist-ai-600-1:cbrn-information-or-capabilities@1.0` closeMatch; dropped from 1.0 `nist-ai-600-1:cbrn-information-or-capabilities@1.0` broadMatch");
    }

    [Fact]
    public void A_split_shares_a_row_of_several_branches_once_and_the_reverse_diff_reads_new_as_dropped()
    {
        // 1.0 3.2.4(b) (MIT 5.2, MAP 5.1) splits into social order (5.2, MAP 5.1), employment (6.2, MAP 5.1) and
        // education (related 6.3, MAP 5.1).
        var forward = EntryOf(Catalog.Diff(Edition.V1_0, Edition.V2_0), "1.0:3.2.4.b");
        forward.After.Should().HaveCount(3);

        Keys(forward.Mappings.Shared.Select(s => s.Before)).Should().Equal("mit-ai-risk-repository 5.2@v3 skos:broadMatch", "nist-ai-rmf MAP 5.1@1.0 skos:relatedMatch");
        forward.Mappings.Shared.Select(s => s.After.SubjectId).Should().Equal("2.0:social-order-challenge", "2.0:social-order-challenge");
        Keys(forward.Mappings.New).Should().Equal("mit-ai-risk-repository 6.2@v3 skos:broadMatch", "mit-ai-risk-repository 6.3@v3 skos:relatedMatch");
        forward.Mappings.New.Select(r => r.SubjectId).Should().Equal("2.0:employment-shock", "2.0:education-and-innovation");
        forward.Mappings.Dropped.Should().BeEmpty();

        // Read backwards, the three 2.0 risks share one entry (merged into 1.0 3.2.4(b)): 6.2 and 6.3 are dropped.
        var backward = EntryOf(Catalog.Diff(Edition.V2_0, Edition.V1_0), "2.0:employment-shock");
        backward.Before.Should().HaveCount(3);
        backward.After.Select(a => a.Id).Should().Equal("1.0:3.2.4.b");
        Keys(backward.Mappings.Dropped).Should().Equal("mit-ai-risk-repository 6.2@v3 skos:broadMatch", "mit-ai-risk-repository 6.3@v3 skos:relatedMatch");
        backward.Mappings.New.Should().BeEmpty();
        Keys(backward.Mappings.Shared.Select(s => s.After)).Should().Equal("mit-ai-risk-repository 5.2@v3 skos:broadMatch", "nist-ai-rmf MAP 5.1@1.0 skos:relatedMatch");
    }

    [Fact]
    public void A_considered_non_match_of_an_added_risk_is_new_and_keeps_its_negation_in_every_rendering()
    {
        // 2.0 research ethics is new in 2.0; the 2.0 MIT set records that MIT 6.5 was considered and does not match.
        var diff = Catalog.Diff(Edition.V1_0, Edition.V2_0);
        var entry = diff.EntriesOf(Catalog.Find("2.0:research-ethics")!).Single();
        entry.ChangeKind.Should().Be(ChangeKind.Added);

        var negated = entry.Mappings.New.Single(r => r.IsNegated);
        negated.ObjectId.Should().Be("6.5");
        entry.Mappings.NotComparedAfter.Should().BeEmpty("an added risk has no earlier side to be silent");

        diff.ToMarkdown().Should().Contain("`mit-ai-risk-repository:6.5@v3` not broadMatch");
        var json = JsonDocument.Parse(diff.ToJson()).RootElement.GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("after").EnumerateArray().Any(a => a.GetProperty("id").GetString() == "2.0:research-ethics"));
        var row = json.GetProperty("mappingChanges").GetProperty("new").EnumerateArray().Single(r => r.GetProperty("object").GetString() == "6.5");
        row.GetProperty("predicate").GetString().Should().Be("skos:broadMatch");
        row.GetProperty("predicateModifier").GetString().Should().Be("Not");
        row.GetProperty("frameworkVersion").GetString().Should().Be("v3");
        row.GetProperty("subject").GetString().Should().Be("2.0:research-ethics");
        diff.ToCsv().Should().Contain("mit-ai-risk-repository:6.5@v3 not broadMatch");
    }

    [Fact]
    public void An_edition_without_a_set_for_a_framework_drops_none_of_its_rows()
    {
        // The same 1.0 -> 2.0 diff with 2.0's NIST AI 600-1 set taken away: 1.0's rows to 600-1 are not compared.
        var catalog = new GovernanceCatalog(GeneratedCatalogData.Create());
        var diff = DiffBuilder.Build(catalog, catalog.Edition(Edition.V1_0), catalog.Edition(Edition.V2_0));
        diff.MappingsOf = e => Catalog.MappingsOf(e).Where(m => !(m.Set.Edition == Edition.V2_0 && m.Set.Framework.Id == "nist-ai-600-1")).ToImmutableArray();
        diff.HasMappingSet = (edition, framework) => Catalog.MappingSets.Any(s => s.Edition == edition && s.Framework == framework && !(edition == Edition.V2_0 && framework.Id == "nist-ai-600-1"));

        var cbrn = EntryOf(diff, "1.0:3.2.2.c").Mappings;

        Keys(cbrn.NotComparedBefore).Should().Equal("nist-ai-600-1 cbrn-information-or-capabilities@1.0 skos:broadMatch");
        cbrn.Dropped.Should().BeEmpty();
        cbrn.New.Should().BeEmpty();
        diff.Entries.Where(e => !e.After.IsEmpty).SelectMany(e => e.Mappings.Dropped).Should().NotContain(r => r.Set.Framework.Id == "nist-ai-600-1", "only a removed risk drops its rows");
        var markdown = diff.ToMarkdown();
        markdown.Should().Contain("in 1.0 (2.0's mappings to `nist-ai-600-1@1.0` not encoded yet) `nist-ai-600-1:cbrn-information-or-capabilities@1.0` broadMatch");
        markdown.Should().NotContain("dropped from 1.0 `nist-ai-600-1:");
        diff.ToCsv().Should().Contain("nist-ai-600-1:cbrn-information-or-capabilities@1.0 broadMatch");
    }

    [Fact]
    public void A_counterpart_not_yet_looked_at_is_said_so_where_its_edition_has_a_set()
    {
        // 2.0's 600-1 set exists but, with 2.0 3.2.3(c)'s rows hidden, that risk is not looked at for 600-1.
        var catalog = new GovernanceCatalog(GeneratedCatalogData.Create());
        var diff = DiffBuilder.Build(catalog, catalog.Edition(Edition.V1_0), catalog.Edition(Edition.V2_0));
        diff.MappingsOf = e => e.Id == "2.0:3.2.3.c" ? Catalog.MappingsOf(e).Where(m => m.Set.Framework.Id != "nist-ai-600-1").ToImmutableArray() : Catalog.MappingsOf(e);
        diff.HasMappingSet = (edition, framework) => Catalog.MappingSets.Any(s => s.Edition == edition && s.Framework == framework);

        EntryOf(diff, "1.0:3.2.2.c").Mappings.NotComparedBefore.Should().ContainSingle();
        diff.ToMarkdown().Should().Contain("in 1.0 (2.0 counterpart not yet mapped to `nist-ai-600-1@1.0`) `nist-ai-600-1:cbrn-information-or-capabilities@1.0` broadMatch");
    }

    [Fact]
    public void No_diff_drops_or_adds_a_row_to_a_framework_the_other_side_is_silent_about()
    {
        foreach (var from in Catalog.Editions.Select(e => e.Edition))
        {
            foreach (var to in Catalog.Editions.Select(e => e.Edition))
            {
                foreach (var entry in Catalog.Diff(from, to).Entries)
                {
                    var before = entry.Before.SelectMany(e => Catalog.MappingsOf(e)).ToList();
                    var after = entry.After.SelectMany(e => Catalog.MappingsOf(e)).ToList();
                    var m = entry.Mappings;
                    (m.Shared.Length + m.Dropped.Length + m.NotComparedBefore.Length).Should().Be(before.Select(Key).Distinct().Count(), entry.ToString());
                    (m.Shared.Length + m.New.Length + m.NotComparedAfter.Length).Should().Be(after.Select(Key).Distinct().Count(), entry.ToString());
                    if (!entry.After.IsEmpty)
                    {
                        m.Dropped.Where(r => !after.Any(a => a.Set.Framework == r.Set.Framework)).Should().BeEmpty(entry.ToString());
                    }

                    if (!entry.Before.IsEmpty)
                    {
                        m.New.Where(r => !before.Any(b => b.Set.Framework == r.Set.Framework)).Should().BeEmpty(entry.ToString());
                    }

                    m.NotComparedBefore.Where(r => after.Any(a => a.Set.Framework == r.Set.Framework)).Should().BeEmpty(entry.ToString());
                    m.NotComparedAfter.Where(r => before.Any(b => b.Set.Framework == r.Set.Framework)).Should().BeEmpty(entry.ToString());
                }
            }
        }
    }

    [Fact]
    public void An_edition_compared_with_itself_shares_every_row()
    {
        var diff = Catalog.Diff(Edition.V2_0, Edition.V2_0);
        var rows = Catalog.MappingSets.Where(s => s.Edition == Edition.V2_0).Sum(s => s.Mappings.Length);
        rows.Should().BeGreaterThan(0);

        diff.Entries.Sum(e => e.Mappings.Shared.Length).Should().Be(rows);
        diff.Entries.Should().OnlyContain(e => !e.Mappings.HasChanges && e.Mappings.NotComparedBefore.IsEmpty && e.Mappings.NotComparedAfter.IsEmpty);
        var entry = diff.Entries[0];
        entry.Mappings.Should().BeSameAs(entry.Mappings, "computed once per entry and kept");
    }

    private static string Key(CrosswalkMapping r) => r.Set.Framework + " " + r.ObjectId + " " + r.Predicate + " " + r.IsNegated;
}
