using System.Text;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.SourceCheck.Tests;

/// <summary>
/// <c>--propose</c>: edited copies of the catalogue's YAML that change only the proposed values (every other byte kept),
/// a new source entry, the output rules (never into catalog/, no overwrite without <c>--force</c>), and the dry runs on
/// the verified 1.0 Chinese and English titles, which must match throughout and propose nothing.
/// </summary>
public sealed class SourceCheckProposalTests
{
    [Fact]
    public void The_proposal_changes_only_the_proposed_values_and_adds_a_source()
    {
        var folder = Path.Combine(Fixtures.TempDirectory(), "proposal");

        var run = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--propose", folder, "--catalog", Fixtures.CatalogFolder);

        run.Exit.Should().Be(1, run.ToString());
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToList();
        files.Should().Equal("editions/1.0/governance-measures.yaml", "editions/1.0/risk-subcategories.yaml", "editions/1.0/risks.yaml", "sources.yaml");
        var diff = new StringBuilder();
        foreach (var file in files)
        {
            diff.Append(LineDiff(file, File.ReadAllText(Path.Combine(Fixtures.CatalogFolder, file)), File.ReadAllText(Path.Combine(folder, file))));
        }

        Snapshot.Match(diff.ToString(), "mini-1.0-zh.proposal", "diff");
        // The source entry names the file's SHA-256.
        File.ReadAllText(Path.Combine(folder, "sources.yaml")).Should().Contain(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Fixtures.MiniZhText))).ToLowerInvariant());
    }

    [Fact]
    public void The_english_proposal_promotes_translations_and_keeps_block_and_flow_styles()
    {
        var folder = Path.Combine(Fixtures.TempDirectory(), "proposal");

        var run = Cli.Run(80, "source", "check", Fixtures.MiniEnText, "--edition", "1.0", "--propose", folder, "--catalog", Fixtures.CatalogFolder);

        run.Exit.Should().Be(1, run.ToString());
        var diff = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal))
        {
            diff.Append(LineDiff(file, File.ReadAllText(Path.Combine(Fixtures.CatalogFolder, file)), File.ReadAllText(Path.Combine(folder, file))));
        }

        Snapshot.Match(diff.ToString(), "mini-1.0-en.proposal", "diff");
    }

    [Fact]
    public void Block_style_yaml_is_edited_in_block_style()
    {
        // Edition 3.0's files are block style: the edits keep it (a text of made-up titles, not the framework's).
        var input = Path.Combine(Fixtures.TempDirectory(), "made-up-3.0.txt");
        File.WriteAllText(input, "1 测试标题一\n2 测试标题二\n2.1 测试标题三\n");
        var folder = Path.Combine(Fixtures.TempDirectory(), "proposal");

        var run = Cli.Run(80, "source", "check", input, "--edition", "3.0", "--propose", folder, "--catalog", Fixtures.CatalogFolder);

        run.Exit.Should().Be(0, run.ToString());
        var diff = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Where(f => f != "sources.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            diff.Append(LineDiff(file, File.ReadAllText(Path.Combine(Fixtures.CatalogFolder, file)), File.ReadAllText(Path.Combine(folder, file))));
        }

        Snapshot.Match(diff.ToString(), "made-up-3.0.proposal", "diff");
    }

    [Fact]
    public void A_proposal_into_the_catalogue_folder_is_refused()
    {
        foreach (var inside in new[] { Fixtures.CatalogFolder, Path.Combine(Fixtures.CatalogFolder, "editions"), Path.Combine(Fixtures.CatalogFolder, "proposal") })
        {
            var run = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--propose", inside, "--catalog", Fixtures.CatalogFolder);

            run.Exit.Should().Be(2, run.ToString());
            run.Output.Should().BeEmpty();
            run.Error.Should().Be("aigov: --propose " + inside + " is inside the catalogue folder " + Fixtures.CatalogFolder + ": proposals never go into catalog/; give another folder, then review and copy.\n");
        }

        Directory.Exists(Path.Combine(Fixtures.CatalogFolder, "proposal")).Should().BeFalse();
    }

    [Fact]
    public void Existing_files_are_kept_without_force_and_replaced_with_it()
    {
        var folder = Fixtures.TempDirectory();
        var first = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--propose", folder, "--catalog", Fixtures.CatalogFolder);
        first.Exit.Should().Be(1, first.ToString());
        var sources = Path.Combine(folder, "sources.yaml");
        File.WriteAllText(sources, "edited by hand\n");

        var again = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--propose", folder, "--catalog", Fixtures.CatalogFolder);

        again.Exit.Should().Be(2, again.ToString());
        again.Error.Should().Be("aigov: 4 files exist in " + folder + " (governance-measures.yaml, risk-subcategories.yaml, risks.yaml, sources.yaml): use --force to replace them.\n");
        File.ReadAllText(sources).Should().Be("edited by hand\n");

        var forced = Cli.Run(80, "source", "check", Fixtures.MiniZhText, "--edition", "1.0", "--propose", folder, "--catalog", Fixtures.CatalogFolder, "--force");
        forced.Exit.Should().Be(1, forced.ToString());
        File.ReadAllText(sources).Should().StartWith("# yaml-language-server");
        Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void The_dry_run_on_the_verified_10_titles_matches_every_one_and_proposes_nothing()
    {
        var edition = GovernanceCatalog.Default.Edition(Edition.V1_0);
        var report = SourceChecker.Check(SourceDocument.Read(Fixtures.VerifiedTitles10), edition);
        var verified = edition.Elements.Where(e => e.Clause is not null && e.Title.Zh.Status == TitleStatus.Verified && e.Title.Zh.Text is not null).Select(e => e.Id).ToList();

        verified.Should().HaveCount(67, "the 1.0 elements with a clause and a verified Chinese title (reference: edition-1.0.md)");
        report.Entries.Where(e => e.Outcome == SourceCheckOutcome.Match).Select(e => e.Element!.Id).Should().BeEquivalentTo(verified);
        report.Entries.Should().NotContain(e => e.Outcome == SourceCheckOutcome.Contradiction || e.Outcome == SourceCheckOutcome.Update
            || e.Outcome == SourceCheckOutcome.NewTitle || e.Outcome == SourceCheckOutcome.Promote || e.Outcome == SourceCheckOutcome.NoElement);
        report.Entries.Should().NotContain(e => e.PageOutcome == PageOutcome.Different || e.PageOutcome == PageOutcome.Unknown);
        CatalogProposal.Create(report, Fixtures.CatalogFolder).Files.Should().BeEmpty();
        var folder = Path.Combine(Fixtures.TempDirectory(), "proposal");
        var run = Cli.Run(80, "source", "check", Fixtures.VerifiedTitles10, "--edition", "1.0", "--propose", folder, "--catalog", Fixtures.CatalogFolder);
        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Proposed: nothing to change; nothing written.");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public void The_english_dry_run_on_the_verified_10_titles_matches_every_one_and_proposes_nothing()
    {
        var edition = GovernanceCatalog.Default.Edition(Edition.V1_0);
        var report = SourceChecker.Check(SourceDocument.Read(Fixtures.VerifiedTitles10En), edition, "en");
        var verified = edition.Elements.Where(e => e.Clause is not null && e.Title.En.Status == TitleStatus.Verified && e.Title.En.Text is not null).Select(e => e.Id).ToList();

        verified.Should().HaveCount(45, "the 1.0 elements with a clause and a verified English title (reference: edition-1.0.md, Title status)");
        report.Language.Should().Be("en");
        report.Entries.Where(e => e.Outcome == SourceCheckOutcome.Match).Select(e => e.Element!.Id).Should().BeEquivalentTo(verified);
        report.Entries.Should().NotContain(e => e.Outcome == SourceCheckOutcome.Contradiction || e.Outcome == SourceCheckOutcome.Update
            || e.Outcome == SourceCheckOutcome.NewTitle || e.Outcome == SourceCheckOutcome.Promote || e.Outcome == SourceCheckOutcome.NoElement);
        report.Entries.Should().NotContain(e => e.PageOutcome == PageOutcome.Different || e.PageOutcome == PageOutcome.Unknown);
        // The sub-section headings printed as their number alone (English title unknown) are found, so their items
        // take their clause: 3.1.1(a), not 3.1(a).
        report.Entries.Where(e => e.Outcome == SourceCheckOutcome.Present && e.Heading is not null).Select(e => e.Clause).Should().Contain(new[] { "3.1.1", "3.2.4", "4.1.1", "4.1.1(a)", "6.4(f)" });
        report.Entries.Count(e => e.Outcome == SourceCheckOutcome.Match && e.PageOutcome == PageOutcome.Same).Should().Be(40, "45 verified titles less 1.1 and 5.1-5.4, whose EN pages the reference does not give");
        CatalogProposal.Create(report, Fixtures.CatalogFolder).Files.Should().BeEmpty();
        var folder = Path.Combine(Fixtures.TempDirectory(), "proposal");
        var run = Cli.Run(80, "source", "check", Fixtures.VerifiedTitles10En, "--edition", "1.0", "--language", "en", "--propose", folder, "--catalog", Fixtures.CatalogFolder);
        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Proposed: nothing to change; nothing written.");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Theory]
    [InlineData("Risks of explainability", false, "Risks of explainability")]
    [InlineData("Combine technical and managerial means; respond jointly", true, "Combine technical and managerial means; respond jointly")]
    [InlineData("Risks of bias, and prejudice", true, "\"Risks of bias, and prejudice\"")]
    [InlineData("Risks of bias, and prejudice", false, "Risks of bias, and prejudice")]
    [InlineData("训练数据含不当内容、被\"投毒\"风险", true, "训练数据含不当内容、被\"投毒\"风险")]
    [InlineData("\"quoted\" start", false, "\"\\\"quoted\\\" start\"")]
    [InlineData("null", false, "\"null\"")]
    [InlineData("3.1", false, "\"3.1\"")]
    [InlineData("Key: value", false, "\"Key: value\"")]
    public void Scalars_are_plain_where_that_reads_back_the_same_else_double_quoted(string value, bool flow, string expected)
    {
        CatalogProposal.Scalar(value, flow).Should().Be(expected);
        var yaml = flow ? "{ a: " + expected + " }" : "a: " + expected;
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        ((YamlDotNet.RepresentationModel.YamlScalarNode)((YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlDotNet.RepresentationModel.YamlScalarNode("a")]).Value.Should().Be(value);
    }

    /// <summary>A line diff for review (longest common subsequence): removed lines as "N - text", added as "N + text".</summary>
    private static string LineDiff(string name, string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var text = new StringBuilder("--- " + name + "\n");
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                text.Append(y + 1).Append(" + ").Append(b[y++]).Append('\n');
            }
            else
            {
                text.Append(x + 1).Append(" - ").Append(a[x++]).Append('\n');
            }
        }

        return text.ToString();
    }
}
