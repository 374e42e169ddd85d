using System.IO;
using System.Text.Json;
using AiGov.Catalog.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// The diff of three pairs of editions (1.0 → 2.0 and 2.0 → 3.0 across one lineage, 1.0 → 3.0 across two) and its
/// renderings. <see cref="GovernanceCatalog.Diff"/> caches one diff per pair of editions, so the computation is measured
/// through the internal, uncached <c>ComputeDiff</c> ("cold": the work the first call does), and the public call
/// separately ("warm": every later call, a dictionary hit). The renderings are not cached and are measured on one diff
/// instance. The JSON is written two ways (issue #20.4): the library's <c>JsonTextWriter</c> (UTF-16) behind
/// <c>ToJson</c> and <c>WriteJson</c>, and System.Text.Json's <see cref="Utf8JsonWriter"/>
/// (<see cref="Utf8JsonDiffRenderer"/>, checked in the setup to give the same text) as a string and streamed.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class DiffBenchmarks
{
    private GovernanceCatalog _catalog = null!;
    private EditionCatalog _from = null!;
    private EditionCatalog _to = null!;
    private EditionDiff _diff = null!;
    private char[] _json = null!;
    private StreamWriter _utf8 = null!;
    private Utf8JsonWriter _stj = null!;

    /// <summary>Gets or sets the pair of editions, <c>from-to</c>.</summary>
    [Params("1.0-2.0", "2.0-3.0", "1.0-3.0")]
    public string Pair { get; set; } = "1.0-2.0";

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false), 64 * 1024);
        _stj = new Utf8JsonWriter(Stream.Null, Utf8JsonDiffRenderer.Options);
        _catalog = GovernanceCatalog.Default;
        var ends = Pair.Split('-');
        _from = _catalog.Edition(Edition.Parse(ends[0]));
        _to = _catalog.Edition(Edition.Parse(ends[1]));
        _diff = _catalog.Diff(_from.Edition, _to.Edition);
        var json = _diff.ToJson();
        _json = json.ToCharArray();
        if (Utf8JsonDiffRenderer.Render(_diff) != json)
        {
            throw new System.InvalidOperationException("The Utf8JsonWriter renderer no longer renders the same JSON.");
        }

        using var streamed = new MemoryStream();
        Utf8JsonDiffRenderer.WriteTo(_diff, new Utf8JsonWriter(streamed, Utf8JsonDiffRenderer.Options), streamed);
        if (System.Text.Encoding.UTF8.GetString(streamed.ToArray()) != json)
        {
            throw new System.InvalidOperationException("The streaming Utf8JsonWriter renderer no longer writes the same JSON.");
        }
    }

    [Benchmark(Baseline = true, Description = "Diff cold: ComputeDiff")]
    [BenchmarkCategory("Diff")]
    public EditionDiff DiffCold() => _catalog.ComputeDiff(_from, _to);

    [Benchmark(Description = "Diff cold, reverse direction (mirrored)")]
    [BenchmarkCategory("Diff")]
    public EditionDiff DiffColdReverse() => _catalog.ComputeDiff(_to, _from);

    [Benchmark(Description = "catalog.Diff warm (cached)")]
    [BenchmarkCategory("Diff")]
    public EditionDiff DiffWarm() => _catalog.Diff(_from.Edition, _to.Edition);

    [Benchmark(Baseline = true, Description = "Diff cold (baseline)")]
    [BenchmarkCategory("Renderings")]
    public EditionDiff DiffColdForRenderings() => _catalog.ComputeDiff(_from, _to);

    [Benchmark(Description = "ToMarkdown()")]
    [BenchmarkCategory("Renderings")]
    public string Markdown() => _diff.ToMarkdown();

    [Benchmark(Description = "ToCsv()")]
    [BenchmarkCategory("Renderings")]
    public string Csv() => _diff.ToCsv();

    [Benchmark(Description = "ToJson() (JsonTextWriter, UTF-16)")]
    [BenchmarkCategory("Renderings")]
    public string Json() => _diff.ToJson();

    [Benchmark(Description = "ToJson() via Utf8JsonWriter + UTF-8 decode")]
    [BenchmarkCategory("Renderings")]
    public string JsonUtf8Writer() => Utf8JsonDiffRenderer.Render(_diff);

    [Benchmark(Description = "WriteJson(TextWriter) → UTF-8 StreamWriter → Stream.Null (JsonTextWriter)")]
    [BenchmarkCategory("Renderings")]
    public void JsonToStream()
    {
        _diff.WriteJson(_utf8);
        _utf8.Flush();
    }

    [Benchmark(Description = "Utf8JsonWriter streamed → Stream.Null (System.Text.Json)")]
    [BenchmarkCategory("Renderings")]
    public void JsonUtf8WriterToStream() => Utf8JsonDiffRenderer.WriteTo(_diff, _stj, Stream.Null);

    [Benchmark(Description = "new string of ToJson()'s length (its allocation alone)")]
    [BenchmarkCategory("Renderings")]
    public string JsonResultString() => new(_json);
}
