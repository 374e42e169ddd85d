namespace AiGov.Catalog.Tests.Data;

/// <summary>
/// The corrections of data version 2026.12.0 (issue 13), each against ../shared/reference/: the new evidence of
/// 2026-12-03 (sources.md "Sources added on 2026-12-03"; edition-1.0.md §1, §7 "4.2.4", §8; edition-2.0.md §1) and the
/// audit's findings.
/// </summary>
public sealed class DataVersion202612Tests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void The_data_version_is_2026_12_0()
    {
        Catalog.DataVersion.Should().Be("2026.12.0");
    }

    [Theory]
    [InlineData("SRC-60", SourceTrust.ReputableSecondary)]
    [InlineData("SRC-61", SourceTrust.ReputableSecondary)]
    [InlineData("SRC-62", SourceTrust.ReputableSecondary)]
    [InlineData("SRC-63", SourceTrust.ReputableSecondary)]
    [InlineData("SRC-64", SourceTrust.Secondary)]
    public void The_sources_added_on_2026_12_03_carry_the_reference_trust(string id, SourceTrust trust)
    {
        Catalog.FindSource(id).Should().NotBeNull().And.Match<CatalogSource>(s => s.Trust == trust);
    }

    [Theory]
    [InlineData("1.0:5.7")]
    [InlineData("1.0:5.8")]
    [InlineData("1.0:5.9")]
    [InlineData("1.0:5.10")]
    public void The_section_5_titles_quoted_by_SRC_61_are_verified_as_secondary_evidence(string id)
    {
        // edition-1.0.md §8: CN VERIFIED [sec] (SRC-61, reputable secondary); the English titles are translations.
        var element = Catalog.Find(id);
        element.Title.Zh.Status.Should().Be(TitleStatus.Verified);
        element.Title.Zh.Sources.Should().Contain("SRC-61");
        element.Title.Zh.Note.Should().Contain("[sec]");
        element.Title.En.IsTranslation.Should().BeTrue();
        element.Provenance.Sources.Should().Contain("SRC-61");
        element.ClauseStatus.Should().BeNull("SRC-61 gives the ten titles in order, so the number is no longer inferred");
        (element.Notes ?? string.Empty).Should().NotContain("in that order (SRC-20, SRC-21)", "those summaries give no order");
    }

    [Fact]
    public void The_5_7_heading_begins_with_its_first_word()
    {
        Catalog.Find("1.0:5.7").Title.Zh.Text.Should().StartWith("建立");
    }

    [Fact]
    public void The_1_0_manifest_names_both_official_pdfs()
    {
        var info = Catalog.Edition(Edition.V1_0).Info;
        var pdfs = info.Facts.Should().ContainSingle(f => f.Topic == "official-pdfs").Subject;
        pdfs.Text.Should().Contain("1725849142029046390.pdf").And.Contain("1725849192841090989.pdf");
        pdfs.Sources.Should().Contain("SRC-60");
        Catalog.FindSource("SRC-01")!.Note.Should().Contain("English");
        (info.Notes ?? string.Empty).Should().NotContain("whether they were issued as one file or two");
    }

    [Theory]
    [InlineData("update-aims", ProvenanceStatus.Verified, "SRC-28")]
    [InlineData("acknowledgements", ProvenanceStatus.Verified, "SRC-33")]
    [InlineData("governance-process", ProvenanceStatus.Verified, "SRC-30")]
    [InlineData("follow-up-standard", ProvenanceStatus.Partial, "SRC-64")]
    [InlineData("tc260-copy", ProvenanceStatus.Partial, "SRC-64")]
    public void The_2_0_manifest_holds_the_document_facts_of_the_reference(string topic, ProvenanceStatus status, string source)
    {
        var fact = Catalog.Edition(Edition.V2_0).Info.Facts.Should().ContainSingle(f => f.Topic == topic).Subject;
        fact.Status.Should().Be(status);
        fact.Sources.Should().Contain(source);
    }

    [Fact]
    public void The_follow_up_standard_is_named()
    {
        Catalog.Edition(Edition.V2_0).Info.Facts.Single(f => f.Topic == "follow-up-standard").Text
            .Should().Contain("《网络安全技术 人工智能应用安全分类分级方法》").And.Contain("2025-09-25");
    }

    [Fact]
    public void An_issuer_without_text_lists_no_sources()
    {
        var issuer = Catalog.Edition(Edition.V2_0).Info.Issuer.Zh;
        issuer.Text.Should().BeNull();
        issuer.Sources.Should().BeEmpty();
    }

    [Fact]
    public void The_2_0_grading_factors_have_no_title_and_keep_the_description_as_an_alias()
    {
        // edition-2.0.md §8: the factors are Carnegie's description (VERIFIED [sec] as such); no title is given.
        var factors = Catalog.Edition(Edition.V2_0).Elements.Where(e => e.Kind == ElementKind.GradingFactor).ToList();
        factors.Should().HaveCount(3);
        factors.Should().OnlyContain(f => f.Title.En.Text == null && f.Title.En.Status == TitleStatus.Unknown);
        factors.Select(f => f.Aliases.Single().Text).Should().Equal("level of intelligence", "nature of application", "scale of application");
    }

    [Fact]
    public void The_2_0_measure_group_answers_are_editorial_and_the_1_0_ones_normative()
    {
        var v2 = Catalog.Edition(Edition.V2_0).Elements.OfType<MeasureGroup>().ToList();
        v2.Should().HaveCount(3);
        v2.SelectMany(g => g.Answers).Should().HaveCount(3).And.OnlyContain(a => a.Basis == MappingBasis.Editorial && a.Note != null);
        var v1 = Catalog.Edition(Edition.V1_0).Elements.OfType<MeasureGroup>().ToList();
        v1.SelectMany(g => g.Answers).Should().HaveCount(9).And.OnlyContain(a => a.Basis == MappingBasis.Normative && a.Note!.Contains("Mirrored numbering"));
        v1.Single(g => g.Clause == "4.1.1").AnswerIds.Should().Equal("1.0:3.1.1");
    }

    [Fact]
    public void Measure_5_3_of_2_0_has_no_normative_stage()
    {
        // The stages rest on SRC-34's description of an unseen text.
        var measure = Catalog.Find("2.0:5.3");
        measure.Stages.Should().HaveCount(4).And.OnlyContain(s => s.Basis == MappingBasis.Editorial);
    }

    [Fact]
    public void No_2_0_element_uses_a_1_0_user_addressee()
    {
        Catalog.Edition(Edition.V2_0).Elements.SelectMany(e => e.Actors).Select(a => a.Actor.Key)
            .Should().NotContain(new[] { "key-area-user", "general-user" });
    }

    [Fact]
    public void The_2_0_cyber_system_risks_share_one_area_basis()
    {
        var risks = Catalog.Find("2.0:3.2.1").Should().BeOfType<RiskSubcategory>().Subject.Risks;
        risks.Should().HaveCount(4);
        risks.Select(r => (r.Area.Key, r.AreaBasis)).Distinct().Should().ContainSingle();
    }

    [Theory]
    [InlineData("2.0:appendix-1-risk-grading", "附件1")]
    [InlineData("2.0:appendix-2-trustworthy-ai", "附件2")]
    public void The_2_0_appendices_carry_their_printed_label_as_a_partial_clause(string id, string label)
    {
        var appendix = Catalog.Find(id);
        appendix.Clause.Should().Be(label);
        appendix.ClauseStatus.Should().Be(ProvenanceStatus.Partial);
        appendix.Id.Should().Be(id, "an appendix label is not a clause number, so the ID stays built from the key");
    }

    [Theory]
    [InlineData("1.0:3.2.1.c")]
    [InlineData("1.0:5.6")]
    public void Removals_that_are_our_reading_are_editorial(string id)
    {
        var link = Catalog.Lineages.Single().Links.Single(l => l.FromId == id);
        link.Relation.Should().Be(LineageRelation.Removed);
        link.Basis.Should().Be(MappingBasis.Editorial);
        Catalog.Diff(Edition.V1_0, Edition.V2_0).Entries.Single(e => e.Before.Any(b => b.Id == id)).Basis.Should().Be(MappingBasis.Editorial);
    }

    [Theory]
    [InlineData("2.0:3.3.1")]
    [InlineData("2.0:3.3.2")]
    [InlineData("2.0:employment-shock")]
    [InlineData("2.0:education-and-innovation")]
    [InlineData("2.0:flaw-propagation-assessment")]
    [InlineData("2.0:emergency-stop-mechanisms")]
    [InlineData("2.0:appendix-1-risk-grading")]
    [InlineData("2.0:appendix-2-trustworthy-ai")]
    public void The_lineage_has_the_reference_added_rows(string id)
    {
        // lineage-1.0-2.0.md §3, §4.5, §4.7, §4.10.
        Catalog.Lineages.Single().Links.Should().Contain(l => l.FromId == null && l.Relation == LineageRelation.Added && l.ToIds.Contains(id));
    }

    [Fact]
    public void The_training_data_countermeasure_is_the_same_as_1_0_4_1_2_c()
    {
        // lineage-1.0-2.0.md §4.7: same, H.
        var link = Catalog.Lineages.Single().Links.Single(l => l.FromId == "1.0:4.1.2.c");
        link.ToIds.Should().Equal("2.0:sensitive-training-data-exclusion");
        link.Relation.Should().Be(LineageRelation.Same);
        link.Confidence.Should().Be(LineageConfidence.High);
    }

    [Fact]
    public void No_note_or_summary_of_2_0_repeats_the_circuit_breaker_quotation()
    {
        var texts = Catalog.Edition(Edition.V2_0).Elements.SelectMany(e =>
            new[] { e.Summary, e.Notes }.Concat(e.Stages.Select(s => s.Note)).Concat(e.Actors.Select(a => a.Note)));
        texts.Where(t => t != null).Should().NotContain(t => t!.Contains("one-click control", StringComparison.OrdinalIgnoreCase));
    }
}
