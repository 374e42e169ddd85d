using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// The lifecycle queries: the filter edition + stage + actor, the stage × category matrix, and obligations. Each group's
/// baseline is what a user of the public model would write without the query API: LINQ over the edition's elements with
/// the same rule (a stage covers its phases; actors match exactly).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private GovernanceCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = GovernanceCatalog.Default;
    }

    [Benchmark(Baseline = true, Description = "LINQ over Risks (baseline)")]
    [BenchmarkCategory("Filter 1.0 + deployment + service provider")]
    public List<Risk> FilterLinq() => _catalog.Edition(Edition.V1_0).Risks
        .Where(r => r.Stages.Any(s => Covers(LifecycleStage.Deployment, s.Stage)))
        .Where(r => r.Actors.Any(a => a.Actor.Equals(Actor.ServiceProvider)))
        .ToList();

    [Benchmark(Description = "Risks(V1_0).At(Deployment).For(ServiceProvider)")]
    [BenchmarkCategory("Filter 1.0 + deployment + service provider")]
    public int Filter() => _catalog.Risks(Edition.V1_0).At(LifecycleStage.Deployment).For(Actor.ServiceProvider).Count;

    [Benchmark(Baseline = true, Description = "LINQ per cell (baseline)")]
    [BenchmarkCategory("Stage x category matrix 2.0")]
    public int[,] MatrixLinq()
    {
        var edition = _catalog.Edition(Edition.V2_0);
        var stages = _catalog.Stages;
        var categories = edition.Categories;
        var counts = new int[stages.Length, categories.Length];
        for (var s = 0; s < stages.Length; s++)
        {
            for (var c = 0; c < categories.Length; c++)
            {
                var stage = stages[s];
                var category = categories[c];
                counts[s, c] = edition.Risks.Count(r => r.Category.Id == category.Id && r.Stages.Any(m => Covers(stage, m.Stage)));
            }
        }

        return counts;
    }

    [Benchmark(Description = "StageMatrix(V2_0, Category)")]
    [BenchmarkCategory("Stage x category matrix 2.0")]
    public StageMatrix Matrix() => _catalog.StageMatrix(Edition.V2_0);

    [Benchmark(Description = "StageMatrix(V2_0, Area)")]
    [BenchmarkCategory("Stage x category matrix 2.0")]
    public StageMatrix MatrixByArea() => _catalog.StageMatrix(Edition.V2_0, StageMatrixAxis.Area);

    [Benchmark(Baseline = true, Description = "LINQ over measures and items (baseline)")]
    [BenchmarkCategory("Obligations 1.0 service provider at operation")]
    public int ObligationsLinq()
    {
        var edition = _catalog.Edition(Edition.V1_0);
        bool Applies(CatalogElement e) =>
            e.Actors.Any(a => a.Actor.Equals(Actor.ServiceProvider)) && e.Stages.Any(s => Covers(LifecycleStage.Operation, s.Stage));
        return edition.Measures.Count(Applies) + edition.GuidelineItems.Count(Applies) + edition.GuidelineSets.Count(Applies);
    }

    [Benchmark(Description = "Obligations(V1_0, ServiceProvider, Operation)")]
    [BenchmarkCategory("Obligations 1.0 service provider at operation")]
    public Obligations Obligations() => _catalog.Obligations(Edition.V1_0, Actor.ServiceProvider, LifecycleStage.Operation);

    private static bool Covers(LifecycleStage query, LifecycleStage mapped)
    {
        for (var current = mapped; current is not null;)
        {
            if (current.Key == query.Key)
            {
                return true;
            }

            current = current.ParentKey is { } parent ? LifecycleStage.All.FirstOrDefault(s => s.Key == parent) : null;
        }

        return false;
    }
}
