using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiGov.Catalog.Tests.Coverage;

public partial class DataCoverageTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Edition_2_0_counts_per_kind_equal_the_reference()
    {
        // /work/shared/reference/edition-2.0.md §15 "Counts": 6 sections, 5 principles, 4 components, 3 categories,
        // 8 sub-categories (2 + 4 + 2), 30 candidate risk items, 4.1-4.3 (3 measure groups), 3 technical
        // countermeasures known by content (Q5, Q13, Q16), 14 governance measures, 4 guidelines with items UNKNOWN
        // (0 encoded), 2 appendices, and the three grading factors of Appendix 1 (§8).
        var expected = new Dictionary<ElementKind, int>
        {
            [ElementKind.Section] = 6,
            [ElementKind.Principle] = 5,
            [ElementKind.Component] = 4,
            [ElementKind.RiskCategory] = 3,
            [ElementKind.RiskSubcategory] = 8,
            [ElementKind.Risk] = 30,
            [ElementKind.MeasureGroup] = 3,
            [ElementKind.TechnicalMeasure] = 3,
            [ElementKind.GovernanceMeasure] = 14,
            [ElementKind.GuidelineSet] = 4,
            [ElementKind.GuidelineItem] = 0,
            [ElementKind.Appendix] = 2,
            [ElementKind.GradingFactor] = 3,
        };

        var coverage = Catalog.Coverage(Edition.V2_0);
        coverage.Counts.ToDictionary(c => c.Kind, c => c.Total).Should().Equal(expected);
        foreach (var (kind, count) in expected)
        {
            coverage.Count(kind).Should().Be(count, "edition-2.0.md §15 gives {0} {1}", count, kind);
            Catalog.Edition(Edition.V2_0).Elements.Count(e => e.Kind == kind).Should().Be(count);
        }

        coverage.Total.Should().Be(85);
    }

    [Fact]
    public void Edition_1_0_counts_per_kind_equal_the_reference()
    {
        // /work/shared/reference/edition-1.0.md §12 "Counts": 4 principles, 4 components, 2 categories, 7 risk
        // sub-sections, 26 risks, technical measures "19 verified; probably 21" (the two of 4.2.4 are PARTIAL [sec],
        // known by content only, §7 "4.2.4"), 10 governance measures, 4 guidelines with at least 35 items, no appendix;
        // §2: 6 top-level sections and the headings 4.1, 4.1.1-4.1.3, 4.2, 4.2.1-4.2.3, plus the partial 4.2.4.
        var coverage = Catalog.Coverage(Edition.V1_0);
        coverage.Counts.Select(c => c.Total).Should().Equal(6, 4, 4, 2, 7, 26, 9, 21, 10, 4, 35, 0, 0);
        coverage.Count(ElementKind.TechnicalMeasure, ProvenanceStatus.Verified).Should().Be(19);
        coverage.Count(ElementKind.TechnicalMeasure, ProvenanceStatus.Partial).Should().Be(2);
    }

    [Fact]
    public void Counts_split_by_provenance_status()
    {
        var coverage = Catalog.Coverage(Edition.V2_0);
        coverage.Count(ElementKind.MeasureGroup, ProvenanceStatus.Inferred).Should().Be(3, "4.1-4.3 are INFERRED (edition-2.0.md §9)");
        coverage.Count(ElementKind.RiskCategory, ProvenanceStatus.Verified).Should().Be(3);
        coverage.Counts.Should().OnlyContain(c => c.Total == c.Verified + c.Partial + c.Inferred);
        foreach (var count in coverage.Counts)
        {
            foreach (var status in new[] { ProvenanceStatus.Verified, ProvenanceStatus.Partial, ProvenanceStatus.Inferred })
            {
                count.Of(status).Should().Be(Catalog.Edition(Edition.V2_0).Elements.Count(e => e.Kind == count.Kind && e.Provenance.Status == status));
            }
        }
    }

    [Fact]
    public void Every_unknown_field_is_a_gap()
    {
        foreach (var edition in new[] { Edition.V1_0, Edition.V2_0 })
        {
            var coverage = Catalog.Coverage(edition);
            foreach (var element in Catalog.Edition(edition).Elements)
            {
                var fields = coverage.Gaps.Where(g => ReferenceEquals(g.Element, element)).Select(g => g.Field).ToList();
                fields.Should().OnlyHaveUniqueItems();
                var zh = element.Title.Zh;
                if (element.Kind is ElementKind.TechnicalMeasure or ElementKind.GuidelineItem)
                {
                    // Lettered sentences without titles in the framework: no title gap to close.
                    fields.Should().NotContain("title.zh").And.NotContain("title.en");
                }
                else
                {
                    Gap(coverage, element, "title.zh").Should().Be(zh.Text is null ? GapStatus.Unknown : zh.Status == TitleStatus.Partial ? GapStatus.Partial : null, "{0}'s Chinese title is {1}", element.Id, zh.Status);
                }

                if (element.Kind is not (ElementKind.TechnicalMeasure or ElementKind.GuidelineItem) && (element.Title.En.Text is null || element.Title.En.IsTranslation))
                {
                    fields.Should().Contain("title.en", "{0} has no official English title", element.Id);
                }

                if (element.Clause is null || element.Clause.Contains('?'))
                {
                    fields.Should().Contain("clause", "{0}'s clause is not known as printed", element.Id);
                }

                if (element.Pages?.Zh is null)
                {
                    fields.Should().Contain("pages.zh");
                }

                if (element.Pages?.En is null)
                {
                    fields.Should().Contain("pages.en");
                }
            }
        }
    }

    [Fact]
    public void Gaps_carry_their_status()
    {
        var v2 = Catalog.Coverage(Edition.V2_0);
        Gap(v2, Catalog.Find("2.0:employment-shock"), "clause").Should().Be(GapStatus.Inferred);
        Gap(v2, Catalog.Find("2.0:flaw-propagation-assessment"), "clause").Should().Be(GapStatus.Unknown);
        Gap(v2, Catalog.Find("2.0:3.1.2"), "clause").Should().Be(GapStatus.Inferred);
        Gap(v2, Catalog.Find("2.0:2.1"), "title.zh").Should().Be(GapStatus.Partial);
        Gap(v2, Catalog.Find("2.0:5.11"), "title.zh").Should().BeNull("its Chinese title is verified");
        Gap(v2, Catalog.Find("2.0:5.11"), "title.en").Should().Be(GapStatus.Translation);

        var v1 = Catalog.Coverage(Edition.V1_0);
        v1.Gaps.Where(g => ReferenceEquals(g.Element, Catalog.Find("1.0:3.1.1.a"))).Should().BeEmpty("explainability is fully verified, pages included");
        Gap(v1, Catalog.Find("1.0:1.2"), "title.en").Should().Be(GapStatus.Translation);
        Gap(v1, Catalog.Find("1.0:5.8"), "clause").Should().BeNull("SRC-61 gives the ten section-5 titles in order");
        Gap(v1, Catalog.Find("1.0:ethical-bias-screening"), "clause").Should().NotBeNull("its letter is not printed in any source");
        Gap(v1, Catalog.Find("1.0:5.1"), "pages.en").Should().Be(GapStatus.Unknown);
        Gap(v1, Catalog.Find("1.0:5.1"), "pages.zh").Should().BeNull();
    }

    [Fact]
    public void The_manifest_known_gaps_close_the_list()
    {
        foreach (var edition in new[] { Edition.V1_0, Edition.V2_0 })
        {
            var coverage = Catalog.Coverage(edition);
            var known = Catalog.Edition(edition).Info.KnownGaps;
            var manifest = coverage.Gaps.Where(g => g.Element is null).ToList();
            manifest.Select(g => (g.Clause, g.Note)).Should().Equal(known.Select(k => (k.Clause, (string?)k.Note)));
            manifest.Should().OnlyContain(g => g.Field == "element");
            coverage.Gaps.TakeLast(manifest.Count).Should().Equal(manifest);
        }

        Catalog.Coverage(Edition.V1_0).Gaps.Where(g => g.Element is null).Select(g => g.Clause).Should().Equal("6.2(?1)", "6.3(?1)");
    }

    [Fact]
    public void Coverage_markdown_is_the_same_under_any_culture()
    {
        var invariant = Render(CultureInfo.InvariantCulture);
        foreach (var culture in new[] { "tr-TR", "ar-SA", "zh-CN" })
        {
            Render(new CultureInfo(culture)).Should().Be(invariant);
        }

        invariant.Should().NotContain("\r");

        static string Render(CultureInfo culture)
        {
            var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                return new GovernanceCatalog(GeneratedCatalogData.Create()).Coverage(Edition.V2_0).ToMarkdown();
            }
            finally
            {
                CultureInfo.CurrentCulture = current;
                CultureInfo.CurrentUICulture = ui;
            }
        }
    }

    [Fact]
    public void An_unknown_edition_is_reported()
    {
        FluentActions.Invoking(() => Catalog.Coverage(new Edition(9, 0))).Should().Throw<KeyNotFoundException>().WithMessage("*9.0*");
    }

    private static GapStatus? Gap(DataCoverage coverage, CatalogElement element, string field) =>
        coverage.Gaps.SingleOrDefault(g => ReferenceEquals(g.Element, element) && g.Field == field)?.Status;
}
