using System.Collections.Generic;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;

namespace AiGov.Catalog.Generators.Emitting;

/// <summary>
/// The position of every vocabulary term in its vocabulary: the compiled data refers to a stage, actor or risk area by
/// its index in <c>LifecycleStage.All</c>, <c>Actor.All</c> or <c>RiskArea.All</c>, which are emitted in the same order.
/// </summary>
internal sealed class VocabularyIndexes
{
    public VocabularyIndexes(LinkedCatalog catalog)
    {
        Stages = Index(catalog.Stages);
        Actors = Index(catalog.Actors);
        Areas = Index(catalog.Areas);
    }

    public IReadOnlyDictionary<string, int> Stages { get; }

    public IReadOnlyDictionary<string, int> Actors { get; }

    public IReadOnlyDictionary<string, int> Areas { get; }

    private static Dictionary<string, int> Index(EquatableArray<VocabularyTermModel> terms)
    {
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var term in terms)
        {
            index[term.Key] = index.Count;
        }

        return index;
    }
}
