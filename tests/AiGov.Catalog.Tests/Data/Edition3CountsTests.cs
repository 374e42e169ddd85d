namespace AiGov.Catalog.Tests.Data;

/// <summary>
/// Edition 3.0 against ../shared/reference/edition-3.0.md §16 "Counts" (rewritten 2026-12-03). The expected numbers
/// are copied from that section here; nothing is read from the reference at run time.
/// </summary>
public sealed class Edition3CountsTests
{
    private static EditionCatalog V3 => GovernanceCatalog.Default.Edition(Edition.V3_0);

    /// <summary>
    /// §16 "Elements": principles 5; framework-composition chapter 0 (no component); categories 3; sub-categories 14;
    /// risk items 54; technical-measure sub-sections 3.1, 3.2, 3.2.1, 3.3 (4) plus the 5 governance groups, both
    /// encoded as measure groups (9); technical-measure items 3 (3.2.1(a) by clause, T2 and T3 by term); governance
    /// measures 17; stage guidelines 4; guideline items known 7; appendices 3; grading elements 4; risk grades 5;
    /// agent-annex phases 9; agent-annex measure groups 7; agent-annex measure items 32 (the minimum, not 42); and
    /// the 2 parts of 附件2 of the title count. Sections: §1–§5 and the summary table (6).
    /// </summary>
    [Theory]
    [InlineData(ElementKind.Section, 6)]
    [InlineData(ElementKind.Principle, 5)]
    [InlineData(ElementKind.Component, 0)]
    [InlineData(ElementKind.RiskCategory, 3)]
    [InlineData(ElementKind.RiskSubcategory, 14)]
    [InlineData(ElementKind.Risk, 54)]
    [InlineData(ElementKind.MeasureGroup, 9)]
    [InlineData(ElementKind.TechnicalMeasure, 3)]
    [InlineData(ElementKind.GovernanceMeasure, 17)]
    [InlineData(ElementKind.GuidelineSet, 4)]
    [InlineData(ElementKind.GuidelineItem, 7)]
    [InlineData(ElementKind.Appendix, 3)]
    [InlineData(ElementKind.GradingFactor, 4)]
    [InlineData(ElementKind.RiskGrade, 5)]
    [InlineData(ElementKind.AppendixPart, 2)]
    [InlineData(ElementKind.AppendixPhase, 9)]
    [InlineData(ElementKind.AppendixMeasureGroup, 7)]
    [InlineData(ElementKind.AppendixMeasure, 32)]
    public void Edition_3_0_has_the_reference_count(ElementKind kind, int expected)
    {
        V3.Elements.Count(e => e.Kind == kind).Should().Be(expected);
    }

    /// <summary>§7: 4 + 3 + 7 + 3 inherent, 4 + 4 + 4 + 5 + 3 + 5 application, 4 + 2 + 2 + 4 derivative (account A).</summary>
    [Theory]
    [InlineData("2.1", 17)]
    [InlineData("2.2", 25)]
    [InlineData("2.3", 12)]
    [InlineData("2.1.1", 4)]
    [InlineData("2.1.2", 3)]
    [InlineData("2.1.3", 7)]
    [InlineData("2.1.4", 3)]
    [InlineData("2.2.1", 4)]
    [InlineData("2.2.2", 4)]
    [InlineData("2.2.3", 4)]
    [InlineData("2.2.4", 5)]
    [InlineData("2.2.5", 3)]
    [InlineData("2.2.6", 5)]
    [InlineData("2.3.1", 4)]
    [InlineData("2.3.2", 2)]
    [InlineData("2.3.3", 2)]
    [InlineData("2.3.4", 4)]
    public void Edition_3_0_risks_per_heading_match_the_reference(string clause, int expected)
    {
        var risks = V3.Find("3.0:" + clause) switch
        {
            RiskCategory c => c.Risks,
            RiskSubcategory s => s.Risks,
            _ => throw new Xunit.Sdk.XunitException(clause + " is not a risk heading"),
        };
        risks.Length.Should().Be(expected);
    }

    /// <summary>§13.2: the highest item numbers cited give 4 + 3 + 4 + 4 + 6 + 8 + 3 items in groups 二.1–二.7.</summary>
    [Fact]
    public void Agent_annex_measure_groups_have_the_cited_items()
    {
        V3.AppendixMeasureGroups.Select(g => g.Children.Length).Should().Equal(4, 3, 4, 4, 6, 8, 3);
    }

    /// <summary>
    /// §16 "Title status": 133 titled elements (5 sections, 3 categories, 14 sub-categories, 5 principles, 54 items,
    /// 4 technical sub-sections, 5 governance groups, 17 measures, 4 guidelines, 1 summary table, 3 appendices, 2 parts
    /// of 附件2, 9 phases, 7 measure groups). Chinese: 9 verified, 101 partial, 0 inferred, 23 unknown. English:
    /// 1 verified, 15 partial, 117 unknown (our translations count as unknown: they are not titles).
    /// </summary>
    [Fact]
    public void Title_statuses_of_the_titled_elements_match_the_reference_counts()
    {
        var titled = V3.Elements.Where(e => e.Kind is ElementKind.Section or ElementKind.RiskCategory or ElementKind.RiskSubcategory
            or ElementKind.Principle or ElementKind.Risk or ElementKind.MeasureGroup or ElementKind.GovernanceMeasure
            or ElementKind.GuidelineSet or ElementKind.Appendix or ElementKind.AppendixPart or ElementKind.AppendixPhase
            or ElementKind.AppendixMeasureGroup).ToList();

        titled.Should().HaveCount(133);
        Tally(titled.Select(e => e.Title.Zh.Status)).Should().Equal(9, 101, 23);
        Tally(titled.Select(e => e.Title.En.Status)).Should().Equal(1, 15, 117);
    }

    /// <summary>§16 "Title status", English PARTIAL: §2, §3, §4; 2.2; 2.1.3; 2.1.4(a); 3.2.1; 5.1, 5.3; 附件1; 二.2–二.6.</summary>
    [Fact]
    public void The_partial_english_titles_are_exactly_those_of_the_reference()
    {
        var partial = V3.Elements.Where(e => e.Title.En.Status == TitleStatus.Partial && e.Kind != ElementKind.TechnicalMeasure)
            .Select(e => e.Clause ?? e.Key).ToList();

        partial.Should().BeEquivalentTo(
            "2", "3", "4", "2.2", "2.1.3", "2.1.4(a)", "3.2.1", "5.1", "5.3", "附件1",
            "agent-measures-2-identity-access-management", "agent-measures-3-strengthen-human-approval",
            "agent-measures-4-supply-chain-tool-management", "agent-measures-5-dynamic-runtime-management",
            "agent-measures-6-continuous-monitoring-auditing");
    }

    /// <summary>§16: the verified Chinese titles are 附件2, its part 二 防范措施 and the seven measure groups.</summary>
    [Fact]
    public void The_verified_chinese_titles_are_exactly_those_of_the_reference()
    {
        V3.Elements.Where(e => e.Title.Zh.Status == TitleStatus.Verified).Select(e => e.Title.Zh.Text).Should().BeEquivalentTo(
            "智能体风险管理框架", "防范措施", "风险预防前置", "身份与权限管理", "加强人工审批", "供应链与工具管理", "运行时动态管理", "持续监测与审计", "停用安全管理");
    }

    /// <summary>§7 and §10: every risk and governance-measure name rests on SRC-53 alone (CN PARTIAL), never VERIFIED.</summary>
    [Fact]
    public void Risk_and_measure_names_are_partial_and_rest_on_SRC_53()
    {
        foreach (var element in V3.Risks.Cast<CatalogElement>().Concat(V3.GovernanceMeasures).Concat(V3.Subcategories).Concat(V3.Categories))
        {
            element.Title.Zh.Status.Should().Be(TitleStatus.Partial, element.Id);
            element.Title.Zh.Sources.Should().Equal(new[] { "SRC-53" }, element.Id);
        }
    }

    /// <summary>§5: no principle title is known in either language.</summary>
    [Fact]
    public void No_principle_has_a_title()
    {
        V3.Principles.Should().OnlyContain(p => p.Title.Zh.Text == null && p.Title.En.Text == null);
    }

    /// <summary>§11: 5.3.6 is the one guideline item whose text is VERIFIED [sec], on EN p. 102.</summary>
    [Fact]
    public void Log_retention_is_verified_on_page_102()
    {
        var item = V3.Find("3.0:5.3.6")!;

        item.Provenance.Status.Should().Be(ProvenanceStatus.Verified);
        item.Pages!.En!.ToString().Should().Be("102");
        V3.GuidelineItems.Count(i => i.Provenance.Status == ProvenanceStatus.Verified).Should().Be(1);
    }

    private static int[] Tally(IEnumerable<TitleStatus> statuses)
    {
        var list = statuses.ToList();
        return new[]
        {
            list.Count(s => s == TitleStatus.Verified),
            list.Count(s => s == TitleStatus.Partial),
            list.Count(s => s is TitleStatus.Unknown or TitleStatus.Translation),
        };
    }
}
