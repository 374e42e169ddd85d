namespace AiGov.Catalog.Assessments.Tests;

public sealed class AssessmentTemplateTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    public static TheoryData<string> Editions()
    {
        var data = new TheoryData<string>();
        foreach (var edition in Catalog.Editions)
        {
            data.Add(edition.Edition.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void A_template_lists_every_risk_of_the_edition_unassessed_with_its_measures(string editionText)
    {
        var edition = Edition.Parse(editionText);

        var template = AssessmentTemplate.Create(Catalog, edition, Day);

        template.Entries.Select(e => e.RiskId).Should().Equal(Catalog.Edition(edition).Risks.Select(r => r.Id));
        template.Entries.Should().OnlyContain(e => e.Status == AssessmentStatus.Unassessed);
        foreach (var entry in template.Entries)
        {
            entry.Measures.Select(m => m.MeasureId).Should().Equal(((Risk)Catalog.Find(entry.RiskId)).Measures.Select(m => m.Id));
            entry.Measures.All(m => m.State == null).Should().BeTrue();
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_yaml_and_json_templates_validate_cleanly(string editionText)
    {
        var template = AssessmentTemplate.Create(Catalog, Edition.Parse(editionText), Day);

        var yaml = AssessmentReader.Parse(AssessmentTemplate.ToYaml(template, Catalog), "t.yaml", AssessmentFileFormat.Yaml);
        var json = AssessmentReader.Parse(AssessmentWriter.ToJson(template), "t.json", AssessmentFileFormat.Json);

        yaml.Problems.Should().BeEmpty();
        json.Problems.Should().BeEmpty();
        yaml.Assessment!.Entries.Should().HaveCount(template.Entries.Length);
        yaml.Assessment.FormatVersion.Should().Be(2);
        AssessmentWriter.ToYaml(yaml.Assessment).Should().Be(AssessmentWriter.ToYaml(template));
    }

    [Fact]
    public void Actor_and_stage_filters_follow_the_risk_query()
    {
        var actor = Catalog.Actors.First(a => a.Key == "service-provider");
        var stage = Catalog.Stages.First(s => s.Key == "deployment");

        var template = AssessmentTemplate.Create(Catalog, Edition.V2_0, Day, actor, stage);

        var expected = Catalog.Risks(Edition.V2_0).At(stage).For(actor).Select(r => r.Id).ToList();
        expected.Should().NotBeEmpty();
        expected.Count.Should().BeLessThan(Catalog.Edition(Edition.V2_0).Risks.Length);
        template.Entries.Select(e => e.RiskId).Should().Equal(expected);
        template.Scope.Should().Contain("service-provider").And.Contain("deployment");
    }

    [Fact]
    public void The_yaml_template_shows_clause_titles_and_summary_as_comments()
    {
        var template = AssessmentTemplate.Create(Catalog, Edition.V1_0, Day);
        var risk = Catalog.Edition(Edition.V1_0).Risks[0];

        var yaml = AssessmentTemplate.ToYaml(template, Catalog);

        yaml.Should().Contain("  # ── " + risk.Clause + "  zh: " + TitleFormatter.Format(risk.Title.Zh) + "  en: " + TitleFormatter.Format(risk.Title.En) + "\n");
        yaml.Should().Contain("  # Pages: zh " + risk.Pages!.Zh + ", en " + risk.Pages.En + "\n  - risk: \"" + risk.Id + "\"");
        yaml.Should().Contain("# Summary (ours): " + AssessmentTemplate.OneLine(risk.Summary));
        yaml.Should().Contain("status: unassessed");
        var measure = risk.Measures[0];
        yaml.Should().Contain("- measure: \"" + measure.Id + "\"  # " + (measure.Clause ?? measure.Key));
    }
}
