// Uses the AiGov.Catalog package as a consumer would: lookup, navigation, search, a stage filter, DI, and every export,
// with a hash of each export. The output must be byte-identical under the JIT and as a NativeAOT binary.
using System.Security.Cryptography;
using System.Text;
using AiGov.Catalog;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = Encoding.UTF8;
var catalog = GovernanceCatalog.Default;
Console.WriteLine($"data {catalog.DataVersion}; editions {string.Join(", ", catalog.Editions.Select(e => e.Edition))}; compiled {string.Join(", ", Edition.Compiled)}");

// Lookup in the three ID forms, typed access, navigation both ways.
var risk = catalog.Find<Risk>("1.0:3.1.1(a)");
Console.WriteLine($"find: {risk.Id} [{risk.Clause}] {risk.Title.Zh.Text} / {risk.Title.En.Text} ({risk.Title.En.Status}); same instance as typed accessor: {ReferenceEquals(risk, Aisgf.V1_0.Risks.Explainability)}");
Console.WriteLine($"  in {risk.Subcategory.Clause} {risk.Subcategory.Title.Zh.Text} / {risk.Category.Clause}; area {risk.Area.Key}; provenance {risk.Provenance.Status} ({string.Join(", ", risk.Provenance.Sources)})");
Console.WriteLine($"  measures: {string.Join(", ", risk.Measures.Select(m => m.Clause))}");
Console.WriteLine($"  by key: {catalog.Find(Aisgf.V1_0.Ids.Explainability).Id}; TryFind(1.0:9.9): {catalog.TryFind("1.0:9.9", out _)}");

// Search: folded by CatalogTextFolding (the same in every globalization mode); English by word starts.
foreach (var query in new[] { "信息茧房", "information cocoon", "ＤＡＴＡ ＬＥＡＫＡＧＥ", "⼈⼯智能安全" })
{
    Console.WriteLine($"search \"{query}\": {string.Join(", ", catalog.Search(query).Select(e => e.Id))}");
}

// Elements of an edition mapped to a lifecycle stage.
foreach (var edition in catalog.Editions)
{
    var atDataStage = edition.Elements.Where(e => e.Stages.Any(s => s.Stage.Equals(LifecycleStage.DataCollectionAndProcessing))).Select(e => e.Id);
    Console.WriteLine($"{edition.Edition}: {edition.Risks.Length} risks, {edition.Measures.Length} measures; at data collection and processing: {string.Join(", ", atDataStage)}");
}

// Dependency injection.
using (var services = new ServiceCollection().AddAiGovCatalog().BuildServiceProvider())
{
    Console.WriteLine($"DI: {ReferenceEquals(services.GetRequiredService<GovernanceCatalog>(), catalog)}");
}

// JSON export and load: the round trip is byte-identical, and a broken file is refused with a clear message.
byte[] json;
using (var stream = new MemoryStream())
{
    catalog.Export(stream);
    json = stream.ToArray();
}

var loaded = GovernanceCatalog.Load(new MemoryStream(json));
using (var again = new MemoryStream())
{
    loaded.Export(again);
    Console.WriteLine($"json: {json.Length} bytes, sha256 {Hash(json)}; loaded {loaded.Editions.Sum(e => e.Elements.Length)} elements; re-export identical: {again.ToArray().AsSpan().SequenceEqual(json)}");
}

Console.WriteLine($"loaded stage instance is the compiled one: {ReferenceEquals(loaded.Stages.First(s => s.Key == "training"), LifecycleStage.Training)}");
try
{
    GovernanceCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes("{\"format\": \"aigov-catalog\", \"formatVersion\": 2}")));
}
catch (CatalogLoadException ex)
{
    Console.WriteLine($"load v2: {ex.Message}");
}

try
{
    var broken = Encoding.UTF8.GetString(json).Replace("\"summary\": \"Deep-learning", "\"summary\": 7, \"x\": \"", StringComparison.Ordinal);
    GovernanceCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(broken)));
}
catch (CatalogLoadException ex)
{
    Console.WriteLine($"load broken: {ex.JsonPath} line {ex.LineNumber + 1}");
}

// The other exports.
foreach (var table in new[] { CatalogCsvTable.Risks, CatalogCsvTable.Measures, CatalogCsvTable.Mappings })
{
    var csv = catalog.ToCsv(table);
    Console.WriteLine($"csv {table}: {csv.Split("\r\n").Length - 2} rows, sha256 {Hash(Encoding.UTF8.GetBytes(csv))}");
}

foreach (var edition in catalog.Editions)
{
    var markdown = catalog.ToMarkdown(edition.Edition);
    var oscal = catalog.ToOscalJson(edition.Edition);
    Console.WriteLine($"{edition.Edition}: markdown {markdown.Split('\n').Length} lines, sha256 {Hash(Encoding.UTF8.GetBytes(markdown))}; oscal sha256 {Hash(Encoding.UTF8.GetBytes(oscal))}");
}

static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).Substring(0, 16).ToLowerInvariant();
