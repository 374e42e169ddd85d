using System.Collections.Immutable;
using System.Text;
using AiGov.Catalog.Generators.Documentation;
using AiGov.Catalog.Generators.Emitting;
using AiGov.Catalog.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>
/// The bad-input corpus: each folder under Corpus/ overlays the minimal catalogue with files of its own (a file named
/// <c>x.yaml.delete</c> removes <c>x.yaml</c>) and lists in expected.txt the exact diagnostics (ID, file, line,
/// column) it must produce. No case may crash the generator, hang, or yield a catalogue together with an error.
/// </summary>
public sealed class GeneratorCorpusTests
{
    private static readonly string CorpusRoot = System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(CorpusRoot).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_produces_exactly_the_expected_diagnostics(string name)
    {
        var directory = System.IO.Path.Combine(CorpusRoot, name);
        var expected = File.ReadAllLines(System.IO.Path.Combine(directory, "expected.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l != "none")
            .ToList();

        var result = RunWithTimeout(Overlay(directory), TimeSpan.FromSeconds(30));

        result.Exception.Should().BeNull();
        var actual = result.Diagnostics.Select(Describe).ToList();
        actual.Should().BeEquivalentTo(expected, because: "case " + name + " reported: " + string.Join(" | ", result.Diagnostics));
        if (expected.Count > 0)
        {
            result.GeneratedSources.Select(s => s.HintName).Should().Equal(new[] { CatalogEmitter.DataFileName, CatalogEmitter.VocabulariesFileName, PublicApiList.FileName }, because: "a catalogue with errors must not be emitted");
            result.GeneratedSources.Take(2).Should().OnlyContain(s => s.SourceText.ToString().Contains(CatalogEmitter.FailedMarker));
            result.GeneratedSources[0].SourceText.ToString().Should().Contain("InvalidOperationException").And.NotContain("Records");
        }
        else
        {
            result.GeneratedSources.Select(s => s.HintName).Should().Contain(CatalogEmitter.DataFileName).And.HaveCount(name.StartsWith("crosswalk-", StringComparison.Ordinal) ? 5 : 4);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_its_AIGOV_errors_and_no_compiler_error_in_the_library(string name)
    {
        var directory = System.IO.Path.Combine(CorpusRoot, name);
        var expected = File.ReadAllLines(System.IO.Path.Combine(directory, "expected.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l != "none")
            .ToList();

        var errors = LibraryCompilation.Build(Texts(Overlay(directory)));

        errors.Where(e => !e.Id.StartsWith("AIGOV", StringComparison.Ordinal)).Select(e => e.ToString())
            .Should().BeEmpty(because: "the hand-written library must still compile when the catalogue does not");
        errors.Select(Describe).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Corpus_covers_every_required_kind_of_bad_input()
    {
        var names = Directory.GetDirectories(CorpusRoot).Select(d => System.IO.Path.GetFileName(d)).ToList();

        names.Should().Contain(new[]
        {
            "syntax-unclosed-quote", "tab-indentation", "duplicate-mapping-key", "duplicate-id-within-file",
            "duplicate-key-across-files", "dangling-measure-reference", "dangling-lineage-reference", "unknown-stage",
            "unknown-actor", "unknown-field", "number-where-string-required", "empty-file", "whitespace-only-file",
            "utf8-bom", "crlf-line-endings", "invalid-utf8", "billion-laughs",
            "crosswalk-unknown-framework", "crosswalk-unknown-term", "crosswalk-id-pattern", "crosswalk-made-up-predicate",
        });
    }

    [Fact]
    public void A_very_long_scalar_is_refused_with_a_location()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = files["editions/1.0/risks.yaml"].Replace("Outputs are hard to explain.", new string('x', InputGuards.MaxScalarChars + 1));

        var result = RunWithTimeout(files.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value)), TimeSpan.FromSeconds(30));

        result.Diagnostics.Select(Describe).Should().Equal("AIGOV008 editions/1.0/risks.yaml 10 14");
    }

    [Theory]
    [InlineData(40)]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void Deep_nesting_is_refused_without_exhausting_the_stack(int depth)
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] = "edition: \"1.0\"\nrisks: " + new string('[', depth) + new string(']', depth) + "\n";

        var result = RunWithTimeout(files.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value)), TimeSpan.FromSeconds(60));

        result.Exception.Should().BeNull();
        result.Diagnostics.Select(Describe).Should().Equal("AIGOV008 editions/1.0/risks.yaml 2 " + (8 + 31));
        // 1-based column of the 32nd "[": the root mapping is the first level.
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var files = MinimalCatalog.Files();
        files["editions/1.0/risks.yaml"] += "\n# " + new string('x', InputGuards.MaxFileChars);

        var result = RunWithTimeout(files.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value)), TimeSpan.FromSeconds(60));

        result.Diagnostics.Select(Describe).Should().Equal("AIGOV008 editions/1.0/risks.yaml 1 1");
    }

    private static Dictionary<string, byte[]> Overlay(string directory)
    {
        var files = MinimalCatalog.Files().ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value));
        var root = System.IO.Path.Combine(directory, "files");
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.EndsWith(".delete", StringComparison.Ordinal))
            {
                files.Remove(relative[..^".delete".Length]);
            }
            else
            {
                files[relative] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    /// <summary>Runs the generator on a worker thread with a large stack and a time limit.</summary>
    private static RunOutcome RunWithTimeout(Dictionary<string, byte[]> files, TimeSpan limit)
    {
        RunOutcome? outcome = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var texts = Texts(files);
                    GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new CatalogGenerator().AsSourceGenerator() }, texts);
                    var run = driver.RunGenerators(CSharpCompilation.Create("Corpus")).GetRunResult().Results.Single();
                    outcome = new RunOutcome(run.Diagnostics, run.GeneratedSources, run.Exception);
                }
                catch (Exception ex)
                {
                    outcome = new RunOutcome(ImmutableArray<Diagnostic>.Empty, ImmutableArray<GeneratedSourceResult>.Empty, ex);
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join(limit).Should().BeTrue(because: "the generator must not hang");
        return outcome!;
    }

    private static ImmutableArray<AdditionalText> Texts(Dictionary<string, byte[]> files) =>
        files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new ByteText(GeneratorHarness.Root + f.Key, f.Value))
            .ToImmutableArray();

    private static string Describe(Diagnostic d)
    {
        if (d.Location == Location.None)
        {
            return d.Id + " (none) 0 0";
        }

        var span = d.Location.GetLineSpan();
        return d.Id + " " + span.Path.Replace(GeneratorHarness.Root, string.Empty) + " " + (span.StartLinePosition.Line + 1) + " " + (span.StartLinePosition.Character + 1);
    }

    private sealed record RunOutcome(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<GeneratedSourceResult> GeneratedSources, Exception? Exception);

    /// <summary>A file as the compiler reads it: BOM stripped, invalid UTF-8 decoded to U+FFFD.</summary>
    private sealed class ByteText : AdditionalText
    {
        private readonly SourceText _text;

        public ByteText(string path, byte[] bytes)
        {
            Path = path;
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var decoded = new UTF8Encoding(false, false).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            _text = SourceText.From(decoded, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
