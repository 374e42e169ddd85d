namespace AiGov.Catalog.Tests.Data;

/// <summary>
/// Editions stay separate (../shared/reference/README.md, rule 6) and the pitfalls of edition-3.0.md §15 "Things easy
/// to get wrong" stay avoided.
/// </summary>
public sealed class EditionSeparationTests
{
    /// <summary>
    /// Strings that edition-3.0.md shows for 3.0 and that are also 1.0 or 2.0 titles: G15 (identical to 2.0 5.11,
    /// SRC-53), 附件3 (可信人工智能基本准则, SRC-54) and the SRC-77 labels of §2 and §4.
    /// </summary>
    private static readonly string[] SharedByTheReference =
    {
        "增进协同应对人工智能失控风险的共识", "可信人工智能基本准则", "Comprehensive governance measures",

    };

    /// <summary>
    /// Strings that edition-3.0.md shows for 3.0 (SRC-53 names, SRC-77 labels) and edition-1.0.md shows as verified 1.0
    /// titles: the same wording in two editions, not 3.0 wording carried back. The titles of 1.0 5.8 and 5.10 rest on SRC-61
    /// (and SRC-62) and are the same strings as two 3.0 measure names of SRC-53 (edition-1.0.md §8, after 5.10).
    /// </summary>
    private static readonly string[] SharedWith1_0ByTheReference =
    {
        "数据安全风险", "信息内容安全风险", "算力安全风险", "供应链安全风险", "Classification of AI safety risks", "Comprehensive governance measures",
        "加大人工智能安全人才培养力度", "促进人工智能安全治理国际交流合作",
    };

    private static EditionCatalog V1 => GovernanceCatalog.Default.Edition(Edition.V1_0);

    private static EditionCatalog V2 => GovernanceCatalog.Default.Edition(Edition.V2_0);

    private static EditionCatalog V3 => GovernanceCatalog.Default.Edition(Edition.V3_0);

    /// <summary>§15: no 2.0 title is carried into 3.0 unless a 3.0 source shows the string.</summary>
    [Fact]
    public void No_2_0_title_is_reused_as_a_3_0_title_unless_the_reference_shows_it_for_3_0()
    {
        var titles2 = Texts(V2, includeTranslations: true);

        var reused = Texts(V3, includeTranslations: false).Where(titles2.Contains).Except(SharedByTheReference).ToList();

        reused.Should().BeEmpty();
    }

    /// <summary>Rule 6 the other way round: no title of 1.0 or 2.0 uses a wording that only 3.0 has.</summary>
    [Fact]
    public void No_3_0_only_wording_is_a_1_0_or_2_0_title()
    {
        var only3 = Texts(V3, includeTranslations: false).Except(SharedByTheReference).Except(SharedWith1_0ByTheReference).ToHashSet(StringComparer.Ordinal);
        only3.Should().Contain(new[] { "内生安全风险", "智能体风险管理框架", "防范措施", "行为偏离预期" });

        Texts(V1, includeTranslations: true).Concat(Texts(V2, includeTranslations: true)).Where(only3.Contains).Should().BeEmpty();
    }

    /// <summary>3.0 sources (SRC-49 on) are never evidence for a 1.0 or 2.0 title or provenance; they may appear only in aliases.</summary>
    [Fact]
    public void No_1_0_or_2_0_title_or_provenance_cites_a_3_0_source()
    {
        var only3 = GovernanceCatalog.Default.Sources.Where(s => s.Editions.Length == 1 && s.Editions[0] == Edition.V3_0).Select(s => s.Id).ToHashSet();
        only3.Should().Contain(new[] { "SRC-53", "SRC-70", "SRC-78" });

        foreach (var e in V1.Elements.Concat(V2.Elements))
        {
            e.Title.Zh.Sources.Concat(e.Title.En.Sources).Concat(e.Provenance.Sources).Where(only3.Contains).Should().BeEmpty(e.Id);
        }
    }

    /// <summary>§15: the 3.0 category names drop 技术 (and 应用 in the derivative one).</summary>
    [Fact]
    public void The_3_0_categories_drop_the_2_0_prefixes()
    {
        V3.Categories.Select(c => c.Title.Zh.Text).Should().Equal("内生安全风险", "应用安全风险", "衍生安全风险");
        V2.Categories.Select(c => c.Title.Zh.Text).Should().NotContain(V3.Categories.Select(c => c.Title.Zh.Text));
    }

    /// <summary>§15: content, personal information and real world are application risks on the better evidence.</summary>
    [Theory]
    [InlineData("信息内容安全风险")]
    [InlineData("侵害个人信息权益安全风险")]
    [InlineData("现实安全风险")]
    public void Content_personal_information_and_real_world_are_application_risks(string subcategory)
    {
        V3.Subcategories.Single(s => s.Title.Zh.Text == subcategory).Category.Clause.Should().Be("2.2");
    }

    /// <summary>§15: 附件2 in 3.0 is the agent framework; the trustworthy-AI principles moved to 附件3; in 2.0 附件2 is not the agent framework.</summary>
    [Fact]
    public void Appendix_2_is_the_agent_framework_in_3_0_only()
    {
        V3.Appendices.Select(a => a.Key).Should().Equal("appendix-1-risk-grading", "appendix-2-agent-risk-management", "appendix-3-trustworthy-ai");
        V2.Elements.Should().NotContain(e => e.Title.Zh.Text == "智能体风险管理框架");
        V2.Elements.Should().NotContain(e => e.Kind == ElementKind.RiskGrade || e.Kind == ElementKind.AppendixMeasure);
    }

    /// <summary>§15: the "42 items" are MAREF's mapping rows; at least 32 framework items are encoded, not 42.</summary>
    [Fact]
    public void The_agent_annex_has_32_items_not_42()
    {
        V3.AppendixMeasures.Should().HaveCount(32);
    }

    /// <summary>§15: CNCERT led 2.0; for 3.0 only one interested reprint names it, and not as leader.</summary>
    [Fact]
    public void CNCERT_is_not_an_issuer_of_3_0()
    {
        V3.Info.Issuer.Zh.Text.Should().Be("全国网络安全标准化技术委员会");
        (V3.Info.Issuer.En.Text ?? string.Empty).Should().NotContain("CNCERT");
        V3.Info.KnownGaps.Should().Contain(g => g.Note.Contains("CNCERT", StringComparison.Ordinal) && g.Sources.Contains("SRC-73"));
    }

    /// <summary>§15: SRC-53's "three groups" are the summary table's rows; section 4 has five groups.</summary>
    [Fact]
    public void Section_4_has_five_groups()
    {
        V3.MeasureGroups.Count(g => g.ParentId == "3.0:4").Should().Be(5);
    }

    /// <summary>§15: all page numbers are English printed pages; no Chinese page of 3.0 is known.</summary>
    [Fact]
    public void No_3_0_element_has_a_chinese_page()
    {
        V3.Elements.Where(e => e.Pages is not null).Should().OnlyContain(e => e.Pages!.Zh == null);
        V3.Elements.Count(e => e.Pages?.En != null).Should().BeGreaterThan(20);
    }

    private static HashSet<string> Texts(EditionCatalog edition, bool includeTranslations) =>
        edition.Elements.SelectMany(e => new[] { e.Title.Zh, e.Title.En })
            .Where(t => t.Text is not null && (includeTranslations || t.Status != TitleStatus.Translation))
            .Select(t => t.Text!)
            .ToHashSet(StringComparer.Ordinal);
}
