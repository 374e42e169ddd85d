using System.Text.Json;

namespace AiGov.Catalog.Cli.Tests;

/// <summary><c>aigov instruments</c>, <c>aigov show &lt;instrument&gt;</c>, the instruments section of <c>show</c> and the legal character in <c>editions</c>.</summary>
public sealed class InstrumentCommandTests
{
    [Fact]
    public void Instruments_lists_the_22_of_the_registry()
    {
        var run = Cli.Run("instruments");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("tc260-003").And.Contain("22 of 22 instruments").And.Contain("3 departmental-rule").And.Contain("3*");
        run.Output.Split('\n').Should().OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public void Instruments_filter_by_level_and_binding()
    {
        var laws = Cli.Run("instruments", "--level", "law", "--json");
        using var json = JsonDocument.Parse(laws.Output);
        json.RootElement.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("key").GetString())
            .Should().Equal("cybersecurity-law", "data-security-law", "personal-information-protection-law");

        var voluntary = Cli.Run("instruments", "--level", "recommended-national-standard", "--binding", "no");
        voluntary.Output.Should().Contain("3 of 22 instruments");

        var unknown = Cli.Run("instruments", "--level", "statute");
        unknown.Exit.Should().NotBe(0);
        unknown.Error.Should().Contain("no instrument level 'statute'");
    }

    [Fact]
    public void Show_an_instrument_gives_every_fact_with_its_sources_and_the_conflicts()
    {
        var run = Cli.Run("show", "ai-content-labelling-measures");

        run.Exit.Should().Be(0, run.ToString());
        run.Output.Should().Contain("人工智能生成合成内容标识办法").And.Contain("normative-document [inferred] (SRC-105").And.Contain("L6");
        run.Output.Split('\n').Should().OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public void Show_a_risk_lists_its_instruments()
    {
        var run = Cli.Run("show", "1.0:3.2.1(b)");

        run.Output.Should().Contain("Instruments:").And.Contain("deep-synthesis-provisions — parallel, editorial");
        using var json = JsonDocument.Parse(Cli.Run("show", "1.0:3.2.1(b)", "--json").Output);
        json.RootElement.GetProperty("instruments").EnumerateArray().Select(l => l.GetProperty("id").GetString()).Should().Equal("L9", "L10");
    }

    [Fact]
    public void Editions_show_the_legal_character_and_the_third_party_label_as_such()
    {
        var run = Cli.RunAt(80, "editions");

        run.Output.Should().Contain("tc260-technical-document [verified] (SRC-28)")
            .And.Contain("\"normative document (Level 4)\" by SRC-43, trust low");
        var start = run.Output.IndexOf("legal character", StringComparison.Ordinal);
        var end = run.Output.IndexOf("\nCatalogue data", StringComparison.Ordinal);
        run.Output[start..end].Split('\n').Should().OnlyContain(l => l.Length <= 80);
        using var json = JsonDocument.Parse(Cli.Run("editions", "--json").Output);
        json.RootElement.GetProperty("editions")[0].GetProperty("character").GetProperty("instrumentType").GetProperty("status").GetString().Should().Be("unknown");
    }
}
