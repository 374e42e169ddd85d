using System.Text.Json;

namespace AiGov.Catalog.Cli.Tests;

/// <summary><c>aigov map</c> and <c>aigov frameworks</c>: crosswalks both ways, errors for unknown frameworks and terms, 80 columns.</summary>
public sealed class MapCommandTests
{
    [Fact]
    public void Map_shows_an_element_s_mappings_to_every_framework()
    {
        var run = Cli.Run("map", "1.0:3.1.1.e");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("skos:broadMatch mit-ai-risk-repository 3.1@v3  False or misleading information")
            .And.Contain("skos:relatedMatch nist-ai-rmf MEASURE 2.5@1.0")
            .And.Contain("skos:closeMatch nist-ai-600-1 confabulation@1.0  Confabulation")
            .And.Contain("(MIT AI Risk Initiative)");
        Cli.RunAt(80, "map", "1.0:3.1.1.e").Output.Split('\n').Should().OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public void Map_shows_a_measure_s_considered_non_matches_with_their_reasons()
    {
        // 1.0:5.10 (international cooperation) has no counterpart in NIST AI RMF, ISO/IEC 42001 or the AI Act.
        var run = Cli.RunAt(80, "map", "1.0:5.10");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("1.0:5.10  Promote international exchange and cooperation on AI safety governance\n")
            .And.Contain("not skos:relatedMatch nist-ai-rmf GOVERN 5.1@1.0")
            .And.Contain("not skos:relatedMatch iso-iec-42001 A.8.5@2023  Information for interested")
            .And.Contain("not skos:broadMatch eu-ai-act Art. 40@2024  Harmonised standards and")
            .And.Contain("    Considered: ");
        run.Output.Split('\n').Should().OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public void Map_to_one_framework_filters()
    {
        var run = Cli.Run("map", "1.0:3.1.1.e", "--to", "nist-ai-600-1");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("confabulation").And.NotContain("MEASURE").And.NotContain("mit-ai-risk-repository");
    }

    [Fact]
    public void Map_from_a_term_lists_the_elements_with_the_relation_read_from_the_term()
    {
        var run = Cli.Run("map", "--from", "mit-ai-risk-repository", "2.2");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("mit-ai-risk-repository 2.2@v3  AI system security vulnerabilities and attacks\n");
        run.Output.Should().Contain("skos:narrowMatch 1.0:3.1.1.d").And.NotContain("skos:broadMatch");
    }

    [Fact]
    public void Map_from_a_nist_subcategory_by_its_printed_id()
    {
        var run = Cli.Run("map", "--from", "nist-ai-rmf", "MAP 5.1");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("1.0:3.2.3.a").And.Contain("2.0:employment-shock");
    }

    [Theory]
    [InlineData("map", "--from", "nist-csf", "MAP 5.1", "Unknown framework 'nist-csf'")]
    [InlineData("map", "--from", "nist-ai-rmf", "MAP-5.1", "'MAP-5.1' is not a term of nist-ai-rmf@1.0")]
    [InlineData("map", "1.0:3.1.1.a", "--to", "iso-42001", "Unknown framework 'iso-42001'")]
    public void Unknown_framework_or_term_is_a_usage_error(string a, string b, string c, string d, string message)
    {
        var run = Cli.Run(a, b, c, d);

        run.Exit.Should().NotBe(0);
        run.Error.Should().Contain(message);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Map_as_json_names_the_set_and_the_sssom_fields()
    {
        using var json = JsonDocument.Parse(Cli.Run("map", "2.0:research-ethics", "--json").Output);
        var rows = json.RootElement.GetProperty("mappings").EnumerateArray().ToList();

        rows.Should().Contain(r => r.GetProperty("set").GetString() == "aisgf-2.0-mit-ai-risk-repository"
            && r.GetProperty("predicateModifier").GetString() == "Not" && r.GetProperty("object").GetString() == "6.5");
    }

    [Fact]
    public void Frameworks_lists_the_registry_with_term_and_mapping_counts()
    {
        var run = Cli.Run("frameworks");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("nist-ai-rmf").And.Contain("iso-iec-42001").And.Contain("CC-BY-4.0");
        Cli.RunAt(80, "frameworks").Output.Split('\n').Should().OnlyContain(l => l.Length <= 80);
        using var json = JsonDocument.Parse(Cli.Run("frameworks", "--json").Output);
        json.RootElement.GetProperty("frameworks").EnumerateArray().Select(f => (f.GetProperty("id").GetString(), f.GetProperty("terms").GetInt32()))
            .Should().Equal(("nist-ai-rmf", 95), ("nist-ai-600-1", 12), ("mit-ai-risk-repository", 31), ("eu-ai-act", 126), ("iso-iec-42001", 49));
    }

    [Fact]
    public void Matrix_counts_risks_per_category_and_nist_function()
    {
        // From sets/1.0-nist-ai-rmf.yaml by hand: 3.1 has 1 risk under GOVERN, 3 under MAP, 11 under MEASURE, 1 under
        // MANAGE; 3.2 has 0, 6, 5, 2; all 13 risks of each are mapped, none is left unlooked at.
        var csv = Cli.Run("frameworks", "--matrix", "nist-ai-rmf", "--edition", "1.0", "--format", "csv");

        csv.Exit.Should().Be(0, csv.ToString());
        csv.Output.Should().Contain("\r\n").And.NotMatchRegex("[^\r]\n");
        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("row_id,row_title,GOVERN,MAP,MEASURE,MANAGE,mapped,non_match_only,not_yet_looked_at");
        lines[1].Should().StartWith("1.0:3.1,").And.EndWith(",1,3,11,1,13,0,0");
        lines[2].Should().StartWith("1.0:3.2,").And.EndWith(",0,6,5,2,13,0,0");

        // The measures mapped to NIST have rows too: the technical measure groups, then section 5 (governance).
        lines.Skip(3).Select(l => l.Split(',')[0]).Should().Equal("1.0:4.1.1", "1.0:4.1.2", "1.0:4.1.3", "1.0:4.2.1", "1.0:4.2.2", "1.0:4.2.3", "1.0:4.2.4", "1.0:5");
        Cli.Run("frameworks", "--matrix", "nist-ai-rmf", "--format", "md").Output
            .Should().StartWith("| Row | GOVERN | MAP | MEASURE | MANAGE | Mapped | Non-match only | Not yet looked at |\n|---|---:|");
    }

    [Fact]
    public void Matrix_of_iso_42001_counts_the_measures_mapped_so_nothing_mapped_reads_as_open()
    {
        // Only measures are mapped to ISO/IEC 42001: the matrix has no risk-category rows, and the 4.1.2 row counts its
        // measures from the data, computed here independently of the command.
        var catalog = GovernanceCatalog.Default;
        var group = catalog.Find<MeasureGroup>("1.0:4.1.2");
        var iso = group.Measures.Select(m => catalog.MappingsOf(m).Where(x => x.Set.Framework.Id == "iso-iec-42001").ToList()).ToList();
        int Under(string root) => iso.Count(ms => ms.Any(x => !x.IsNegated && (x.Term.Id == root || x.Term.Id.StartsWith(root + ".", StringComparison.Ordinal))));
        var expected = new[] { "A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10" }.Select(Under)
            .Append(iso.Count(ms => ms.Any(x => !x.IsNegated))).Append(iso.Count(ms => ms.Count > 0 && ms.All(x => x.IsNegated))).Append(iso.Count(ms => ms.Count == 0))
            .Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture));
        expected.Sum(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).Should().BeGreaterThan(0);

        var lines = Cli.Run("frameworks", "--matrix", "iso-iec-42001", "--edition", "1.0", "--format", "csv").Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("row_id,row_title,A.2,A.3,A.4,A.5,A.6,A.7,A.8,A.9,A.10,mapped,non_match_only,not_yet_looked_at");
        lines.Should().NotContain(l => l.StartsWith("1.0:3.", StringComparison.Ordinal));
        var row = lines.Single(l => l.StartsWith("1.0:4.1.2,", StringComparison.Ordinal)).Split(',');
        row.Skip(row.Length - 12).Should().Equal(expected);
        row[^3].Should().Be("5", "the five 4.1.2 measures with an ISO control (sets/1.0-iso-iec-42001.yaml)");
    }

    [Fact]
    public void Matrix_of_the_ai_act_has_a_column_per_chapter_and_one_for_the_annexes()
    {
        // The chapters' article ranges from the reference list crosswalks/eu-ai-act.md: Chapter III is Art. 6-49, IX is
        // Art. 72-94. The 6.2 row (guidelines for service providers) computed here from the data.
        var catalog = GovernanceCatalog.Default;
        var items = catalog.Find<GuidelineSet>("1.0:6.2").Items.Select(i => catalog.MappingsOf(i).Where(x => x.Set.Framework.Id == "eu-ai-act" && !x.IsNegated).ToList()).ToList();
        int Articles(int first, int last) => items.Count(ms => ms.Any(x => x.Term.Id.StartsWith("Art. ", StringComparison.Ordinal)
            && int.Parse(x.Term.Id.Substring(5), System.Globalization.CultureInfo.InvariantCulture) is var a && a >= first && a <= last));
        var chapterIII = Articles(6, 49);
        chapterIII.Should().BeGreaterThan(0);

        var lines = Cli.Run("frameworks", "--matrix", "eu-ai-act", "--edition", "1.0", "--format", "csv").Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("row_id,row_title,Chapter I,Chapter II,Chapter III,Chapter IV,Chapter V,Chapter VI,Chapter VII,Chapter VIII,Chapter IX,"
            + "Chapter X,Chapter XI,Chapter XII,Chapter XIII,Annexes,mapped,non_match_only,not_yet_looked_at");
        var row = lines.Single(l => l.StartsWith("1.0:6.2,", StringComparison.Ordinal)).Split(',');
        var counts = row.Skip(row.Length - 17).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        counts[2].Should().Be(chapterIII);
        counts[8].Should().Be(Articles(72, 94));
        counts[14].Should().Be(items.Count(ms => ms.Count > 0), "every 6.2 item is mapped");
        counts[16].Should().Be(0);
        Cli.Run("frameworks", "--matrix", "eu-ai-act", "--format", "md").Output.Should().StartWith("| Row | Chapter I | Chapter II |");
    }

    [Theory]
    [InlineData("nist-ai-rmf")]
    [InlineData("nist-ai-600-1")]
    [InlineData("mit-ai-risk-repository")]
    [InlineData("eu-ai-act")]
    [InlineData("iso-iec-42001")]
    public void Matrix_fits_80_columns_for_every_framework_and_edition(string framework)
    {
        foreach (var edition in new[] { "1.0", "2.0", "3.0" })
        {
            var run = Cli.RunAt(80, "frameworks", "--matrix", framework, "--edition", edition);

            run.Exit.Should().Be(0, run.ToString());
            run.Output.Split('\n').Should().OnlyContain(l => l.Length <= 80, framework + " " + edition);
            run.Output.Should().Contain("Open");
        }
    }

    [Fact]
    public void Matrix_numbers_the_columns_only_when_the_headers_do_not_fit()
    {
        Cli.RunAt(80, "frameworks", "--matrix", "nist-ai-rmf").Output.Should().StartWith("Row        GOVERN  MAP  MEASURE  MANAGE  Mapped  No match  Open\n");
        var ai = Cli.RunAt(80, "frameworks", "--matrix", "eu-ai-act").Output;
        ai.Should().StartWith("Row      1  2  3  4  5  6  7  8  9  10  11  12  13  14  Mapped  No match  Open\n").And.Contain("1-13: Chapters I-XIII, 14: Annexes.");
        Cli.Run("frameworks", "--matrix", "eu-ai-act", "--wide").Output.Should().StartWith("Row      I  II  III  IV  V  VI  VII  VIII  IX  X  XI  XII  XIII  Annexes  Mapped");
    }
}
