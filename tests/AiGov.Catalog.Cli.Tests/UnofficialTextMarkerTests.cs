namespace AiGov.Catalog.Cli.Tests;

/// <summary>Nothing unofficial looks official (issue #12, point 8): summaries standing in for titles and our translations are marked.</summary>
public sealed class UnofficialTextMarkerTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void A_summary_shown_in_a_title_column_is_marked_no_title()
    {
        var output = Cli.Run("list", "--kind", "measure", "--edition", "1.0", "--wide").Output;
        var untitled = Catalog.Measures(Edition.V1_0).Where(m => m.Title.Zh.Text is null && m.Title.En.Text is null).ToList();

        untitled.Should().NotBeEmpty("the technical measures of 1.0 have no title in the framework");
        foreach (var measure in untitled)
        {
            var row = output.Split('\n').Single(l => l.StartsWith(measure.Id + " ", StringComparison.Ordinal));
            row.Should().Contain("(no title) " + measure.Summary.Substring(0, 20)).And.Contain(" none ");
        }
    }

    [Fact]
    public void The_under_line_of_show_marks_an_untitled_ancestor()
    {
        var section = Catalog.Find("2.0:3");
        section.Title.Zh.Text.Should().BeNull("the premise: no source gives the title of section 3 of 2.0");
        section.Title.En.Text.Should().BeNull();

        var output = Cli.Run("show", "2.0:3.1.1.f", "--wide").Output;

        output.Split('\n').Single(l => l.StartsWith("  Under:", StringComparison.Ordinal))
            .Should().Contain("› 3 (no title) " + section.Summary.Substring(0, 20));
    }

    [Fact]
    public void The_list_names_the_provenance_column_and_shows_the_title_statuses_beside_it()
    {
        var output = Cli.Run("list", "--status", "verified").Output;
        var header = output.Split('\n')[0];

        header.Should().Contain("Provenance").And.Contain("Titles").And.NotContain("Status");
        var verifiedButTranslated = Catalog.Edition(Edition.V2_0).Risks
            .First(r => r.Provenance.Status == ProvenanceStatus.Verified && r.Title.En.Status == TitleStatus.Translation && r.Title.Zh.Text is null);
        output.Split('\n').Single(l => l.StartsWith(verifiedButTranslated.Id + " ", StringComparison.Ordinal))
            .Should().MatchRegex(@"\bverified\s+zh \? en ours\s");
        output.Should().Contain("ours = our translation (not official)");
    }

    [Fact]
    public void Search_shows_the_title_statuses_too()
    {
        var output = Cli.Run("search", "信息茧房").Output;

        output.Split('\n')[0].Should().Contain("Titles");
        output.Should().MatchRegex(@"1\.0:3\.2\.3\.a\s+risk\s+zh ✓ en ✓ ").And.MatchRegex(@"2\.0:3\.2\.4\.a\s+risk\s+zh \? en ours ");
    }
}
