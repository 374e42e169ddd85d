using System.Text;
using CsCheck;

namespace AiGov.Catalog.Assessments.Tests;

/// <summary>
/// Property tests of the assessment reader: random damage to the sample assessment (truncation, byte flips, removed or
/// duplicated lines, in YAML and in JSON) never throws; it yields problems with a line and column, or a valid assessment.
/// </summary>
public sealed class AssessmentReaderPropertyTests
{
    private static readonly Lazy<string> Yaml = new(() => File.ReadAllText(TestFiles.Sample));

    private static readonly Lazy<string> Json = new(() => AssessmentWriter.ToJson(TestFiles.LoadSample()));

    public static TheoryData<string> Formats() => new() { "yaml", "json" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Truncated_files_give_located_problems_not_exceptions(string format)
    {
        var text = Text(format);

        Gen.Int[0, text.Length - 1].Sample(length => ReadsSafely(text[..length], format), iter: 150);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Flipped_bytes_give_located_problems_not_exceptions(string format)
    {
        var bytes = Encoding.UTF8.GetBytes(Text(format));

        Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte).Sample(
            (position, value) =>
            {
                var damaged = (byte[])bytes.Clone();
                damaged[position] ^= (byte)(value | 1);
                return ReadsSafely(Encoding.UTF8.GetString(damaged), format);
            },
            iter: 150);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Removed_or_duplicated_lines_give_located_problems_not_exceptions(string format)
    {
        var lines = Text(format).Split('\n');

        Gen.Select(Gen.Int[0, lines.Length - 1], Gen.Bool).Sample(
            (index, duplicate) =>
            {
                var changed = lines.ToList();
                if (duplicate)
                {
                    changed.Insert(index, lines[index]);
                }
                else
                {
                    changed.RemoveAt(index);
                }

                return ReadsSafely(string.Join('\n', changed), format);
            },
            iter: 150);
    }

    private static string Text(string format) => format == "yaml" ? Yaml.Value : Json.Value;

    private static bool ReadsSafely(string text, string format)
    {
        var result = AssessmentReader.Parse(text, "damaged." + format, format == "yaml" ? AssessmentFileFormat.Yaml : AssessmentFileFormat.Json);
        return result.IsValid
            ? result.Assessment is not null
            : result.Errors.All(p => p.Line >= 1 && p.Column >= 1 && p.Message.Length > 0);
    }
}
