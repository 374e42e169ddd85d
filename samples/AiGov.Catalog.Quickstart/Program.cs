// AiGov.Catalog quickstart: look a risk up, follow it to its measures, and search in Chinese and English.
// Run with: dotnet run --project samples/AiGov.Catalog.Quickstart
using System;
using System.Linq;
using AiGov.Catalog;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var catalog = GovernanceCatalog.Default;
Console.WriteLine($"AiGov.Catalog data {catalog.DataVersion}: editions {string.Join(", ", catalog.Editions.Select(e => e.Edition))}");
Console.WriteLine();

// 1. A typed accessor, checked at compile time.
Risk risk = Aisgf.V1_0.Risks.Explainability;
Console.WriteLine($"{risk.Id}  [{risk.Clause}]  {risk.Title.Zh.Text} / {risk.Title.En.Text} ({risk.Title.En.Status})");
Console.WriteLine($"  {risk.Subcategory.Title.Zh.Text} → {risk.Category.Title.Zh.Text}; area: {risk.Area.TitleEn}");
Console.WriteLine($"  pages: CN {risk.Pages?.Zh}, EN {risk.Pages?.En}; provenance: {risk.Provenance.Status} ({string.Join(", ", risk.Provenance.Sources)})");
Console.WriteLine($"  summary: {risk.Summary}");
foreach (var measure in risk.Measures)
{
    Console.WriteLine($"  addressed by {measure.Clause}: {measure.Summary}");
}

Console.WriteLine();

// 2. Lookup by ID, in either form.
var byClause = catalog.Find("1.0:3.2.3(a)");
Console.WriteLine($"Find(\"1.0:3.2.3(a)\") → {byClause.Id} {byClause.Title.Zh.Text}");
Console.WriteLine();

// 3. Search (folded the same in every globalization mode: full-width, case, quotation marks; a Latin query matches
//    at word starts, a Chinese one anywhere; title hits first).
foreach (var query in new[] { "信息茧房", "information cocoon", "ＤＡＴＡ ＬＥＡＫＡＧＥ" })
{
    var hits = catalog.Search(query);
    Console.WriteLine($"Search(\"{query}\"): {hits.Length} hit(s)");
    foreach (var hit in hits.Take(5))
    {
        Console.WriteLine($"  {hit.Id,-16} {hit.Kind,-17} {hit.Title.Display ?? "(untitled)"}");
    }
}

Console.WriteLine();

// 4. Lifecycle: which risks matter at a stage, and what applies to an actor there. At(stage) also matches the phases
//    of a stage (At(ResearchAndDevelopment) includes Training); every mapping says whether the framework states it.
foreach (var r in catalog.Risks(Edition.V2_0).At(LifecycleStage.Deployment).For(Actor.ServiceProvider))
{
    Console.WriteLine($"2.0 risk at deployment for service providers: {r.Clause} {r.Summary}");
}

var obligations = catalog.Obligations(Edition.V2_0, Actor.ServiceProvider, LifecycleStage.Operation);
Console.WriteLine($"A service provider at operation (2.0): {string.Join(", ", obligations.Measures.Select(m => m.Clause ?? m.Key))}; guideline sets {string.Join(", ", obligations.GuidelineSets.Select(s => s.Clause))}");
Console.WriteLine();
Console.Write(catalog.StageMatrix(Edition.V1_0).ToMarkdown());
