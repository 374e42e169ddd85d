namespace AiGov.Catalog.Assessments.Tests;

public sealed class AssessmentWriterTests
{
    [Theory]
    [InlineData(AssessmentFileFormat.Yaml)]
    [InlineData(AssessmentFileFormat.Json)]
    public void What_is_written_reads_back_into_the_same_assessment(AssessmentFileFormat format)
    {
        var sample = TestFiles.LoadSample();
        var text = format == AssessmentFileFormat.Yaml ? AssessmentWriter.ToYaml(sample) : AssessmentWriter.ToJson(sample);

        var read = AssessmentReader.Parse(text, "round-trip", format);

        read.Problems.Should().BeEmpty();
        AssessmentWriter.ToYaml(read.Assessment!).Should().Be(AssessmentWriter.ToYaml(sample));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("2026-11-01")]
    [InlineData("key: value")]
    [InlineData("# not a comment")]
    [InlineData("- dash")]
    [InlineData("\"quoted\" and \\ backslash")]
    [InlineData("two\nlines\tand a tab")]
    [InlineData("  leading spaces")]
    [InlineData("训练数据含不当内容、被\"投毒\"风险")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("Plain text, with commas (and brackets)")]
    public void Any_text_survives_a_round_trip_through_yaml(string text)
    {
        var assessment = new Assessment(
            Edition.V1_0,
            "Org " + text,
            new DateOnly(2026, 11, 1),
            new[] { new AssessmentEntry("1.0:3.1.1.a", AssessmentStatus.Addressed, text, new[] { text }, null, text) },
            scope: text);

        var read = AssessmentReader.Parse(AssessmentWriter.ToYaml(assessment), "t.yaml", AssessmentFileFormat.Yaml);

        read.Errors.Should().BeEmpty();
        var entry = read.Assessment!.Entries.Single();
        (entry.Owner, entry.Notes, entry.Controls.Single()).Should().Be((text.Trim(), text.Trim(), text.Trim()));
        read.Assessment.Scope.Should().Be(text.Trim());
    }
}
