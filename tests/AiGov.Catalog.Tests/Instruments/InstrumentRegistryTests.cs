namespace AiGov.Catalog.Tests.Instruments;

/// <summary>
/// The registry of related instruments against ../shared/reference/related-instruments.md: 22 instruments (section 2a,
/// with the marks of 2b), the hierarchy levels (section 1) and the 27 link rows (section 3). The expected values are
/// typed in from the reference, not read from the data.
/// </summary>
public sealed class InstrumentRegistryTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    // key, zh title (exact; null = UNKNOWN), level (null = UNKNOWN), issued, effective (null = none/UNKNOWN), status, binding (null = UNKNOWN)
    public static TheoryData<string, string?, string?, string, string?, string, bool?> Rows() => new()
    {
        { "cybersecurity-law", "中华人民共和国网络安全法", "law", "2016-11-07", "2026-01-01", "amended", true },
        { "data-security-law", "中华人民共和国数据安全法", "law", "2021-06-10", "2021-09-01", "current", true },
        { "personal-information-protection-law", "中华人民共和国个人信息保护法", "law", "2021-08-20", "2021-11-01", "current", true },
        { "algorithmic-recommendation-provisions", "互联网信息服务算法推荐管理规定", "departmental-rule", "2021-12-31", "2022-03-01", "current", true },
        { "deep-synthesis-provisions", "互联网信息服务深度合成管理规定", "departmental-rule", "2022-11-25", "2023-01-10", "current", true },
        { "generative-ai-interim-measures", "生成式人工智能服务管理暂行办法", "departmental-rule", "2023-07-10", "2023-08-15", "current", true },
        { "ai-content-labelling-measures", "人工智能生成合成内容标识办法", "departmental-rule", "2025-03-07", "2025-09-01", "current", true },
        { "st-ethics-review-measures-2023", "科技伦理审查办法（试行）", "normative-document", "2023-09-07", "2023-12-01", "current", true },
        { "ai-ethics-review-services-measures-2026", "人工智能科技伦理审查与服务办法（试行）", "departmental-rule", "2026-03-20", null, "current", null },
        { "anthropomorphic-interaction-measures-2026", "人工智能拟人化互动服务管理暂行办法", "departmental-rule", "2026-04-10", "2026-07-15", "current", true },
        { "gb-45438-2025", "网络安全技术 人工智能生成合成内容标识方法", "mandatory-national-standard", "2025-02-28", "2025-09-01", "current", true },
        { "gb-t-45652-2025", "网络安全技术 生成式人工智能预训练和优化训练数据安全规范", "recommended-national-standard", "2025-04-25", "2025-11-01", "current", false },
        { "gb-t-45654-2025", "网络安全技术 生成式人工智能服务安全基本要求", "recommended-national-standard", "2025-04-25", "2025-11-01", "current", false },
        { "gb-t-45674-2025", "网络安全技术 生成式人工智能数据标注安全规范", "recommended-national-standard", "2025-04-25", "2025-11-01", "current", false },
        { "tc260-003", "生成式人工智能服务安全基本要求", "tc260-technical-document", "2024-02-29", null, "superseded", false },
        { "ai-application-safety-grading-method", "网络安全技术 人工智能应用安全分类分级方法", null, "2025-09-25", null, "draft", false },
        { "ai-safety-standard-system-v1", "人工智能安全标准体系（V1.0）", "tc260-technical-document", "2025-01-24", null, "draft", false },
        { "tc260-005-ai-application-ethics-safety-guidelines", "人工智能应用伦理安全指引1.0", "tc260-technical-document", "2026-05-19", null, "current", false },
        { "tc260-practice-guide-ai-application-security-general", null, "tc260-technical-document", "2026-01-13", null, "draft", false },
        { "global-ai-governance-initiative", "全球人工智能治理倡议", "international-initiative", "2023-10-18", null, "current", false },
        { "ethical-norms-new-generation-ai", "新一代人工智能伦理规范", "normative-document", "2021-09-25", null, "current", false },
        { "ai-agents-implementation-opinions-2026", "智能体规范应用与创新发展实施意见", "normative-document", "2026-05-08", null, "current", null },
    };

    [Fact]
    public void The_registry_holds_the_22_instruments_of_the_reference_in_its_order()
    {
        Catalog.Instruments.Select(i => i.Key).Should().Equal(Rows().Select(r => (string)r[0]));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_instrument_fact_is_the_reference_value(string key, string? zh, string? level, string issued, string? effective, string status, bool? binding)
    {
        var i = Catalog.FindInstrument(key);

        i.TitleZh.Value.Should().Be(zh);
        i.Level.Value.Should().Be(level);
        i.Issued.Value.Should().Be(issued);
        i.Effective.Value.Should().Be(effective);
        i.Status.Value.Should().Be(status);
        i.IsBinding.Should().Be(binding);
        foreach (var fact in new[] { i.TitleZh, i.TitleEn, i.Level, i.Issuers, i.Issued, i.Effective, i.Status, i.Url, i.Binding })
        {
            (fact.Value is null).Should().Be(fact.Status == FactStatus.Unknown, "a fact is unknown exactly when its value is null ({0})", key);
            if (fact.Status is FactStatus.Verified or FactStatus.Partial)
            {
                fact.Sources.Should().NotBeEmpty("a {0} fact of {1} names its sources", fact.Status, key);
            }
        }
    }

    [Fact]
    public void No_url_is_more_than_partial_because_none_was_opened()
    {
        Catalog.Instruments.Select(i => i.Url.Status).Should().OnlyContain(s => s == FactStatus.Partial || s == FactStatus.Unknown);
    }

    [Theory]
    [InlineData("ai-content-labelling-measures", "departmental-rule", "normative-document")]
    [InlineData("st-ethics-review-measures-2023", "normative-document", "departmental-rule")]
    public void The_two_disputed_types_keep_both_claims(string key, string first, string other)
    {
        var level = Catalog.FindInstrument(key).Level;

        level.Value.Should().Be(first);
        level.Conflicts.Select(c => c.Value).Should().Equal(other);
        Catalog.InstrumentsAt(other).Select(i => i.Key).Should().Contain(key, "a filter by level finds an instrument by a conflicting claim too");
    }

    [Theory]
    [InlineData("tc260-003", "2024-02-29", "2024-03-01", "SRC-64")]
    [InlineData("global-ai-governance-initiative", "2023-10-18", "2023-10-20", "SRC-64")]
    public void Date_conflicts_are_recorded_not_resolved(string key, string first, string other, string otherSource)
    {
        var issued = Catalog.FindInstrument(key).Issued;

        issued.Value.Should().Be(first);
        issued.Conflicts.Should().ContainSingle().Which.Should().Match<SourcedFact>(c => c.Value == other && c.Sources.Contains(otherSource));
    }

    [Fact]
    public void The_hierarchy_has_the_seven_levels_of_the_reference_and_the_initiative_outside_it()
    {
        Catalog.InstrumentLevels.Select(l => (l.Key, l.Rank, l.Zh)).Should().Equal(
            ("law", (int?)1, "法律"),
            ("administrative-regulation", 2, "行政法规"),
            ("departmental-rule", 3, "部门规章"),
            ("normative-document", 4, "规范性文件"),
            ("mandatory-national-standard", 5, "强制性国家标准 (GB)"),
            ("recommended-national-standard", 6, "推荐性国家标准 (GB/T)"),
            ("tc260-technical-document", 7, "全国网安标委技术文件 / 网络安全标准实践指南"),
            ("international-initiative", null, "国际倡议"));
        Catalog.InstrumentLevels.Should().OnlyContain(l => !l.Sources.IsEmpty);
    }

    [Fact]
    public void Filters_by_level_and_binding_agree_with_the_reference()
    {
        Catalog.InstrumentsAt("law").Select(i => i.Key).Should().Equal("cybersecurity-law", "data-security-law", "personal-information-protection-law");
        Catalog.InstrumentsByBinding(true).Should().HaveCount(10);
        Catalog.InstrumentsByBinding(false).Should().HaveCount(10);
        Catalog.InstrumentsByBinding(null).Select(i => i.Key).Should().Equal("ai-ethics-review-services-measures-2026", "ai-agents-implementation-opinions-2026");
    }

    [Fact]
    public void Lookups_follow_the_catalogue_rule()
    {
        Catalog.TryFindInstrument("no-such-instrument", out _).Should().BeFalse();
        var find = () => Catalog.FindInstrument("no-such-instrument");
        find.Should().Throw<KeyNotFoundException>().WithMessage("*no-such-instrument*");
        Catalog.TryFindInstrument("tc260-003", out var found).Should().BeTrue();
        found!.Key.Should().Be("tc260-003");
    }

    [Fact]
    public void The_coverage_lists_the_facts_that_remain_unknown_or_in_conflict()
    {
        var gaps = Catalog.InstrumentFactGaps();

        gaps.Where(g => g.IsConflict).Select(g => (g.InstrumentKey, g.Field)).Should().Equal(
            ("ai-content-labelling-measures", "level"),
            ("st-ethics-review-measures-2023", "level"),
            ("tc260-003", "issued"),
            ("global-ai-governance-initiative", "issued"));
        gaps.Select(g => (g.InstrumentKey, g.Field)).Should().Contain(new[]
        {
            ("tc260-practice-guide-ai-application-security-general", "title.zh"),
            ("tc260-practice-guide-ai-application-security-general", "url"),
            ("ai-application-safety-grading-method", "level"),
            ("ai-ethics-review-services-measures-2026", "effective"),
            ("ai-agents-implementation-opinions-2026", "binding"),
        });
        gaps.Where(g => !g.IsConflict).Should().OnlyContain(g => g.Fact.Value == null);
    }
}
