namespace AiGov.Catalog.Tests.Data;

/// <summary>
/// Edition 3.0 in the 2026.12.0 formats (answers with a basis, manifest facts, appendix labels), against
/// ../shared/reference/edition-3.0.md. The expected values are copied from the reference here.
/// </summary>
public sealed class Edition3DataFormatTests
{
    private static EditionCatalog V3 => GovernanceCatalog.Default.Edition(Edition.V3_0);

    /// <summary>
    /// §9: section 3 is said to be organised by risk category (SRC-52, SRC-55), but no heading or mirrored numbering is
    /// seen, so each of 3.1, 3.2, 3.2.1 and 3.3 answers its risk heading editorially, with a note saying why.
    /// </summary>
    [Fact]
    public void Technical_measure_headings_answer_their_risk_headings_editorially()
    {
        var answers = V3.MeasureGroups.SelectMany(g => g.Answers.Select(a => (Group: g.Clause, a.TargetId, a.Basis, a.Note))).ToList();

        answers.Select(a => (a.Group, a.TargetId)).Should().Equal(
            ("3.1", "3.0:2.1"), ("3.2", "3.0:2.2"), ("3.2.1", "3.0:2.2.1"), ("3.3", "3.0:2.3"));
        answers.Should().OnlyContain(a => a.Basis == MappingBasis.Editorial && !string.IsNullOrWhiteSpace(a.Note));
    }

    /// <summary>
    /// §1 "Document facts" and §3 C1–C3: guidance, drafting bodies, the idea, the guiding principle and the core logic
    /// from the release note (SRC-70–SRC-72, VERIFIED [off]); the earlier editions (SRC-70, SRC-55); form and length
    /// (SRC-55, SRC-56).
    /// </summary>
    [Fact]
    public void The_manifest_facts_are_the_release_facts_of_the_reference()
    {
        var facts = V3.Info.Facts;

        facts.Select(f => f.Topic).Should().Equal(
            "guidance", "drafting-bodies", "idea", "guiding-principle", "core-logic", "earlier-editions", "form-and-length");
        facts.Take(5).Should().OnlyContain(f => f.Sources.SequenceEqual(new[] { "SRC-70", "SRC-71", "SRC-72" }));
        facts.Single(f => f.Topic == "idea").Text.Should().Contain("以人为本、向上向善");
        facts.Single(f => f.Topic == "guiding-principle").Text.Should().Contain("强化风险意识、确保安全可控");
        facts.Single(f => f.Topic == "core-logic").Text.Should().Contain("风险分类、技术应对、综合治理");
        facts.Single(f => f.Topic == "form-and-length").Sources.Should().Equal("SRC-55", "SRC-56");
        facts.Should().OnlyContain(f => f.Status == ProvenanceStatus.Verified);
    }

    /// <summary>
    /// §2 and §13: the appendices are printed as 附件1–附件3 (the labels of the table of contents as SRC-54, SRC-55 and
    /// SRC-77 give them; the number 3 deduced), so each takes its label as its clause, partial; IDs stay key-based.
    /// </summary>
    [Fact]
    public void The_appendices_take_their_printed_labels_as_partial_clauses()
    {
        V3.Appendices.Select(a => (a.Id, a.Clause, a.ClauseStatus)).Should().Equal(
            ("3.0:appendix-1-risk-grading", "附件1", ProvenanceStatus.Partial),
            ("3.0:appendix-2-agent-risk-management", "附件2", ProvenanceStatus.Partial),
            ("3.0:appendix-3-trustworthy-ai", "附件3", ProvenanceStatus.Partial));
        V3.Appendices.SelectMany(a => a.Aliases).Select(a => a.Text).Should().NotContain(t => t.StartsWith("附件", StringComparison.Ordinal));
    }
}
