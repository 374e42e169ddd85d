namespace AiGov.Catalog.Assessments.Tests;

public sealed partial class AssessmentReaderTests
{
    [Fact]
    public void The_sample_is_valid_and_its_ids_are_normalised_to_canonical_ids()
    {
        var result = AssessmentReader.Read(TestFiles.Sample);

        result.Problems.Should().BeEmpty();
        var assessment = result.Assessment!;
        assessment.Edition.Should().Be(Edition.V1_0);
        assessment.Organisation.Should().Be("Example Assistants Ltd. (fictional)");
        assessment.AssessedText.Should().Be("2026-11-01");
        assessment.Entries.Should().HaveCount(22);
        // Written as 1.0:3.1.1(b), 1.0:robustness and 3.1.1(e) in the file.
        assessment.Find("1.0:3.1.1.b").Should().NotBeNull();
        assessment.Find("1.0:3.1.1.c")!.Owner.Should().Be("ML Platform team");
        assessment.Find("1.0:3.1.1.e")!.Status.Should().Be(AssessmentStatus.PartiallyAddressed);
        assessment.Entries.Select(e => e.RiskId).Should().OnlyContain(id => GovernanceCatalog.Default.Find(id).Id == id);
    }

    [Fact]
    public void Entries_keep_their_position_in_the_file()
    {
        var assessment = TestFiles.LoadSample();

        var first = assessment.Entries[0].Location!.Value;
        first.Line.Should().Be(File.ReadLines(TestFiles.Sample).TakeWhile(l => !l.Contains("risk: \"1.0:3.1.1.a\"", StringComparison.Ordinal)).Count() + 1);
        first.Column.Should().Be(5);
        first.File.Should().Be(TestFiles.Sample);
    }

    [Fact]
    public void Load_throws_with_every_problem_when_the_file_has_errors()
    {
        var act = () => AssessmentReader.Load(TestFiles.Invalid("many-mistakes.yaml"));

        var thrown = act.Should().Throw<AssessmentValidationException>().Which;
        thrown.Problems.Should().HaveCountGreaterThan(10);
        thrown.Message.Should().Contain("many-mistakes.yaml(9,11): error AIGOV106");
    }

    [Fact]
    public void A_problem_reads_like_a_compiler_message()
    {
        var result = AssessmentReader.Read(TestFiles.Invalid("unknown-edition.yaml"));

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be(
            TestFiles.Invalid("unknown-edition.yaml") + "(3,10): error AIGOV109: edition: the catalogue has no edition 4.0; it has 1.0, 2.0, 3.0");
    }

    [Fact]
    public void Text_in_memory_is_read_like_a_file()
    {
        var yaml = "format: aigov-assessment\nformat-version: 1\nedition: \"2.0\"\norganisation: Memory Ltd.\nassessed: \"2026-01-02\"\nentries:\n  - risk: \"2.0:employment-shock\"\n    status: not-addressed\n    owner: HR\n";

        var result = AssessmentReader.Parse(yaml, "memory.yaml", AssessmentFileFormat.Yaml);

        result.IsValid.Should().BeTrue();
        result.Assessment!.Entries.Single().RiskId.Should().Be("2.0:employment-shock");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        var result = AssessmentReader.Read(TestFiles.Sample, options: new AssessmentReaderOptions(maxBytes: 100));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(AssessmentProblemCode.Limit);
    }

    [Fact]
    public void Undecodable_bytes_are_reported_where_they_are()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("format: aigov-assessment\norganisation: caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var result = AssessmentReader.Read(new MemoryStream(bytes), "bad.yaml", AssessmentFileFormat.Yaml);

        var problem = result.Errors.Should().ContainSingle().Which;
        problem.Code.Should().Be(AssessmentProblemCode.Syntax);
        (problem.Line, problem.Column).Should().Be((2, 18));
    }

    [Fact]
    public void Columns_count_characters_not_bytes_in_json()
    {
        var json = "{\"format\": \"aigov-assessment\", \"organisation\": \"中文\", \"x\": 1}";

        var result = AssessmentReader.Parse(json, "cjk.json", AssessmentFileFormat.Json);

        var unknown = result.Errors.Single(p => p.Code == AssessmentProblemCode.UnknownField);
        (unknown.Line, unknown.Column).Should().Be((1, json.IndexOf("\"x\"", StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void Needs_review_entries_are_valid_with_a_warning()
    {
        var yaml = "format: aigov-assessment\nformat-version: 1\nedition: \"2.0\"\norganisation: Review Ltd.\nassessed: \"2026-01-02\"\nentries:\n  - risk: \"2.0:3.1.1.e\"\n    status: needs-review\n";

        var result = AssessmentReader.Parse(yaml, "review.yaml", AssessmentFileFormat.Yaml);

        result.IsValid.Should().BeTrue();
        var warning = result.Warnings.Should().ContainSingle().Which;
        (warning.Line, warning.Column, warning.CodeText).Should().Be((8, 13, "AIGOV111"));
    }

    [Fact]
    public void Prior_answers_must_name_a_risk_of_an_older_edition()
    {
        var yaml = "format: aigov-assessment\nformat-version: 1\nedition: \"2.0\"\norganisation: History Ltd.\nassessed: \"2026-01-02\"\nentries:\n  - risk: \"2.0:3.1.1.a\"\n    status: addressed\n    owner: ML\n    migrated-from:\n      - risk: \"2.0:3.1.1.b\"\n        relation: unchanged\n      - risk: \"1.0:3.1.1.a\"\n        relation: sideways\n";

        var result = AssessmentReader.Parse(yaml, "history.yaml", AssessmentFileFormat.Yaml);

        TestFiles.Describe(result.Errors).Should().Be(
            "11:15 AIGOV109 entries[1].migrated-from[1].risk\n14:19 AIGOV107 entries[1].migrated-from[2].relation");
    }
}
