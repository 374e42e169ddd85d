namespace AiGov.Catalog.Tests.Reliability;

/// <summary>Queries and renderings run from many threads at once give the same results as serial runs.</summary>
public sealed class ConcurrencyTests
{
    private static readonly Func<GovernanceCatalog, string>[] Workloads =
    {
        c => string.Join(",", c.Search("信息茧房").Select(e => e.Id)),
        c => string.Join(",", c.Search("data", Edition.V1_0).Select(e => e.Id)),
        c => c.Find("1.0:3.1.1(a)").Id + string.Join(",", c.Find<Risk>("1.0:3.1.1.a").Measures.Select(m => m.Id)),
        c => string.Join(",", c.Edition(Edition.V2_0).Risks.SelectMany(r => r.Measures).Select(m => m.Id)),
        c => string.Join(",", c.Edition(Edition.V1_0).Categories.SelectMany(k => k.Risks).Select(r => r.Id)),
        c => string.Join(",", c.Risks(Edition.V2_0).At(LifecycleStage.Deployment).ToIds()),
        c => c.StageMatrix(Edition.V1_0).ToMarkdown(),
        c => c.StageMatrix(Edition.V2_0, StageMatrixAxis.Area).ToCsv(),
        c => string.Join(",", c.Obligations(Edition.V2_0, Actor.ServiceProvider, LifecycleStage.Operation).Measures.Select(m => m.Id)),
    };

    [Fact]
    public void Parallel_results_equal_serial_results()
    {
        var catalog = GovernanceCatalog.Default;
        var serial = Workloads.Select(w => w(catalog)).ToArray();

        var parallel = new string[Workloads.Length * 64];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => parallel[i] = Workloads[i % Workloads.Length](catalog));

        for (var i = 0; i < parallel.Length; i++)
        {
            parallel[i].Should().Be(serial[i % Workloads.Length], because: "workload " + (i % Workloads.Length) + " must not depend on threads");
        }
    }

    [Fact]
    public void First_touch_of_lazy_indexes_from_many_threads_is_safe()
    {
        // Each edition's search index and typed-children cache are built on first use; hit them all at once.
        var catalog = GovernanceCatalog.Default;
        var results = new string[32];

        Parallel.For(0, results.Length, i => results[i] = string.Join(",", catalog.Editions.SelectMany(e => e.Search("风险")).Select(x => x.Id))
            + string.Join(",", catalog.Editions.SelectMany(e => e.Categories).SelectMany(c => c.Subcategories).Select(s => s.Id)));

        results.Should().OnlyContain(r => r == results[0]);
        results[0].Should().NotBeEmpty();
    }
}
