using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>The compiled crosswalks and their lookups, built once: every lookup returns a stored array.</summary>
internal sealed class CrosswalkData
{
    public static readonly CrosswalkData Empty = new(Array.Empty<TargetFramework>(), Array.Empty<MappingSet>());

    private readonly Dictionary<string, ImmutableArray<CrosswalkMapping>> _bySubject;
    private readonly Dictionary<TargetFramework, ImmutableArray<CrosswalkMapping>> _byFramework = new();
    private readonly Dictionary<string, TargetFramework> _frameworks;

    public CrosswalkData(TargetFramework[] frameworks, MappingSet[] sets)
    {
        Frameworks = ImmutableArray.Create(frameworks);
        Sets = ImmutableArray.Create(sets);
        _frameworks = new Dictionary<string, TargetFramework>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
        {
            // The registry lists versions oldest first: a bare framework ID names its latest version.
            _frameworks[framework.Id] = framework;
            _frameworks[framework.Id + "@" + framework.Version] = framework;
        }

        var bySubject = new Dictionary<string, List<CrosswalkMapping>>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
        {
            var all = new List<CrosswalkMapping>();
            var byTerm = new Dictionary<string, List<CrosswalkMapping>>(StringComparer.Ordinal);
            foreach (var set in sets)
            {
                if (!ReferenceEquals(set.Framework, framework))
                {
                    continue;
                }

                foreach (var mapping in set.Mappings)
                {
                    all.Add(mapping);
                    Add(byTerm, mapping.ObjectId, mapping);
                }
            }

            _byFramework[framework] = all.ToImmutableArray();
            foreach (var pair in byTerm)
            {
                if (framework.TryFindTerm(pair.Key, out var term))
                {
                    term.MappedFrom = pair.Value.ToImmutableArray();
                }
            }
        }

        foreach (var set in sets)
        {
            foreach (var mapping in set.Mappings)
            {
                Add(bySubject, mapping.SubjectId, mapping);
            }
        }

        _bySubject = Freeze(bySubject);
    }

    public ImmutableArray<TargetFramework> Frameworks { get; }

    public ImmutableArray<MappingSet> Sets { get; }

    public bool TryFindFramework(string framework, out TargetFramework? result) => _frameworks.TryGetValue(framework, out result);

    public ImmutableArray<CrosswalkMapping> OfSubject(string id) =>
        _bySubject.TryGetValue(id, out var found) ? found : ImmutableArray<CrosswalkMapping>.Empty;

    public ImmutableArray<CrosswalkMapping> OfFramework(TargetFramework framework) =>
        _byFramework.TryGetValue(framework, out var found) ? found : ImmutableArray<CrosswalkMapping>.Empty;

    public ImmutableArray<CrosswalkMapping> OfTerm(TargetFramework framework, string termId) =>
        framework.TryFindTerm(termId, out var term) ? term.MappedFrom : ImmutableArray<CrosswalkMapping>.Empty;

    private static void Add(Dictionary<string, List<CrosswalkMapping>> index, string key, CrosswalkMapping mapping)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = new List<CrosswalkMapping>();
            index[key] = list;
        }

        list.Add(mapping);
    }

    private static Dictionary<string, ImmutableArray<CrosswalkMapping>> Freeze(Dictionary<string, List<CrosswalkMapping>> index)
    {
        var result = new Dictionary<string, ImmutableArray<CrosswalkMapping>>(StringComparer.Ordinal);
        foreach (var pair in index)
        {
            result[pair.Key] = pair.Value.ToImmutableArray();
        }

        return result;
    }
}
