using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Tests.Diff;

/// <summary>
/// A small catalogue of three editions built in memory, to test what the compiled data cannot show yet: lineages
/// composed along a chain of editions. Every risk sits under 3.1.1; measures address risks directly.
/// </summary>
/// <remarks>
/// <code>
/// 1.0 → 2.0: a same a · b split [b1, b2] · c removed · d merged de · e merged de · added x
/// 2.0 → 3.0: a moved a2 (renumbered) · b1 merged m · b2 merged m · de same de · x same x · added y
/// </code>
/// </remarks>
internal static class SyntheticCatalog
{
    public static readonly Edition V1 = new(1, 0);
    public static readonly Edition V2 = new(2, 0);
    public static readonly Edition V3 = new(3, 0);

    public static GovernanceCatalog Create(bool withSecondLineage = true)
    {
        var area = new RiskArea("models-and-algorithms", "模型算法", "Models and algorithms", "Test area.");
        var e1 = EditionOf(V1, area, new[] { ("a", "3.1.1(a)"), ("b", "3.1.1(b)"), ("c", "3.1.1(c)"), ("d", "3.1.1(d)"), ("e", "3.1.1(e)") }, new[] { ("5.1", new[] { "a", "b" }), ("5.2", new[] { "c" }) });
        var e2 = EditionOf(V2, area, new[] { ("a", "3.1.1(a)"), ("b1", "3.1.1(b)"), ("b2", "3.1.1(c)"), ("de", "3.1.1(d)"), ("x", "3.1.1(e)") }, new[] { ("5.1", new[] { "a", "b1" }), ("5.2", new[] { "x" }) });
        var e3 = EditionOf(V3, area, new[] { ("a2", "3.1.1(z)"), ("m", "3.1.1(b)"), ("de", "3.1.1(d)"), ("x", "3.1.1(e)"), ("y", "3.1.1(f)") }, new[] { ("5.1", new[] { "a2" }), ("5.3", new[] { "m", "y" }) });

        var l1 = new EditionLineage(V1, V2, ImmutableArray.Create(
            Link("1.0:3.1.1.a", LineageRelation.Same, "2.0:3.1.1.a"),
            Link("1.0:3.1.1.b", LineageRelation.Split, "2.0:3.1.1.b", "2.0:3.1.1.c"),
            Link("1.0:3.1.1.c", LineageRelation.Removed),
            Link("1.0:3.1.1.d", LineageRelation.Merged, "2.0:3.1.1.d"),
            Link("1.0:3.1.1.e", LineageRelation.Merged, "2.0:3.1.1.d"),
            Link("1.0:5.1", LineageRelation.Same, "2.0:5.1"),
            Link("1.0:5.2", LineageRelation.Removed),
            Link(null, LineageRelation.Added, "2.0:3.1.1.e"),
            Link(null, LineageRelation.Added, "2.0:5.2")));
        var l2 = new EditionLineage(V2, V3, ImmutableArray.Create(
            Link("2.0:3.1.1.a", LineageRelation.Moved, "3.0:3.1.1.z"),
            Link("2.0:3.1.1.b", LineageRelation.Merged, "3.0:3.1.1.b"),
            Link("2.0:3.1.1.c", LineageRelation.Merged, "3.0:3.1.1.b"),
            Link("2.0:3.1.1.d", LineageRelation.Same, "3.0:3.1.1.d"),
            Link("2.0:3.1.1.e", LineageRelation.Same, "3.0:3.1.1.e"),
            Link("2.0:5.1", LineageRelation.Same, "3.0:5.1"),
            Link("2.0:5.2", LineageRelation.Removed),
            Link(null, LineageRelation.Added, "3.0:3.1.1.f"),
            Link(null, LineageRelation.Added, "3.0:5.3")));

        return new GovernanceCatalog(new CatalogData(
            "test",
            ImmutableArray<CatalogSource>.Empty,
            ImmutableArray<LifecycleStage>.Empty,
            ImmutableArray<Actor>.Empty,
            ImmutableArray.Create(area),
            ImmutableArray.Create(e1, e2, e3),
            withSecondLineage ? ImmutableArray.Create(l1, l2) : ImmutableArray.Create(l1)));
    }

    private static LineageLink Link(string? from, LineageRelation relation, params string[] to) =>
        new(from, to.ToImmutableArray(), relation, ImmutableArray<LineageRelation>.Empty, LineageConfidence.Medium, MappingBasis.Normative, ImmutableArray.Create("SRC-T"), "Test link " + (from ?? "(added)") + ".");

    private static EditionCatalog EditionOf(Edition edition, RiskArea area, (string Key, string Clause)[] risks, (string Clause, string[] Addresses)[] measures)
    {
        var e = edition.ToString();
        var elements = new List<CatalogElement>
        {
            new Section(Info(e, "risks-section", "3", null)),
            new Section(Info(e, "measures-section", "5", null)),
            new RiskCategory(Info(e, "category", "3.1", e + ":3")),
            new RiskSubcategory(Info(e, "subcategory", "3.1.1", e + ":3.1")),
        };
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, clause) in risks)
        {
            var info = Info(e, "risk-" + key, clause, e + ":3.1.1");
            ids[key] = info.Id;
            elements.Add(new Risk(info, area, MappingBasis.Normative, null, null, "Test risk."));
        }

        foreach (var (clause, addresses) in measures)
        {
            var info = Info(e, "measure-" + clause.Replace('.', '-'), clause, e + ":5");
            elements.Add(new Measure(info, MeasureKind.Governance, addresses.Select(a => new RiskAddress(ids[a], MappingBasis.Editorial, "Test.")).ToImmutableArray()));
        }

        var title = new Title(new TitleText("测试", TitleStatus.Verified, ImmutableArray<string>.Empty, null), new TitleText("Test", TitleStatus.Verified, ImmutableArray<string>.Empty, null));
        var provenance = new Provenance(ProvenanceStatus.Verified, ImmutableArray<string>.Empty, null);
        var info2 = new EditionInfo(edition, "v" + edition.Major, title, title, new DateTime(2000 + edition.Major, 1, 1), title.En, ImmutableArray<string>.Empty, ImmutableArray.Create("zh"), EditionCompleteness.Complete, null, "Test edition.", ImmutableArray<KnownGap>.Empty, ImmutableArray<EditionFact>.Empty, provenance, null);
        return new EditionCatalog(info2, elements.ToImmutableArray());
    }

    private static ElementInfo Info(string edition, string key, string clause, string? parent) =>
        new(
            edition + ":" + clause.Replace("(", ".").Replace(")", string.Empty),
            Edition.Parse(edition),
            key,
            clause,
            null,
            parent,
            new Title(new TitleText("标题 " + clause, TitleStatus.Verified, ImmutableArray<string>.Empty, null), new TitleText("Title " + clause, TitleStatus.Verified, ImmutableArray<string>.Empty, null)),
            null,
            "Test element " + clause + ".",
            ImmutableArray<Alias>.Empty,
            ImmutableArray<StageMapping>.Empty,
            ImmutableArray<ActorMapping>.Empty,
            new Provenance(ProvenanceStatus.Verified, ImmutableArray<string>.Empty, null),
            null);
}
