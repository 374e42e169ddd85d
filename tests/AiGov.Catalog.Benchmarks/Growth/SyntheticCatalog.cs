using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiGov.Catalog.Benchmarks.Baselines;
using AiGov.Catalog.Generators.Emitting;
using AiGov.Catalog.Generators.Linking;
using AiGov.Catalog.Generators.Model;
using AiGov.Catalog.Generators.Parsing;

namespace AiGov.Catalog.Benchmarks.Growth;

/// <summary>
/// A synthetic catalogue <c>factor</c> times the size of the real one, compiled by the real generator: the YAML of every
/// edition (and of both lineages) is copied <c>factor - 1</c> times under new edition numbers (1.0, 2.0, 3.0 → 4.0, 5.0,
/// 6.0 → 7.0, …, with keys <c>v4-0</c>, … and lineages 4.0 → 5.0 → 6.0, …), then the generator's own pipeline runs over
/// the files (<see cref="CatalogFileParser"/> per file, <see cref="CatalogLinker"/>, <see cref="CatalogEmitter"/>, the
/// same calls as <c>CatalogGenerator.Produce</c>), and the four data tables of the emitted
/// <c>GeneratedCatalogData.g.cs</c> are read back out of the C# text (<see cref="EmittedTables"/>). What the benchmark
/// then builds is exactly what <c>GovernanceCatalog.Default</c> builds from a library compiled with that YAML:
/// <c>new GovernanceCatalog(CompiledCatalogReader.Read(…))</c>.
/// </summary>
/// <remarks>
/// The copies repeat the real texts, and the generator stores each distinct string once, so the strings of a copy are
/// its IDs only: the memory curve measures the objects per element and their IDs, not new prose (the real catalogue's
/// decoded strings are ~670 KB of its ~1.25 MB). Sources, vocabularies, instruments and crosswalks are not copied.
/// </remarks>
internal sealed class SyntheticCatalog
{
    private static readonly Regex EditionLine = new("^edition: \"([0-9]+)\\.0\"", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex KeyLine = new("^key: v([0-9]+)-0", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex LineageEnds = new("^(from|to): \"([0-9]+)\\.0\"", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private SyntheticCatalog(int factor, int editions, CompiledStrings strings, byte[] records, int elements)
    {
        Factor = factor;
        EditionCount = editions;
        Strings = strings;
        Records = records;
        ElementCount = elements;
    }

    /// <summary>Gets the size factor (1 = the real catalogue).</summary>
    public int Factor { get; }

    /// <summary>Gets the number of editions.</summary>
    public int EditionCount { get; }

    /// <summary>Gets the number of elements over all editions.</summary>
    public int ElementCount { get; }

    /// <summary>Gets the decoded string table, as <c>GeneratedCatalogData</c> keeps it for the process.</summary>
    public CompiledStrings Strings { get; }

    /// <summary>Gets the record table.</summary>
    public byte[] Records { get; }

    /// <summary>Builds a fresh catalogue from the tables: what <c>GovernanceCatalog.Default</c> does once.</summary>
    public GovernanceCatalog Build() => new(CompiledCatalogReader.Read(GeneratedCatalogData.DataVersion, Strings, Records));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, SyntheticCatalog> Cache = new();

    /// <summary>
    /// Generates the YAML, runs the generator's pipeline over it and reads back the emitted tables; once per size and
    /// process (every benchmark of a size shares the tables, so an in-process run compiles each size once).
    /// </summary>
    public static SyntheticCatalog Create(int factor) => Cache.GetOrAdd(factor, Compile);

    private static SyntheticCatalog Compile(int factor)
    {
        if (factor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(factor));
        }

        var files = Files(YamlCatalogBuilder.ReadFiles(YamlCatalogBuilder.FindCatalogDirectory()), factor);
        var parsed = ImmutableArray.CreateBuilder<ParsedFile>(files.Count);
        foreach (var (path, text) in files)
        {
            if (FileKinds.TryClassify(path, out var logical, out var kind, out var editionFolder) && logical.EndsWith(".yaml", StringComparison.Ordinal))
            {
                parsed.Add(CatalogFileParser.Parse(path, logical, kind, editionFolder, text));
            }
        }

        var result = CatalogLinker.Link(parsed.ToImmutable());
        if (result.Catalog is null)
        {
            throw new InvalidOperationException("The synthetic catalogue (" + factor + "×) does not compile: " + string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + d.Span.Path + ":" + (d.Span.Line + 1) + " " + string.Join(", ", d.Arguments))));
        }

        var data = CatalogEmitter.Emit(result.Catalog).Single(s => s.HintName == CatalogEmitter.DataFileName).Text;
        var tables = EmittedTables.Parse(data);
        var strings = CompiledCatalogReader.ReadStrings(tables.Text, tables.TextLengths, tables.Lists);
        var elements = result.Catalog.Editions.Sum(e => e.Elements.Count);
        return new SyntheticCatalog(factor, result.Catalog.Editions.Count, strings, tables.Records, elements);
    }

    /// <summary>The real files, then <paramref name="factor"/> − 1 renumbered copies of every edition and lineage file.</summary>
    internal static List<(string Path, string Text)> Files(IReadOnlyList<(string Path, string Text)> real, int factor)
    {
        var files = new List<(string Path, string Text)>(real);
        var editionFiles = real.Where(f => Normalize(f.Path).Contains("/catalog/editions/", StringComparison.Ordinal)).ToList();
        var lineageFiles = real.Where(f => Normalize(f.Path).Contains("/catalog/lineage/", StringComparison.Ordinal)).ToList();
        var realEditions = editionFiles.Select(f => EditionOf(f.Path)).Distinct().Count();
        for (var copy = 1; copy < factor; copy++)
        {
            var shift = copy * realEditions;
            foreach (var (path, text) in editionFiles)
            {
                var edition = EditionOf(path);
                var renumbered = Normalize(path).Replace("/editions/" + edition + ".0/", "/editions/" + (edition + shift).ToString(CultureInfo.InvariantCulture) + ".0/", StringComparison.Ordinal);
                var body = EditionLine.Replace(text, m => "edition: \"" + Shift(m.Groups[1].Value, shift) + ".0\"");
                body = KeyLine.Replace(body, m => "key: v" + Shift(m.Groups[1].Value, shift) + "-0");
                files.Add((renumbered, body));
            }

            foreach (var (path, text) in lineageFiles)
            {
                var normalized = Normalize(path);
                var slash = normalized.LastIndexOf('/');
                var name = normalized.Substring(slash + 1);
                var ends = name.Substring(0, name.Length - ".yaml".Length).Split('-');
                var renamed = normalized.Substring(0, slash + 1)
                    + Shift(ends[0].Split('.')[0], shift) + ".0-" + Shift(ends[1].Split('.')[0], shift) + ".0.yaml";
                files.Add((renamed, LineageEnds.Replace(text, m => m.Groups[1].Value + ": \"" + Shift(m.Groups[2].Value, shift) + ".0\"")));
            }
        }

        return files;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static int EditionOf(string path)
    {
        var normalized = Normalize(path);
        var start = normalized.IndexOf("/catalog/editions/", StringComparison.Ordinal) + "/catalog/editions/".Length;
        var folder = normalized.Substring(start, normalized.IndexOf('/', start) - start);
        return int.Parse(folder.Split('.')[0], CultureInfo.InvariantCulture);
    }

    private static string Shift(string major, int shift) =>
        (int.Parse(major, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The four tables of an emitted <c>GeneratedCatalogData.g.cs</c>, evaluated from its C# text: the UTF-8 string
/// literals of <c>Text</c> (with the escapes <c>CodeWriter.Literal</c> writes) and the byte arrays of <c>TextLengths</c>,
/// <c>Lists</c> and <c>Records</c>, whose items are numbers, <c>(byte)Type.Member</c> and <c>(byte)(Type.Member + 1)</c>,
/// the enum members resolved in the library as the compiler binds them.
/// </summary>
internal sealed class EmittedTables
{
    private static readonly Dictionary<string, Type> Enums = typeof(GovernanceCatalog).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.Namespace == "AiGov.Catalog")
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public byte[] Text { get; private set; } = [];

    public byte[] TextLengths { get; private set; } = [];

    public byte[] Lists { get; private set; } = [];

    public byte[] Records { get; private set; } = [];

    public static EmittedTables Parse(string source)
    {
        var lines = source.Split('\n');
        return new EmittedTables
        {
            Text = StringTable(lines),
            TextLengths = ByteArray(lines, "TextLengths"),
            Lists = ByteArray(lines, "Lists"),
            Records = ByteArray(lines, "Records"),
        };
    }

    private static int Find(string[] lines, string marker)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(marker, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The emitted data file has no '" + marker + "'.");
    }

    private static byte[] StringTable(string[] lines)
    {
        var bytes = new List<byte>();
        for (var i = Find(lines, "ReadOnlySpan<byte> Text =>") + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var end = line.EndsWith(';');
            var literal = line.TrimEnd(';', '+', ' ');
            if (!literal.EndsWith("\"u8", StringComparison.Ordinal) || literal[0] != '"')
            {
                throw new InvalidOperationException("Unexpected line in the string table: " + line);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(Unescape(literal.Substring(1, literal.Length - 4))));
            if (end)
            {
                return bytes.ToArray();
            }
        }

        throw new InvalidOperationException("The string table does not end.");
    }

    private static string Unescape(string body)
    {
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = body[++i];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '0': sb.Append('\0'); break;
                case 'u':
                    sb.Append((char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new InvalidOperationException("Unknown escape \\" + e);
            }
        }

        return sb.ToString();
    }

    private static byte[] ByteArray(string[] lines, string name)
    {
        var bytes = new List<byte>();
        var start = Find(lines, "ReadOnlySpan<byte> " + name + " => new byte[]");
        for (var i = start + 2; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("};", StringComparison.Ordinal))
            {
                return bytes.ToArray();
            }

            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var token in line.Split(", "))
            {
                bytes.Add(Evaluate(token.TrimEnd(',')));
            }
        }

        throw new InvalidOperationException("The byte array " + name + " does not end.");
    }

    private static byte Evaluate(string token)
    {
        if (byte.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var plusOne = token.StartsWith("(byte)(", StringComparison.Ordinal);
        var member = plusOne ? token.Substring(7, token.Length - 7 - " + 1)".Length) : token.Substring(6);
        var dot = member.IndexOf('.');
        var value = Convert.ToInt32(Enum.Parse(Enums[member.Substring(0, dot)], member.Substring(dot + 1)), CultureInfo.InvariantCulture);
        return checked((byte)(value + (plusOne ? 1 : 0)));
    }
}
