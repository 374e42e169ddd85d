using System.Globalization;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Assessments.Tests;

public sealed class AssessmentReportTests
{
    private static readonly AssessmentReport Report = AssessmentReport.Create(TestFiles.LoadSample());

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public void The_report_of_the_sample_matches_the_approved_snapshot(string format)
    {
        Snapshot.Match(Render(Report, format), "Report_example_1_0", format);
    }

    [Fact]
    public void The_report_of_the_migrated_sample_matches_the_approved_snapshot()
    {
        var migrated = AssessmentMigrator.Migrate(TestFiles.LoadSample(), Edition.V2_0).Migrated;

        Snapshot.Match(AssessmentReport.Create(migrated).ToMarkdown(), "Report_example_2_0_migrated", "md");
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public void The_report_of_a_measure_checklist_matches_the_approved_snapshot(string format)
    {
        // A 2.0 service-provider template with three risks answered, their measure checklists included.
        var template = AssessmentTemplate.Create(GovernanceCatalog.Default, Edition.V2_0, new DateOnly(2026, 12, 1), GovernanceCatalog.Default.Actors.First(a => a.Key == "service-provider"), organisation: "Example Assistants Ltd. (fictional)");
        var answered = template.Entries.Where(e => !e.Measures.IsEmpty).Select(e => e.RiskId).Take(3).ToList();
        var entries = template.Entries.Select(e => answered.IndexOf(e.RiskId) switch
        {
            0 => new AssessmentEntry(e.RiskId, AssessmentStatus.Addressed, "ML Platform team", new[] { "Model cards" }, measures: e.Measures.Select((m, j) => new MeasureAnswer(m.MeasureId, j == 0 ? MeasureState.Implemented : MeasureState.NotImplemented))),
            1 => new AssessmentEntry(e.RiskId, AssessmentStatus.PartiallyAddressed, "Responsible AI office", measures: e.Measures.Select(m => new MeasureAnswer(m.MeasureId, MeasureState.Planned, notes: "Q2 2027"))),
            2 => new AssessmentEntry(e.RiskId, AssessmentStatus.NotApplicable, notes: "No open-weight release.", measures: e.Measures),
            _ => e,
        });
        var assessment = new Assessment(template.Edition, template.Organisation, template.Assessed, entries, template.Scope);

        Snapshot.Match(Render(AssessmentReport.Create(assessment, language: TitleLanguage.En), format), "Report_measures_2_0", format);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public void Renderings_are_the_same_in_every_culture(string format)
    {
        var expected = Render(Report, format);
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "ar-SA", "zh-CN", "tr-TR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Render(AssessmentReport.Create(TestFiles.LoadSample()), format).Should().Be(expected, because: name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void The_html_page_is_self_contained_and_has_no_script()
    {
        var html = Report.ToHtml();

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("<meta charset=\"utf-8\">");
        html.Should().NotContainAny("<script", "src=", "<link", "@import", "url(", "javascript:");
        html.Should().Contain("class=\"heat\"").And.Contain("id=\"gaps\"");
    }

    [Fact]
    public void Every_text_in_the_html_page_is_escaped()
    {
        var hostile = "<script>alert('x')</script> & \"quotes\"";
        var assessment = new Assessment(
            Edition.V1_0,
            hostile,
            new DateOnly(2026, 11, 1),
            new[]
            {
                new AssessmentEntry("1.0:3.1.1.a", AssessmentStatus.Addressed, hostile, new[] { hostile }, new[] { "javascript:alert(1)", "https://example.com/?a=1&b=<2>" }, hostile),
            },
            scope: hostile);

        var html = AssessmentReport.Create(assessment).ToHtml();

        html.Should().NotContain("<script>");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        html.Should().NotContain("href=\"javascript:");
        html.Should().Contain("href=\"https://example.com/?a=1&amp;b=&lt;2&gt;\"");
        AssessmentReport.Create(assessment).ToMarkdown().Should().NotContain("<script>");
    }

    [Fact]
    public void The_language_option_chooses_the_title_languages()
    {
        var zh = AssessmentReport.Create(TestFiles.LoadSample(), language: TitleLanguage.Zh).ToMarkdown();
        var en = AssessmentReport.Create(TestFiles.LoadSample(), language: TitleLanguage.En).ToMarkdown();

        zh.Should().Contain("可解释性差的风险").And.NotContain("Risks of explainability");
        en.Should().Contain("Risks of explainability").And.NotContain("可解释性差的风险");
        en.Should().Contain("(our translation)");
        zh.Should().Contain("(unknown)", because: "1.0 3.1.2(c) has no known Chinese title");
    }

    [Theory]
    [InlineData(TitleLanguage.Zh)]
    [InlineData(TitleLanguage.En)]
    [InlineData(TitleLanguage.Both)]
    public void The_html_page_marks_each_title_with_its_language(TitleLanguage language)
    {
        var html = AssessmentReport.Create(TestFiles.LoadSample(), language: language).ToHtml();

        html.Should().Contain("<html lang=\"en\">", "the page's own headings and notes are English whatever the title language");
        var chinese = new System.Text.RegularExpressions.Regex(@"[\u4e00-\u9fff]+");
        var spans = new System.Text.RegularExpressions.Regex("<span lang=\"zh-Hans\">[^<]*</span>");
        var outside = System.Text.RegularExpressions.Regex.Replace(spans.Replace(html, string.Empty), "title=\"[^\"]*\"", string.Empty);
        chinese.IsMatch(outside.Substring(outside.IndexOf("<body>", StringComparison.Ordinal)))
            .Should().BeFalse("every Chinese title in the body's text is inside a lang=\"zh-Hans\" span (tooltips are attributes)");
        if (language == TitleLanguage.En)
        {
            html.Should().NotContain("lang=\"zh-Hans\"");
        }
        else
        {
            html.Should().Contain("<span lang=\"zh-Hans\">可解释性差的风险</span>");
        }

        if (language == TitleLanguage.Both)
        {
            html.Should().Contain("<span lang=\"zh-Hans\">可解释性差的风险</span> / Risks of explainability");
        }
    }

    private static string Render(AssessmentReport report, string format) => format switch
    {
        "md" => report.ToMarkdown(),
        "json" => report.ToJson(),
        _ => report.ToHtml(),
    };
}
