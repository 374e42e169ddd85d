using AiGov.Catalog.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// <c>Diff(1.0, 2.0)</c> and its renderings. <see cref="GovernanceCatalog.Diff"/> caches one diff per pair of editions, so
/// the computation is measured through the internal, uncached <c>DiffBuilder.Build</c> ("cold": the work the first call
/// does), and the public call separately ("warm": every later call, a dictionary hit). The renderings are not cached and
/// are measured on one diff instance.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DiffBenchmarks
{
    private GovernanceCatalog _catalog = null!;
    private EditionCatalog _v1 = null!;
    private EditionCatalog _v2 = null!;
    private EditionDiff _diff = null!;
    private char[] _json = null!;
    private System.IO.StreamWriter _utf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = new System.IO.StreamWriter(System.IO.Stream.Null, new System.Text.UTF8Encoding(false), 64 * 1024);
        _catalog = GovernanceCatalog.Default;
        _v1 = _catalog.Edition(Edition.V1_0);
        _v2 = _catalog.Edition(Edition.V2_0);
        _diff = _catalog.Diff(Edition.V1_0, Edition.V2_0);
        _json = _diff.ToJson().ToCharArray();
        if (Utf8JsonDiffRenderer.Render(_diff) != _diff.ToJson())
        {
            throw new System.InvalidOperationException("The Utf8JsonWriter baseline no longer renders the same JSON.");
        }
    }

    [Benchmark(Baseline = true, Description = "Diff(1.0, 2.0) cold: DiffBuilder.Build")]
    [BenchmarkCategory("Diff")]
    public EditionDiff DiffCold() => DiffBuilder.Build(_catalog, _v1, _v2);

    [Benchmark(Description = "Diff(2.0, 1.0) cold (mirrored)")]
    [BenchmarkCategory("Diff")]
    public EditionDiff DiffColdReverse() => DiffBuilder.Build(_catalog, _v2, _v1);

    [Benchmark(Description = "catalog.Diff(1.0, 2.0) warm (cached)")]
    [BenchmarkCategory("Diff")]
    public EditionDiff DiffWarm() => _catalog.Diff(Edition.V1_0, Edition.V2_0);

    [Benchmark(Baseline = true, Description = "Diff(1.0, 2.0) cold (baseline)")]
    [BenchmarkCategory("Renderings")]
    public EditionDiff DiffColdForRenderings() => DiffBuilder.Build(_catalog, _v1, _v2);

    [Benchmark(Description = "ToMarkdown()")]
    [BenchmarkCategory("Renderings")]
    public string Markdown() => _diff.ToMarkdown();

    [Benchmark(Description = "ToJson()")]
    [BenchmarkCategory("Renderings")]
    public string Json() => _diff.ToJson();

    [Benchmark(Description = "ToJson() via Utf8JsonWriter (the previous renderer)")]
    [BenchmarkCategory("Renderings")]
    public string JsonUtf8Writer() => Utf8JsonDiffRenderer.Render(_diff);

    [Benchmark(Description = "WriteJson(TextWriter): the same text as UTF-8 to a stream (Stream.Null), no result string")]
    [BenchmarkCategory("Renderings")]
    public void JsonToStream()
    {
        _diff.WriteJson(_utf8);
        _utf8.Flush();
    }

    [Benchmark(Description = "new string of ToJson()'s length (its allocation alone)")]
    [BenchmarkCategory("Renderings")]
    public string JsonResultString() => new(_json);

    [Benchmark(Description = "ToCsv()")]
    [BenchmarkCategory("Renderings")]
    public string Csv() => _diff.ToCsv();
}
