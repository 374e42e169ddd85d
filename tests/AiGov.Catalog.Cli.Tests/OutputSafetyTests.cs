using AiGov.Catalog.Cli.Export;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>
/// No command destroys an input or a file it did not mean to write: every writing command (diff, export, assess report,
/// assess migrate) refuses an output that is its input (also through a link) or another of its outputs, refuses an
/// existing file without --force, checks everything before writing anything, and writes atomically.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Original = "the user's own file\n";

    private readonly string _folder = Cli.TempDirectory();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The writing commands, each with its output options and the arguments before them.</summary>
    public static TheoryData<string, string> Writers() => new()
    {
        { "diff 1.0 2.0", "--out" },
        { "assess report {input}", "--out" },
        { "assess report {input} --format html", "--out" },
        { "assess migrate {input}", "--out" },
        { "assess migrate {input}", "--report" },
        { "assess upgrade {input}", "--out" },
        { "assess init --edition 1.0", "--out" },
        { "assess init --edition 2.0 --format xlsx", "--out" },
    };

    /// <summary>The commands that read an input file, with the option that names an output.</summary>
    public static TheoryData<string, string> Readers() => new()
    {
        { "assess report {input}", "--out" },
        { "assess report {input} --format html", "--out" },
        { "assess report {input} --format md", "-o" },
        { "assess migrate {input}", "--out" },
        { "assess migrate {input}", "--report" },
        { "assess migrate {input} --out {folder}/other.yaml", "--report" },
        { "assess upgrade {input}", "--out" },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_output_that_is_the_input_is_refused_even_with_force(string command, string option)
    {
        var input = Input();
        var before = File.ReadAllText(input);

        foreach (var force in new[] { false, true })
        {
            var run = Run(command, input, option, input, force);

            OneLineRefusal(run, "is the input file " + input);
            File.ReadAllText(input).Should().Be(before, "the assessment must survive");
        }

        Directory.GetFiles(_folder).Should().BeEquivalentTo(new[] { input }, "nothing else is written either");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_output_that_is_the_input_through_a_link_or_another_name_is_refused(string command, string option)
    {
        var input = Input();
        var before = File.ReadAllText(input);
        var link = Path.Combine(_folder, "link.yaml");
        File.CreateSymbolicLink(link, input);
        var sub = Directory.CreateDirectory(Path.Combine(_folder, "sub")).FullName;
        var linkedFolder = Path.Combine(_folder, "linked-folder");
        Directory.CreateSymbolicLink(linkedFolder, _folder);

        OneLineRefusal(Run(command, input, option, link, force: true), "is the input file " + input + " (through a link");
        OneLineRefusal(Run(command, link, option, input, force: true), "is the input file " + link + " (through a link");
        OneLineRefusal(Run(command, input, option, Path.Combine(linkedFolder, "self.yaml"), force: true), "(through a link");
        OneLineRefusal(Run(command, input, option, Path.Combine(sub, "..", "self.yaml"), force: true), "is the input file " + input);

        File.ReadAllText(input).Should().Be(before);
        new FileInfo(link).LinkTarget.Should().Be(input, "the link is not replaced by a file either");
    }

    [Fact]
    public void Migrate_refuses_the_same_file_for_both_outputs_and_writes_neither()
    {
        var input = Input();
        var both = Path.Combine(_folder, "o.yaml");
        var link = Path.Combine(_folder, "o-link.md");
        File.CreateSymbolicLink(link, both);

        OneLineRefusal(Cli.Run("assess", "migrate", input, "--out", both, "--report", both), "--report " + both + " is the same file as --out " + both);
        OneLineRefusal(Cli.Run("assess", "migrate", input, "--out", both, "--report", link, "--force"), "--report " + link + " is the same file as --out " + both + " (through a link");

        File.Exists(both).Should().BeFalse();
    }

    [Fact]
    public void Export_refuses_two_files_of_the_same_name_and_writes_neither()
    {
        var exporters = new Dictionary<string, ICatalogExporter> { ["md"] = new FakeExporter(new ExportedFile("a.md", "1\n"), new ExportedFile("a.md", "2\n")) };

        OneLineRefusal(Cli.Run(exporters, "export", "--format", "md", "--out", _folder), "is the same file as");

        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void An_existing_output_is_refused_without_force_and_replaced_with_it(string command, string option)
    {
        var input = Input();
        var target = Path.Combine(_folder, "existing.out");
        File.WriteAllText(target, Original);

        var refused = Run(command, input, option, target, force: false);

        OneLineRefusal(refused, target + " exists: use --force to replace it.");
        File.ReadAllText(target).Should().Be(Original);

        var forced = Run(command, input, option, target, force: true);

        forced.Exit.Should().Be(0, forced.ToString());
        File.ReadAllText(target).Should().NotBe(Original).And.NotBeEmpty();
        NoTemporaryFiles();
    }

    [Theory]
    [InlineData("assess init --edition 2.0")]
    [InlineData("assess upgrade {input}")]
    [InlineData("assess migrate {input} --to 2.0")]
    public void An_existing_workbook_is_refused_without_force_and_replaced_atomically_with_it(string command)
    {
        var input = Input();
        var target = Path.Combine(_folder, "existing.xlsx");
        File.WriteAllText(target, Original);

        var refused = Run(command, input, "--out", target, force: false);

        OneLineRefusal(refused, target + " exists: use --force to replace it.");
        File.ReadAllText(target).Should().Be(Original);

        var forced = Run(command, input, "--out", target, force: true);

        forced.Exit.Should().Be(0, forced.ToString());
        var read = AiGov.Catalog.Assessments.Workbooks.AssessmentWorkbooks.Read(target);
        read.IsValid.Should().BeTrue(string.Join("\n", read.Problems));
        NoTemporaryFiles();
    }

    [Fact]
    public void An_output_that_is_an_existing_folder_is_refused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "out")).FullName;

        OneLineRefusal(Cli.Run("diff", "1.0", "2.0", "--out", folder, "--force"), "--out " + folder + " is a folder");
    }

    [Fact]
    public void Migrate_with_one_output_refused_writes_no_output_at_all()
    {
        var input = Input();
        var migrated = Path.Combine(_folder, "new.yaml");
        var report = Path.Combine(_folder, "report.md");
        File.WriteAllText(report, Original);

        OneLineRefusal(Cli.Run("assess", "migrate", input, "--out", migrated, "--report", report), report + " exists: use --force");

        File.Exists(migrated).Should().BeFalse("the first output is not written when the second is refused");
        File.ReadAllText(report).Should().Be(Original);
    }

    [Fact]
    public void Export_refuses_existing_files_in_its_folder_without_force_and_names_them_in_one_line()
    {
        var first = Cli.Run("export", "--format", "csv", "--out", _folder);
        first.Exit.Should().Be(0, first.ToString());
        var names = Directory.GetFiles(_folder).Select(Path.GetFileName).ToList();
        names.Should().HaveCount(6);
        File.WriteAllText(Path.Combine(_folder, "aisgf-risks.csv"), Original);

        var again = Cli.Run("export", "--format", "csv", "--out", _folder);

        OneLineRefusal(again, "6 files exist in " + _folder + " (aisgf-risks.csv, aisgf-measures.csv, aisgf-mappings.csv, aisgf-instruments.csv, aisgf-instrument-links.csv and 1 more): use --force to replace them.");
        File.ReadAllText(Path.Combine(_folder, "aisgf-risks.csv")).Should().Be(Original);

        var forced = Cli.Run("export", "--format", "csv", "--out", _folder, "--force");

        forced.Exit.Should().Be(0, forced.ToString());
        File.ReadAllText(Path.Combine(_folder, "aisgf-risks.csv")).Should().Be(GovernanceCatalog.Default.ToCsv(CatalogCsvTable.Risks));
        NoTemporaryFiles();
    }

    [Fact]
    public void Export_refuses_one_existing_file_by_name()
    {
        File.WriteAllText(Path.Combine(_folder, "aisgf-1.0.md"), Original);

        var run = Cli.Run("export", "--format", "md", "--edition", "1.0", "--out", _folder);

        OneLineRefusal(run, Path.Combine(_folder, "aisgf-1.0.md") + " exists: use --force to replace it.");
    }

    [Fact]
    public void Export_to_a_file_says_that_it_needs_a_folder()
    {
        var file = Path.Combine(_folder, "catalog.json");
        File.WriteAllText(file, Original);

        foreach (var force in new[] { false, true })
        {
            var run = Cli.Run(force ? new[] { "export", "--format", "json", "--out", file, "--force" } : new[] { "export", "--format", "json", "--out", file });

            OneLineRefusal(run, "export --out needs a folder: " + file + " is a file.");
            File.ReadAllText(file).Should().Be(Original);
        }
    }

    [Fact]
    public void Export_creates_a_folder_that_does_not_exist()
    {
        var folder = Path.Combine(_folder, "new", "deeper");

        var run = Cli.Run("export", "--format", "oscal", "--edition", "2.0", "--out", folder);

        run.Exit.Should().Be(0, run.ToString());
        File.ReadAllText(Path.Combine(folder, "aisgf-2.0.oscal.json")).Should().Be(GovernanceCatalog.Default.ToOscalJson(Edition.V2_0));
    }

    [Fact]
    public void An_exporter_that_fails_mid_write_leaves_the_existing_file_unchanged_and_no_temporary_file()
    {
        var target = Path.Combine(_folder, "aisgf-1.0.md");
        File.WriteAllText(target, Original);
        var exporters = new Dictionary<string, ICatalogExporter>
        {
            ["md"] = new FakeExporter(new ExportedFile("aisgf-1.0.md", stream =>
            {
                stream.Write(new byte[4096]);
                throw new IOException("disk full");
            })),
        };

        var run = Cli.Run(exporters, "export", "--format", "md", "--out", _folder, "--force");

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Be("aigov: disk full\n");
        File.ReadAllText(target).Should().Be(Original);
        Directory.GetFiles(_folder).Should().BeEquivalentTo(new[] { target }, "the temporary file is deleted");
    }

    [Fact]
    public void An_exporter_that_fails_mid_write_of_a_new_file_leaves_no_file()
    {
        var exporters = new Dictionary<string, ICatalogExporter>
        {
            ["md"] = new FakeExporter(new ExportedFile("aisgf-1.0.md", stream =>
            {
                stream.Write(new byte[] { 35, 32 });
                throw new InvalidOperationException("bug");
            })),
        };

        var run = Cli.Run(exporters, "export", "--format", "md", "--out", _folder);

        run.Exit.Should().Be(3, run.ToString());
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Fact]
    public void An_atomic_write_replaces_the_file_only_once_it_is_complete()
    {
        var target = Path.Combine(_folder, "f.txt");
        File.WriteAllText(target, Original);
        var seenDuringWrite = string.Empty;

        AtomicFile.Write(target, stream =>
        {
            AtomicFile.WriteText(stream, "new");
            seenDuringWrite = File.ReadAllText(target);
        }, replace: true);

        seenDuringWrite.Should().Be(Original, "the old file stays in place until the new one is complete");
        File.ReadAllText(target).Should().Be("new");
        var refused = () => AtomicFile.WriteText(target, "newer", replace: false);
        refused.Should().Throw<IOException>();
        File.ReadAllText(target).Should().Be("new");
        NoTemporaryFiles();
    }

    [Fact]
    public void Every_writing_command_offers_force()
    {
        foreach (var command in new[] { "diff", "export", "assess report", "assess migrate", "assess init", "assess upgrade" })
        {
            var help = Cli.Run(command.Split(' ').Append("--help").ToArray());
            help.Output.Should().Contain("--force", command);
        }
    }

    [Fact]
    public void Paths_differing_in_case_are_different_files_on_linux_only()
    {
        var a = RealPath.Of(Path.Combine(_folder, "a.yaml"));
        var b = RealPath.Of(Path.Combine(_folder, "A.yaml"));

        RealPath.Same(a, b).Should().Be(!OperatingSystem.IsLinux());
        RealPath.Same(a, RealPath.Of(Path.Combine(_folder, ".", "a.yaml"))).Should().BeTrue();
    }

    private static void OneLineRefusal(CliRun run, string message)
    {
        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("aigov: ").And.Contain(message).And.EndWith("\n");
        run.Error.Count(c => c == '\n').Should().Be(1, "a refusal is one line: " + run.Error);
    }

    private static CliRun Run(string command, string input, string option, string output, bool force)
    {
        var args = command.Split(' ').Select(a => a.Replace("{input}", input, StringComparison.Ordinal).Replace("{folder}", Path.GetDirectoryName(input)!, StringComparison.Ordinal)).ToList();
        args.Add(option);
        args.Add(output);
        if (force)
        {
            args.Add("--force");
        }

        return Cli.Run(args.ToArray());
    }

    private string Input()
    {
        var input = Path.Combine(_folder, "self.yaml");
        File.Copy(Cli.Sample, input, overwrite: true);
        return input;
    }

    private void NoTemporaryFiles() =>
        Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)).Should().BeEmpty();

    private sealed class FakeExporter : ICatalogExporter
    {
        private readonly ExportedFile[] _files;

        public FakeExporter(params ExportedFile[] files) => _files = files;

        public string Format => "md";

        public IReadOnlyList<ExportedFile> Export(GovernanceCatalog catalog, Edition? edition) => _files;
    }
}
