namespace AiGov.Catalog.Assessments.Tests;

/// <summary>
/// Broken assessment files under <c>Invalid/</c>: each file's <c>.expected.txt</c> lists every problem the reader must
/// report, one per line, as <c>line:column CODE path</c>, in file order; nothing more, nothing less.
/// </summary>
public sealed partial class AssessmentReaderTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Invalid")).Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_problem_is_reported_with_its_line_and_column(string name)
    {
        var result = AssessmentReader.Read(TestFiles.Invalid(name));
        var expected = File.ReadAllText(TestFiles.Invalid(name + ".expected.txt")).Replace("\r\n", "\n").TrimEnd('\n');

        result.IsValid.Should().BeFalse();
        result.Assessment.Should().BeNull();
        TestFiles.Describe(result.Problems).Should().Be(expected, because: string.Join("\n", result.Problems));
        result.Problems.Should().OnlyContain(p => p.File == TestFiles.Invalid(name) && p.Line >= 1 && p.Column >= 1 && p.Message.Length > 0);
    }

    [Fact]
    public void The_hand_made_file_with_mistakes_gets_a_readable_message_for_each()
    {
        var problems = AssessmentReader.Read(TestFiles.Invalid("many-mistakes.yaml")).Problems.Select(p => p.Path + ": " + p.Message).ToList();

        problems.Should().Contain(p => p.StartsWith("entries[1].risk: no risk '1.0:3.1.1.z' in the catalogue", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entries[3].risk: the risk 1.0:3.1.1.a ('1.0:3.1.1(a)') is already assessed at line 12", StringComparison.Ordinal));
        problems.Should().Contain("entries[4].risk: '2.0:3.1.1.b' is a risk of edition 2.0; this assessment is for edition 1.0");
        problems.Should().Contain("entries[5].risk: '1.0:3.1.2' is a risk sub-category, not a risk item: assess the risk items under it");
        problems.Should().Contain(p => p.StartsWith("entries[6].status: the required field 'status' is missing", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entries[7].owner: the required field 'owner' is missing", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entries[8].status: 'done' is not a status", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entries[9].notes: the required field 'notes' is missing", StringComparison.Ordinal));
        problems.Should().Contain("entries[10].owner: expected text, found a list");
        problems.Should().Contain(p => p.StartsWith("entries[10].controls: expected a list of text", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entries[10].evidence[1]: 'https://exa mple.com/x' is not a valid link", StringComparison.Ordinal));
        problems.Should().Contain("entries[10].evidence[2]: expected text, found a number (42): quote it (\"42\") to make it text");
        problems.Should().Contain(p => p.StartsWith("entries[10].notez: unknown field 'notez' (did you mean 'notes'?)", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entries[13].status: 'Partially addressed' is not a status (did you mean 'partially-addressed'?)", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("owners: unknown field 'owners'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("assessed: '2026-13-40' is not a date", StringComparison.Ordinal));
    }
}
