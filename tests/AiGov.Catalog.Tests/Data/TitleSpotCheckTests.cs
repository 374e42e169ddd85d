namespace AiGov.Catalog.Tests.Data;

/// <summary>
/// A table-driven spot check of titles against ../shared/reference/edition-1.0.md (§2, §4, §5, §6, §8, §9).
/// "null" = the reference marks the title UNKNOWN; the status column is the reference's mark.
/// </summary>
public sealed class TitleSpotCheckTests
{
    [Theory]
    [InlineData("1.0:1.1", "包容审慎、确保安全", TitleStatus.Verified, "Be inclusive and prudent to ensure safety", TitleStatus.Verified)]
    [InlineData("1.0:1.2", "风险导向、敏捷治理", TitleStatus.Verified, "Risk-oriented, agile governance", TitleStatus.Translation)]
    [InlineData("1.0:2.1", "安全风险方面", TitleStatus.Verified, "Safety risks", TitleStatus.Translation)]
    [InlineData("1.0:3.1", "人工智能内生安全风险", TitleStatus.Verified, "AI's inherent safety risks", TitleStatus.Verified)]
    [InlineData("1.0:3.1.1", "模型算法安全风险", TitleStatus.Verified, "Model and algorithm safety risks", TitleStatus.Translation)]
    [InlineData("1.0:3.1.1.a", "可解释性差的风险", TitleStatus.Verified, "Risks of explainability", TitleStatus.Verified)]
    [InlineData("1.0:3.1.1.d", "被窃取、篡改的风险", TitleStatus.Verified, "Risks of stealing and tampering", TitleStatus.Verified)]
    [InlineData("1.0:3.1.2.b", "训练数据含不当内容、被\"投毒\"风险", TitleStatus.Verified, "Risks of improper content and poisoning in training data", TitleStatus.Verified)]
    [InlineData("1.0:3.1.2.c", null, TitleStatus.Unknown, "Risks of unregulated training data annotation", TitleStatus.Verified)]
    [InlineData("1.0:3.1.3.c", "供应链安全风险", TitleStatus.Verified, "Risks of supply chain security", TitleStatus.Verified)]
    [InlineData("1.0:3.2.1.b", "混淆事实、误导用户、绕过鉴权的风险", TitleStatus.Verified, "Risks of confusing facts, misleading users, and bypassing authentication", TitleStatus.Verified)]
    [InlineData("1.0:3.2.1.e", "模型复用的缺陷传导风险", TitleStatus.Verified, "Risks of security flaw transmission caused by model reuse", TitleStatus.Verified)]
    [InlineData("1.0:3.2.2.b", null, TitleStatus.Unknown, "Risks of using AI in illegal and criminal activities", TitleStatus.Verified)]
    [InlineData("1.0:3.2.2.c", "两用物项和技术滥用风险", TitleStatus.Verified, "Risks of misuse of dual-use items and technologies", TitleStatus.Verified)]
    [InlineData("1.0:3.2.3.a", "加剧\"信息茧房\"效应风险", TitleStatus.Verified, "Risks of amplifying the effects of \"information cocoons\"", TitleStatus.Verified)]
    [InlineData("1.0:3.2.3.b", "用于开展认知战的风险", TitleStatus.Verified, "Risks of usage in launching cognitive warfare", TitleStatus.Verified)]
    [InlineData("1.0:3.2.4.a", "加剧社会歧视偏见、扩大智能鸿沟的风险", TitleStatus.Verified, "Risks of exacerbating social discrimination and prejudice, and widening the intelligence divide", TitleStatus.Verified)]
    [InlineData("1.0:3.2.4.c", null, TitleStatus.Unknown, "Risks of AI becoming uncontrollable in the future", TitleStatus.Verified)]
    [InlineData("1.0:4.2", "针对人工智能应用安全风险", TitleStatus.Verified, "Addressing safety risks in AI applications", TitleStatus.Verified)]
    [InlineData("1.0:5.1", "实施人工智能应用分类分级管理", TitleStatus.Verified, "To implement a tiered and category-based management for AI application", TitleStatus.Verified)]
    [InlineData("1.0:5.2", "建立人工智能服务可追溯管理制度", TitleStatus.Verified, "Develop a traceability management system for AI services", TitleStatus.Verified)]
    [InlineData("1.0:5.4", "构建负责任的人工智能研发应用体系", TitleStatus.Verified, "To create a responsible AI R&D and application system", TitleStatus.Verified)]
    [InlineData("1.0:5.5", "强化人工智能供应链安全保障", TitleStatus.Verified, "Strengthen AI supply-chain security assurance", TitleStatus.Translation)]
    [InlineData("1.0:5.7", "建立人工智能安全风险威胁信息共享和应急处置机制", TitleStatus.Verified, "Establish a mechanism for sharing information on AI safety risks and threats and for emergency response", TitleStatus.Translation)]
    [InlineData("1.0:5.8", "加大人工智能安全人才培养力度", TitleStatus.Verified, "Step up the training of AI safety talent", TitleStatus.Translation)]
    [InlineData("1.0:5.9", "建立健全人工智能安全宣传教育、行业自律、社会监督机制", TitleStatus.Verified, "Establish and improve mechanisms for AI safety publicity and education, industry self-regulation and social supervision", TitleStatus.Translation)]
    [InlineData("1.0:5.10", "促进人工智能安全治理国际交流合作", TitleStatus.Verified, "Promote international exchange and cooperation on AI safety governance", TitleStatus.Translation)]
    [InlineData("1.0:6.1", "模型算法研发者安全开发指引", TitleStatus.Verified, "Safety guidelines for model algorithm developers", TitleStatus.Verified)]
    [InlineData("1.0:6.4", "社会公众安全应用指引", TitleStatus.Verified, "Safety guidelines for general users", TitleStatus.Verified)]
    public void Title_matches_the_reference(string id, string? zh, TitleStatus zhStatus, string? en, TitleStatus enStatus)
    {
        var title = GovernanceCatalog.Default.Find(id).Title;

        title.Zh.Text.Should().Be(zh);
        title.Zh.Status.Should().Be(zhStatus);
        title.En.Text.Should().Be(en);
        title.En.Status.Should().Be(enStatus);
    }

    [Theory]
    [InlineData("1.0:3.1.1.a", "3", "6")]
    [InlineData("1.0:3.1.3.a", "4-5", "8")]
    [InlineData("1.0:3.2.3.b", "6-7", "12")]
    [InlineData("1.0:3.2.4.c", "7", "13")]
    [InlineData("1.0:5.3", "11", null)]
    public void Pages_match_the_reference(string id, string? zh, string? en)
    {
        var pages = GovernanceCatalog.Default.Find(id).Pages;

        pages.Should().NotBeNull();
        pages!.Zh?.ToString().Should().Be(zh);
        pages.En?.ToString().Should().Be(en);
        (pages.Zh is null).Should().Be(zh is null);
        (pages.En is null).Should().Be(en is null);
    }

    [Fact]
    public void Wording_seen_is_kept_as_an_alias_never_as_a_title()
    {
        // edition-1.0.md §6: 3.1.2(c)'s Chinese title is not seen; 训练数据标注不规范 is wording seen in SRC-23.
        var risk = GovernanceCatalog.Default.Find("1.0:3.1.2(c)");

        risk.Title.Zh.Text.Should().BeNull();
        risk.Aliases.Should().Contain(a => a.Text == "训练数据标注不规范" && a.Sources.Contains("SRC-23"));
    }
}
