namespace AiGov.Catalog.Assessments.Tests;

/// <summary>
/// Syntax errors are reported at the place of the mistake (the scanner's own mark), in words that say what to fix:
/// neither YamlDotNet's "While scanning…" nor System.Text.Json's "Change the reader options." reaches the user.
/// </summary>
public sealed partial class AssessmentReaderTests
{
    /// <summary>Six lines of a valid header; the entries start on line 7.</summary>
    private const string Header = "format: aigov-assessment\nformat-version: 1\nedition: \"1.0\"\norganisation: Acme\nassessed: \"2026-11-01\"\nentries:\n";

    public static TheoryData<string, string, int, int, string> YamlSyntaxErrors() => new()
    {
        { "tab indenting an entry", Header + "\t- risk: \"1.0:3.1.1.a\"\n    status: addressed\n", 7, 1, "a tab character is used for indentation" },
        { "tab indenting a field", Header + "  - risk: \"1.0:3.1.1.a\"\n\tstatus: addressed\n", 8, 1, "a tab character is used for indentation" },
        { "tab after spaces", Header + "  - risk: \"1.0:3.1.1.a\"\n  \tstatus: addressed\n", 8, 3, "a tab character is used for indentation" },
        { "tab in the header", "format: aigov-assessment\nformat-version: 1\nedition: \"1.0\"\norganisation:\n\tname: Acme\n", 5, 1, "a tab character is used for indentation" },
        { "unclosed double quote", Header + "  - risk: \"1.0:3.1.1.a\n    status: addressed\n", 7, 11, "this quoted value is never closed: add the closing quote (\")" },
        { "unclosed single quote", Header + "  - risk: '1.0:3.1.1.a\n    status: addressed\n", 7, 11, "this quoted value is never closed: add the closing quote (')" },
        { "field indented too far", Header + "  - risk: \"1.0:3.1.1.a\"\n      status: addressed\n", 8, 7, "unexpected indentation: this line should be a 'field: value'" },
        { "item indented too little", Header + "  - risk: \"1.0:3.1.1.a\"\n   status: addressed\n", 8, 4, "unexpected indentation: this line should be a list item" },
        { "field indented under a value", "format: aigov-assessment\n  edition: \"1.0\"\n", 2, 10, "unexpected ': ' here" },
        { "colon inside a plain value", Header + "  - risk: a: b\n", 7, 12, "unexpected ': ' here: if the colon belongs to the value, put the value in quotes" },
        { "unclosed bracket", Header + "  - [a, b\n", 8, 1, "a list in brackets ([…]) is not closed" },
    };

    [Theory]
    [MemberData(nameof(YamlSyntaxErrors))]
    public void A_YAML_syntax_error_is_reported_at_its_place_in_words_that_say_what_to_fix(string what, string text, int line, int column, string message)
    {
        var problems = AssessmentReader.Parse(text, "self.yaml", AssessmentFileFormat.Yaml).Problems;

        problems.Should().ContainSingle(because: what);
        var problem = problems[0];
        problem.Code.Should().Be(AssessmentProblemCode.Syntax, because: what);
        (problem.Line, problem.Column).Should().Be((line, column), because: what + ": " + problem.Message);
        problem.Message.Should().StartWith(message, because: what);
        NoParserWording(problem.Message);
    }

    public static TheoryData<string, string, int, int, string> JsonSyntaxErrors() => new()
    {
        { "trailing comma in an object", "{\"format\": \"aigov-assessment\",\n \"edition\": \"1.0\",\n}", 3, 1, "invalid JSON: a trailing comma before the closing '}': remove the last ','" },
        { "trailing comma in an array", "{\"entries\": [1,]}", 1, 16, "invalid JSON: a trailing comma before the closing ']'" },
        { "string broken by a line break", "{\"format\": \"aigov-assessment\n}", 1, 29, "invalid JSON: a line break or control character inside a string: is the closing '\"' missing?" },
        { "string never closed", "{\"format\": \"aigov", 1, 18, "invalid JSON: the JSON ends too early" },
        { "object never closed", "{\"format\": \"aigov-assessment\",\n \"edition\": \"1.0\"\n", 3, 1, "invalid JSON: the JSON ends too early" },
        { "missing comma", "{\"format\": \"aigov-assessment\"\n \"edition\": \"1.0\"}", 2, 2, "invalid JSON: expected ',' or a closing '}' or ']' after the value, found '\"' (is a comma missing?)" },
        { "single quotes", "{'format': 1}", 1, 2, "invalid JSON: expected a property name in double quotes (\"name\"), found \"'\": JSON does not allow single quotes" },
        { "missing colon", "{\"format\" 1}", 1, 11, "invalid JSON: expected ':' after the property name, found '1'" },
    };

    [Theory]
    [MemberData(nameof(JsonSyntaxErrors))]
    public void A_JSON_syntax_error_is_reported_at_its_place_in_words_that_say_what_to_fix(string what, string text, int line, int column, string message)
    {
        var problems = AssessmentReader.Parse(text, "self.json", AssessmentFileFormat.Json).Problems;

        problems.Should().ContainSingle(because: what);
        var problem = problems[0];
        problem.Code.Should().Be(AssessmentProblemCode.Syntax, because: what);
        (problem.Line, problem.Column).Should().Be((line, column), because: what + ": " + problem.Message);
        problem.Message.Should().StartWith(message, because: what);
        NoParserWording(problem.Message);
    }

    private static void NoParserWording(string message) =>
        message.Should().NotContainAny(new[] { "While scanning", "While parsing", "scalar", "Change the reader options", "LineNumber", "BytePositionInLine", "isFinalBlock" });
}
