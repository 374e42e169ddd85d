using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AiGov.Catalog.Cli.Output;

/// <summary>
/// Every file one command reads and writes, checked together before anything is written: an output that is one of the
/// inputs or another output (compared by <see cref="RealPath"/>, so through links too) is refused, and so is an existing
/// file unless <c>--force</c> was given. Each refusal is a <see cref="CliUsageException"/> (exit code 2, one line).
/// The files are then written with <see cref="AtomicFile"/>.
/// </summary>
internal sealed class OutputPlan
{
    private readonly List<(string Name, string Real)> _inputs = new();
    private readonly List<(string Name, string Path, string Real)> _outputs = new();
    private readonly List<string> _existing = new();

    /// <summary>Creates an empty plan.</summary>
    /// <param name="force">Whether existing files may be replaced (<c>--force</c>).</param>
    public OutputPlan(bool force) => Force = force;

    /// <summary>Gets whether existing files may be replaced.</summary>
    public bool Force { get; }

    /// <summary>Adds a file the command reads: no output may be it.</summary>
    public void Input(string path) => _inputs.Add((path, RealPath.Of(path)));

    /// <summary>Adds a file the command writes; refuses it at once when it is an input or another output, or a folder.</summary>
    /// <param name="label">How the user named it, for the message: <c>--out report.md</c>.</param>
    /// <param name="path">The path.</param>
    /// <returns>The path to write (the real path: through a link, the file it points to).</returns>
    public string Output(string label, string path)
    {
        var real = RealPath.Of(path);
        foreach (var input in _inputs.Where(i => RealPath.Same(i.Real, real)))
        {
            throw new CliUsageException(label + " is the input file " + input.Name + Via(path, input.Name) + ": write to another file, the input is never replaced.");
        }

        foreach (var output in _outputs.Where(o => RealPath.Same(o.Real, real)))
        {
            throw new CliUsageException(label + " is the same file as " + output.Name + Via(path, output.Path) + ": give each output its own file.");
        }

        if (Directory.Exists(real))
        {
            throw new CliUsageException(label + " is a folder: give a file name.");
        }

        if (File.Exists(real))
        {
            _existing.Add(path);
        }

        _outputs.Add((label, path, real));
        return real;
    }

    /// <summary>Refuses the plan when an output exists and <see cref="Force"/> is not set; call it after the last <see cref="Output"/>.</summary>
    /// <param name="folder">The folder the outputs go into, when they all do (<c>export</c>), for a shorter message.</param>
    public void Check(string? folder = null)
    {
        if (Force || _existing.Count == 0)
        {
            return;
        }

        if (_existing.Count == 1)
        {
            throw new CliUsageException(_existing[0] + " exists: use --force to replace it.");
        }

        const int Shown = 5;
        var names = folder is null ? _existing : _existing.Select(Path.GetFileName).Select(n => n!).ToList();
        var list = string.Join(", ", names.Take(Shown)) + (names.Count > Shown ? " and " + (names.Count - Shown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty);
        throw new CliUsageException(
            names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " files exist" + (folder is null ? string.Empty : " in " + folder) + " (" + list + "): use --force to replace them.");
    }

    private static string Via(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), RealPath.Comparison) ? string.Empty : " (through a link or another name)";

    /// <summary>Writes one of the planned outputs atomically.</summary>
    /// <param name="real">The path <see cref="Output"/> returned.</param>
    /// <param name="text">The text (UTF-8, no byte-order mark).</param>
    public void Write(string real, string text) => AtomicFile.WriteText(real, text, replace: Force);

    /// <summary>Writes one of the planned outputs atomically, from what <paramref name="write"/> puts into a stream.</summary>
    public void Write(string real, Action<Stream> write) => AtomicFile.Write(real, write, replace: Force);
}
