using System;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Tests.Diff;

/// <remarks>
/// The approved files sit in <c>Snapshots/Approved/</c> beside the golden-file helper. A missing or different file fails
/// the run; on CI nothing is accepted automatically (see <see cref="Snapshot"/>).
/// </remarks>
public partial class EditionDiffTests
{
    [Theory]
    [InlineData("1.0", "2.0", "md")]
    [InlineData("1.0", "2.0", "json")]
    [InlineData("1.0", "2.0", "csv")]
    [InlineData("2.0", "1.0", "md")]
    [InlineData("2.0", "1.0", "json")]
    [InlineData("2.0", "1.0", "csv")]
    [InlineData("2.0", "3.0", "md")]
    [InlineData("2.0", "3.0", "json")]
    [InlineData("2.0", "3.0", "csv")]
    [InlineData("3.0", "2.0", "md")]
    [InlineData("3.0", "2.0", "json")]
    [InlineData("3.0", "2.0", "csv")]
    [InlineData("1.0", "3.0", "md")]
    [InlineData("1.0", "3.0", "json")]
    [InlineData("1.0", "3.0", "csv")]
    [InlineData("3.0", "1.0", "md")]
    [InlineData("3.0", "1.0", "json")]
    [InlineData("3.0", "1.0", "csv")]
    public void Renderings_match_the_approved_snapshots(string from, string to, string format)
    {
        var diff = Catalog.Diff(Edition.Parse(from), Edition.Parse(to));
        var name = "Diff_" + from.Replace('.', '_') + "_to_" + to.Replace('.', '_');
        Snapshot.Match(Render(diff, format), name, format);
    }

    internal static string Render(EditionDiff diff, string format) => format switch
    {
        "md" => diff.ToMarkdown(),
        "json" => diff.ToJson(),
        "csv" => diff.ToCsv(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "md, json or csv"),
    };
}
