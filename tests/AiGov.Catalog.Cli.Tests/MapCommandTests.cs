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
        // MANAGE; 3.2 has 0, 6, 5, 2; none is left unlooked at.
        var csv = Cli.Run("frameworks", "--matrix", "nist-ai-rmf", "--edition", "1.0", "--format", "csv");

        csv.Exit.Should().Be(0, csv.ToString());
        var lines = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("category_id,category_title,GOVERN,MAP,MEASURE,MANAGE,not_yet_looked_at");
        lines[1].Should().StartWith("1.0:3.1,").And.EndWith(",1,3,11,1,0");
        lines[2].Should().StartWith("1.0:3.2,").And.EndWith(",0,6,5,2,0");
        Cli.Run("frameworks", "--matrix", "nist-ai-rmf", "--format", "md").Output.Should().StartWith("| Category | GOVERN | MAP | MEASURE | MANAGE | Not yet looked at |\n");
        Cli.RunAt(80, "frameworks", "--matrix", "mit-ai-risk-repository", "--edition", "2.0").Output.Split('\n').Should().OnlyContain(l => l.Length <= 80);
    }
}
