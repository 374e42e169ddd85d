using System.Text;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Tests;

/// <summary>Runs the tests that change the working directory alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "Working directory";
}

/// <summary>
/// The README is true, and stays true (issue #12, point 6): every fenced block of README.md that shows an
/// <c>$ aigov …</c> command is run again, in-process, and its output must match the lines that follow it.
/// </summary>
/// <remarks>
/// The rules, stated in the README too: commands run in a terminal of <see cref="Width"/> columns, in an empty
/// working folder holding <c>samples/assessments/example-1.0.yaml</c> and <c>mistakes.yaml</c>, so relative paths
/// work and written files go nowhere. The output shown is standard output followed by standard error. <c>$ echo $?</c>
/// shows the exit code of the command before it. Only trailing spaces are normalised, and blank lines at the end of a
/// sample (they separate it from the next one). A line holding only <c>…</c> stands for one or more lines left out;
/// a <c># comment</c> after a command is not part of it.
/// </remarks>
[Collection(WorkingDirectoryCollection.Name)]
public sealed class ReadmeSamplesTests
{
    /// <summary>The terminal width the README's samples are shown at.</summary>
    public const int Width = 80;

    private const string Abridged = "…";

    public static TheoryData<int, string> Samples()
    {
        var data = new TheoryData<int, string>();
        foreach (var sample in Parse(File.ReadAllLines(Readme())))
        {
            data.Add(sample.Line, sample.Command);
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_samples_of_every_kind_of_command()
    {
        var commands = Parse(File.ReadAllLines(Readme())).Select(s => s.Command).ToList();

        commands.Should().HaveCountGreaterThan(10);
        foreach (var name in new[] { "editions", "list", "show", "search", "matrix", "coverage", "diff", "export", "assess validate", "assess report", "assess migrate" })
        {
            commands.Should().Contain(c => c.StartsWith("aigov " + name + " ", StringComparison.Ordinal) || c == "aigov " + name, name);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_readme_sample_is_the_real_output(int line, string command)
    {
        var sample = Parse(File.ReadAllLines(Readme())).Single(s => s.Line == line);
        sample.Command.Should().Be(command);

        var folder = Cli.TempDirectory();
        var saved = Environment.CurrentDirectory;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "samples", "assessments"));
            File.Copy(Cli.Sample, Path.Combine(folder, "samples", "assessments", "example-1.0.yaml"));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Readme", "mistakes.yaml"), Path.Combine(folder, "mistakes.yaml"));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Readme", "mini-1.0-zh.txt"), Path.Combine(folder, "mini-1.0-zh.txt"));
            Environment.CurrentDirectory = folder;

            var run = Cli.RunAt(Width, Arguments(command).Skip(1).ToArray());
            var actual = Lines(run.Output + run.Error);
            if (sample.ExitCode is { } exit)
            {
                run.Exit.Should().Be(exit, "README.md line " + line + " shows `echo $?` after `" + command + "`");
            }

            Matches(sample.Expected, actual).Should().BeTrue(
                "README.md, line {0}: `{1}` now prints\n{2}\n\nbut the README shows\n{3}\n\nUpdate the README (at {4} columns).",
                line, command, string.Join("\n", actual), string.Join("\n", sample.Expected), Width);
        }
        finally
        {
            Environment.CurrentDirectory = saved;
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_abridgement_stands_for_one_or_more_lines_and_nothing_else()
    {
        Matches(new[] { "a", Abridged, "d" }, new[] { "a", "b", "c", "d" }).Should().BeTrue();
        Matches(new[] { "a", Abridged, "d" }, new[] { "a", "d" }).Should().BeFalse("an abridgement leaves out at least one line");
        Matches(new[] { "a", Abridged }, new[] { "a", "b" }).Should().BeTrue();
        Matches(new[] { "a", "b" }, new[] { "a", "b", "c" }).Should().BeFalse("without an abridgement every line is shown");
        Matches(new[] { "a", "b" }, new[] { "a", "x" }).Should().BeFalse();
        Arguments("aigov search \"information cocoon\" --lang en   # (a comment)").Should().Equal("aigov", "search", "information cocoon", "--lang", "en");
    }

    private static bool Matches(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        return From(0, 0);

        bool From(int e, int a)
        {
            if (e == expected.Count)
            {
                return a == actual.Count;
            }

            if (expected[e] == Abridged)
            {
                for (var next = a + 1; next <= actual.Count; next++)
                {
                    if (From(e + 1, next))
                    {
                        return true;
                    }
                }

                return false;
            }

            return a < actual.Count && expected[e] == actual[a] && From(e + 1, a + 1);
        }
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd(' ')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static List<Sample> Parse(string[] readme)
    {
        var samples = new List<Sample>();
        var inBlock = false;
        Sample? current = null;
        for (var i = 0; i < readme.Length; i++)
        {
            var line = readme[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Close();
                inBlock = !inBlock;
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            if (line.StartsWith("$ echo $?", StringComparison.Ordinal) && current is not null)
            {
                var code = readme[++i].Trim();
                current.ExitCode = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                Close();
                if (line.StartsWith("$ aigov ", StringComparison.Ordinal))
                {
                    current = new Sample(i + 1, string.Join(" ", Arguments(line.Substring(2)).Select(Quote)));
                }

                continue;
            }

            current?.Expected.Add(line.TrimEnd(' '));
        }

        Close();
        return samples;

        void Close()
        {
            if (current is null)
            {
                return;
            }

            while (current.Expected.Count > 0 && current.Expected[^1].Length == 0)
            {
                current.Expected.RemoveAt(current.Expected.Count - 1);
            }

            samples.Add(current);
            current = null;
        }
    }

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? "\"" + argument + "\"" : argument;

    // Words as a POSIX shell splits them, for what the README uses: spaces, "double" and 'single' quotes, # comments.
    private static List<string> Arguments(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Readme()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var readme = Path.Combine(folder.FullName, "README.md");
            if (File.Exists(readme) && File.Exists(Path.Combine(folder.FullName, "AiGov.Catalog.sln")))
            {
                return readme;
            }
        }

        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }

    private sealed class Sample
    {
        public Sample(int line, string command)
        {
            Line = line;
            Command = command;
        }

        public int Line { get; }

        public string Command { get; }

        public List<string> Expected { get; } = new();

        public int? ExitCode { get; set; }
    }
}
