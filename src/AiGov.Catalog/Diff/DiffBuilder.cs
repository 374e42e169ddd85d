using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// Computes an <see cref="EditionDiff"/>. The correspondence is always worked out in the chronological direction, the
/// one the lineage is written in (one link per element of the older edition), and composed along the chain of lineages
/// when the editions are not adjacent. A diff from a newer to an older edition is then the mirror image of it.
/// </summary>
internal static class DiffBuilder
{
    public static EditionDiff Build(GovernanceCatalog catalog, EditionCatalog from, EditionCatalog to)
    {
        if (from.Edition == to.Edition)
        {
            var identity = from.Elements
                .Select(e => new Draft(e.Kind, ChangeKind.Unchanged, ImmutableArray<ChangeKind>.Empty, ImmutableArray.Create(e), ImmutableArray.Create(e), ImmutableArray<LineageLink>.Empty, null, ImmutableArray.Create(new DiffPath(e, e, ImmutableArray<LineageLink>.Empty))))
                .ToList();
            return Assemble(catalog, from, to, ImmutableArray<EditionLineage>.Empty, identity);
        }

        var forward = from.Edition < to.Edition;
        var older = forward ? from : to;
        var newer = forward ? to : from;
        var chain = FindChain(catalog, older.Edition, newer.Edition);
        var drafts = Compose(older, newer, chain);
        if (!forward)
        {
            drafts = drafts.Select(d => d.Mirror()).ToList();
        }

        return Assemble(catalog, from, to, chain, drafts);
    }

    /// <summary>Maps a lineage relation (older → newer) to the change kind seen from the older edition.</summary>
    internal static ChangeKind Map(LineageRelation relation) => relation switch
    {
        LineageRelation.Same => ChangeKind.Unchanged,
        LineageRelation.Reworded => ChangeKind.Reworded,
        LineageRelation.Renamed => ChangeKind.Renamed,
        LineageRelation.Moved => ChangeKind.Moved,
        LineageRelation.Split => ChangeKind.Split,
        LineageRelation.Merged => ChangeKind.Merged,
        LineageRelation.Removed => ChangeKind.Removed,
        LineageRelation.Added => ChangeKind.Added,
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown lineage relation."),
    };

    /// <summary>The change kind seen from the other edition: added ↔ removed, split ↔ merged.</summary>
    internal static ChangeKind Mirror(ChangeKind change) => change switch
    {
        ChangeKind.Added => ChangeKind.Removed,
        ChangeKind.Removed => ChangeKind.Added,
        ChangeKind.Split => ChangeKind.Merged,
        ChangeKind.Merged => ChangeKind.Split,
        _ => change,
    };

    /// <summary>The shortest chain of lineages from an older to a newer edition (the direct lineage when there is one).</summary>
    private static ImmutableArray<EditionLineage> FindChain(GovernanceCatalog catalog, Edition older, Edition newer)
    {
        var previous = new Dictionary<Edition, EditionLineage>();
        var queue = new Queue<Edition>();
        queue.Enqueue(older);
        while (queue.Count > 0 && !previous.ContainsKey(newer))
        {
            var current = queue.Dequeue();
            foreach (var lineage in catalog.Lineages)
            {
                if (lineage.From == current && lineage.From < lineage.To && lineage.To <= newer && lineage.To != older && !previous.ContainsKey(lineage.To))
                {
                    previous[lineage.To] = lineage;
                    queue.Enqueue(lineage.To);
                }
            }
        }

        if (!previous.ContainsKey(newer))
        {
            var known = catalog.Lineages.IsEmpty ? "none" : string.Join(", ", catalog.Lineages.Select(l => l.From + "→" + l.To));
            throw new InvalidOperationException("No chain of lineages connects edition " + older + " to edition " + newer + " (lineages in the catalogue: " + known + ").");
        }

        var chain = new List<EditionLineage>();
        for (var edition = newer; edition != older; edition = previous[edition].From)
        {
            chain.Add(previous[edition]);
        }

        chain.Reverse();
        return chain.ToImmutableArray();
    }

    /// <summary>Works out the correspondence from the older to the newer edition, composing the lineages of the chain.</summary>
    private static List<Draft> Compose(EditionCatalog older, EditionCatalog newer, ImmutableArray<EditionLineage> chain)
    {
        var steps = chain.Length;
        var byFrom = new Dictionary<string, LineageLink>[steps];
        var byTo = new Dictionary<string, List<LineageLink>>[steps];
        var stepOf = new Dictionary<LineageLink, int>();
        for (var step = 0; step < steps; step++)
        {
            byFrom[step] = new Dictionary<string, LineageLink>(StringComparer.Ordinal);
            byTo[step] = new Dictionary<string, List<LineageLink>>(StringComparer.Ordinal);
            foreach (var link in chain[step].Links)
            {
                stepOf[link] = step;
                if (link.FromId is not null && !byFrom[step].ContainsKey(link.FromId))
                {
                    byFrom[step][link.FromId] = link;
                }

                foreach (var id in link.ToIds)
                {
                    if (!byTo[step].TryGetValue(id, out var list))
                    {
                        byTo[step][id] = list = new List<LineageLink>();
                    }

                    list.Add(link);
                }
            }
        }

        // Forward: one draft per element of the older edition that the first lineage accounts for.
        var pending = new List<(CatalogElement Element, List<(string Target, List<LineageLink> Links)> Targets, List<LineageLink> AllLinks)>();
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in older.Elements)
        {
            if (!byFrom[0].ContainsKey(element.Id))
            {
                continue;
            }

            var targets = new List<(string Target, List<LineageLink> Links)>();
            var all = new List<LineageLink>();
            var complete = false;
            Walk(element.Id, 0, ImmutableArray<LineageLink>.Empty);
            if (!complete)
            {
                continue; // every branch runs into an element the next lineage does not account for: the correspondence is unknown
            }

            foreach (var (target, _) in targets)
            {
                owners[target] = owners.TryGetValue(target, out var count) ? count + 1 : 1;
            }

            pending.Add((element, targets, all));

            void Walk(string id, int step, ImmutableArray<LineageLink> path)
            {
                if (!byFrom[step].TryGetValue(id, out var link))
                {
                    return;
                }

                path = path.Add(link);
                if (link.ToIds.IsEmpty)
                {
                    complete = true;
                    AddAll(all, path);
                    return;
                }

                foreach (var to in link.ToIds)
                {
                    if (step == steps - 1)
                    {
                        complete = true;
                        AddAll(all, path);
                        var index = targets.FindIndex(t => t.Target == to);
                        if (index < 0)
                        {
                            targets.Add((to, new List<LineageLink>()));
                            index = targets.Count - 1;
                        }

                        AddAll(targets[index].Links, path);
                    }
                    else
                    {
                        Walk(to, step + 1, path);
                    }
                }
            }
        }

        var drafts = new List<Draft>();
        foreach (var (element, targets, all) in pending)
        {
            var after = targets.Select(t => newer.Find(t.Target)!).ToImmutableArray();
            var links = Order(all, stepOf);
            var paths = targets.Select(t => new DiffPath(element, newer.Find(t.Target)!, Order(t.Links, stepOf))).ToImmutableArray();
            ChangeKind change;
            ImmutableArray<ChangeKind> also;
            if (steps == 1)
            {
                var link = links[0];
                change = Map(link.Relation);
                if (change == ChangeKind.Unchanged && after.Length == 1 && ClauseOrParentDiffers(element, after[0]))
                {
                    change = ChangeKind.Moved;
                }

                also = link.Also.IsEmpty ? ImmutableArray<ChangeKind>.Empty : link.Also.Select(Map).Where(c => c != change).Distinct().ToImmutableArray();
            }
            else
            {
                change = ComposedChange(element, after, links, owners);
                also = links
                    .SelectMany(l => l.Also.Add(l.Relation))
                    .Select(Map)
                    .Where(c => c != change && c != ChangeKind.Unchanged)
                    .Distinct()
                    .OrderBy(c => c)
                    .ToImmutableArray();
            }

            drafts.Add(new Draft(element.Kind, change, also, ImmutableArray.Create(element), after, links, ComposeNote(links, chain, stepOf), paths));
        }

        // Added: elements of the newer edition that no path reaches, accounted for by an added link somewhere along the chain.
        var reached = new HashSet<string>(pending.SelectMany(p => p.Targets.Select(t => t.Target)), StringComparer.Ordinal);
        foreach (var element in newer.Elements)
        {
            if (reached.Contains(element.Id) || !byTo[steps - 1].ContainsKey(element.Id))
            {
                continue;
            }

            var links = new List<LineageLink>();
            var reachesOlder = false;
            Back(element.Id, steps - 1);
            if (reachesOlder)
            {
                continue; // a path back to the older edition exists but breaks going forward: the correspondence is unknown
            }

            var ordered = Order(links, stepOf);
            drafts.Add(new Draft(element.Kind, ChangeKind.Added, ImmutableArray<ChangeKind>.Empty, ImmutableArray<CatalogElement>.Empty, ImmutableArray.Create(element), ordered, ComposeNote(ordered, chain, stepOf), ImmutableArray<DiffPath>.Empty));

            void Back(string id, int step)
            {
                if (!byTo[step].TryGetValue(id, out var incoming))
                {
                    return;
                }

                foreach (var link in incoming)
                {
                    if (!links.Contains(link))
                    {
                        links.Add(link);
                    }

                    if (link.FromId is not null)
                    {
                        if (step == 0)
                        {
                            reachesOlder = true;
                        }
                        else
                        {
                            Back(link.FromId, step - 1);
                        }
                    }
                }
            }
        }

        return drafts;
    }

    /// <summary>
    /// The change kind of an element across several lineages: removed when every path ends in a removal, split when it
    /// reaches several elements, merged when its counterpart is reached from other elements too, moved when the clause
    /// or parent differs, unchanged when every link is "same", renamed when a link renames, reworded otherwise.
    /// </summary>
    private static ChangeKind ComposedChange(CatalogElement element, ImmutableArray<CatalogElement> after, ImmutableArray<LineageLink> links, Dictionary<string, int> owners)
    {
        if (after.IsEmpty)
        {
            return ChangeKind.Removed;
        }

        if (after.Length > 1)
        {
            return ChangeKind.Split;
        }

        if (owners[after[0].Id] > 1)
        {
            return ChangeKind.Merged;
        }

        if (ClauseOrParentDiffers(element, after[0]))
        {
            return ChangeKind.Moved;
        }

        var relations = links.SelectMany(l => l.Also.Add(l.Relation)).ToList();
        if (relations.TrueForAll(r => r == LineageRelation.Same))
        {
            return ChangeKind.Unchanged;
        }

        // Same place, but the chain renamed it, or changed it otherwise (reworded, or split and merged back).
        return relations.Contains(LineageRelation.Renamed) ? ChangeKind.Renamed : ChangeKind.Reworded;
    }

    private static string? ComposeNote(ImmutableArray<LineageLink> links, ImmutableArray<EditionLineage> chain, Dictionary<LineageLink, int> stepOf)
    {
        if (links.Length == 1)
        {
            return links[0].Note;
        }

        var notes = links
            .Where(l => l.Note is not null)
            .Select(l => chain[stepOf[l]].From + "→" + chain[stepOf[l]].To + (l.FromId is null ? string.Empty : " (" + l.FromId + ")") + ": " + l.Note)
            .ToList();
        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    private static void AddAll(List<LineageLink> target, ImmutableArray<LineageLink> links)
    {
        foreach (var link in links)
        {
            if (!target.Contains(link))
            {
                target.Add(link);
            }
        }
    }

    private static ImmutableArray<LineageLink> Order(List<LineageLink> links, Dictionary<LineageLink, int> stepOf)
    {
        // A stable sort by step of links already in step order (always so between adjacent editions) is the identity.
        var inOrder = true;
        for (var i = 1; i < links.Count && inOrder; i++)
        {
            inOrder = stepOf[links[i - 1]] <= stepOf[links[i]];
        }

        return inOrder
            ? links.ToImmutableArray()
            : links.Select((link, index) => (link, index)).OrderBy(x => stepOf[x.link]).ThenBy(x => x.index).Select(x => x.link).ToImmutableArray();
    }

    internal static bool ClauseOrParentDiffers(CatalogElement before, CatalogElement after) =>
        !string.Equals(before.Clause, after.Clause, StringComparison.Ordinal)
        || !string.Equals(Names.LocalPart(before.ParentId), Names.LocalPart(after.ParentId), StringComparison.Ordinal);

    /// <summary>Orders the drafts, lists what no link accounts for, and computes field and measure changes.</summary>
    private static EditionDiff Assemble(GovernanceCatalog catalog, EditionCatalog from, EditionCatalog to, ImmutableArray<EditionLineage> chain, List<Draft> drafts)
    {
        var fromPosition = Positions(from);
        var toPosition = Positions(to);
        // Kind, then elements of the from edition before added ones, then from position, to position, original index.
        var keys = new SortKey[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            keys[i] = new SortKey(d, (int)d.Kind, d.Before.IsEmpty ? 1 : 0, d.Before.IsEmpty ? -1 : fromPosition[d.Before[0]], d.After.IsEmpty ? -1 : toPosition[d.After[0]], i);
        }

        Array.Sort(keys, SortKey.Compare);
        var ordered = new List<Draft>(keys.Length);
        foreach (var key in keys)
        {
            ordered.Add(key.Draft);
        }

        var trackedBefore = new HashSet<CatalogElement>(ordered.SelectMany(d => d.Before));
        var trackedAfter = new HashSet<CatalogElement>(ordered.SelectMany(d => d.After));
        var counterparts = new Dictionary<CatalogElement, List<CatalogElement>>();
        foreach (var draft in ordered)
        {
            foreach (var before in draft.Before)
            {
                if (!counterparts.TryGetValue(before, out var list))
                {
                    counterparts[before] = list = new List<CatalogElement>();
                }

                foreach (var a in draft.After)
                {
                    if (!list.Contains(a))
                    {
                        list.Add(a);
                    }
                }
            }
        }

        var predecessors = new Dictionary<CatalogElement, List<CatalogElement>>();
        foreach (var pair in counterparts)
        {
            foreach (var after in pair.Value)
            {
                if (!predecessors.TryGetValue(after, out var list))
                {
                    predecessors[after] = list = new List<CatalogElement>();
                }

                list.Add(pair.Key);
            }
        }

        var entries = ordered.Select(d => new DiffEntry(
                d.Kind,
                d.ChangeKind,
                d.Also,
                d.Before,
                d.After,
                d.Links,
                d.Links.IsEmpty ? null : MinConfidence(d.Links),
                d.Links.IsEmpty ? null : d.Links.Any(l => l.Basis == MappingBasis.Editorial) ? MappingBasis.Editorial : MappingBasis.Normative,
                Evidence(d.Links),
                d.Note,
                d.Before.Length == 1 && d.After.Length == 1 ? FieldChanges(d.Before[0], d.After[0]) : ImmutableArray<FieldChange>.Empty,
                d.Kind == ElementKind.Risk ? MeasureChanges(d, counterparts, predecessors, trackedBefore, trackedAfter, fromPosition, toPosition) : null,
                d.Paths))
            .ToImmutableArray();

        var untrackedBefore = UntrackedByKind(from, trackedBefore);
        var untrackedAfter = UntrackedByKind(to, trackedAfter);
        var untracked = ImmutableArray.CreateBuilder<UntrackedElements>();
        foreach (var kind in Names.AllKinds)
        {
            var before = untrackedBefore.TryGetValue(kind, out var b) ? b.ToImmutable() : ImmutableArray<CatalogElement>.Empty;
            var after = untrackedAfter.TryGetValue(kind, out var a) ? a.ToImmutable() : ImmutableArray<CatalogElement>.Empty;
            if (!before.IsEmpty || !after.IsEmpty)
            {
                untracked.Add(new UntrackedElements(kind, before, after));
            }
        }

        return new EditionDiff(from, to, catalog.DataVersion, chain, entries, untracked.ToImmutable());
    }

    /// <summary>The elements no entry tracks, by kind, in document order (one pass over the edition).</summary>
    private static Dictionary<ElementKind, ImmutableArray<CatalogElement>.Builder> UntrackedByKind(EditionCatalog edition, HashSet<CatalogElement> tracked)
    {
        var byKind = new Dictionary<ElementKind, ImmutableArray<CatalogElement>.Builder>();
        foreach (var element in edition.Elements)
        {
            if (tracked.Contains(element))
            {
                continue;
            }

            var kind = element.Kind;
            if (!byKind.TryGetValue(kind, out var list))
            {
                byKind[kind] = list = ImmutableArray.CreateBuilder<CatalogElement>();
            }

            list.Add(element);
        }

        return byKind;
    }

    private static LineageConfidence MinConfidence(ImmutableArray<LineageLink> links)
    {
        var min = links[0].Confidence;
        foreach (var link in links)
        {
            if (link.Confidence < min)
            {
                min = link.Confidence;
            }
        }

        return min;
    }

    /// <summary>The evidence of every link, without duplicates, in order; the link's own array when there is one link with distinct evidence.</summary>
    private static ImmutableArray<string> Evidence(ImmutableArray<LineageLink> links)
    {
        if (links.Length == 1 && IsDistinct(links[0].Evidence))
        {
            return links[0].Evidence;
        }

        return links.SelectMany(l => l.Evidence).Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    private static bool IsDistinct(ImmutableArray<string> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(values[i], values[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Dictionary<CatalogElement, int> Positions(EditionCatalog edition)
    {
        var positions = new Dictionary<CatalogElement, int>();
        for (var i = 0; i < edition.Elements.Length; i++)
        {
            positions[edition.Elements[i]] = i;
        }

        return positions;
    }

    private static ImmutableArray<FieldChange> FieldChanges(CatalogElement before, CatalogElement after)
    {
        ImmutableArray<FieldChange>.Builder? changes = null;
        if (before.Kind != after.Kind)
        {
            Add(ref changes, new FieldChange("kind", Names.Kebab(before.Kind), Names.Kebab(after.Kind)));
        }

        if (!string.Equals(before.Clause, after.Clause, StringComparison.Ordinal))
        {
            Add(ref changes, new FieldChange("clause", before.Clause, after.Clause));
        }

        if (!string.Equals(Names.LocalPart(before.ParentId), Names.LocalPart(after.ParentId), StringComparison.Ordinal))
        {
            Add(ref changes, new FieldChange("parent", before.ParentId, after.ParentId));
        }

        AddTitle(ref changes, "title.zh", before.Title.Zh, after.Title.Zh);
        AddTitle(ref changes, "title.en", before.Title.En, after.Title.En);
        // Only the framework's own (normative) mappings can show a change of the framework; editorial ones are the
        // catalogue's judgement and differ between editions for reasons of vocabulary (1.0 actors, 2.0 stage roles).
        AddMapping(ref changes, "stages", NormativeKeys(before.Stages), NormativeKeys(after.Stages));
        AddMapping(ref changes, "actors", NormativeKeys(before.Actors), NormativeKeys(after.Actors));
        return changes is null ? ImmutableArray<FieldChange>.Empty : changes.ToImmutable();
    }

    private static void Add(ref ImmutableArray<FieldChange>.Builder? changes, FieldChange change) =>
        (changes ??= ImmutableArray.CreateBuilder<FieldChange>()).Add(change);

    /// <summary>The distinct keys of the normative stage mappings, sorted ordinally; null when there are none.</summary>
    private static List<string>? NormativeKeys(ImmutableArray<StageMapping> mappings)
    {
        List<string>? keys = null;
        foreach (var mapping in mappings)
        {
            if (mapping.Basis == MappingBasis.Normative)
            {
                AddDistinct(ref keys, mapping.Stage.Key);
            }
        }

        keys?.Sort(StringComparer.Ordinal);
        return keys;
    }

    /// <summary>The distinct keys of the normative actor mappings, sorted ordinally; null when there are none.</summary>
    private static List<string>? NormativeKeys(ImmutableArray<ActorMapping> mappings)
    {
        List<string>? keys = null;
        foreach (var mapping in mappings)
        {
            if (mapping.Basis == MappingBasis.Normative)
            {
                AddDistinct(ref keys, mapping.Actor.Key);
            }
        }

        keys?.Sort(StringComparer.Ordinal);
        return keys;
    }

    private static void AddDistinct(ref List<string>? keys, string key)
    {
        keys ??= new List<string>();
        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    private static void AddTitle(ref ImmutableArray<FieldChange>.Builder? changes, string field, TitleText before, TitleText after)
    {
        if (before.Status == TitleStatus.Verified && after.Status == TitleStatus.Verified
            && before.Text is not null && after.Text is not null
            && !string.Equals(before.Text, after.Text, StringComparison.Ordinal))
        {
            Add(ref changes, new FieldChange(field, before.Text, after.Text));
        }
    }

    private static void AddMapping(ref ImmutableArray<FieldChange>.Builder? changes, string field, List<string>? before, List<string>? after)
    {
        if (before is not null && after is not null && !before.SequenceEqual(after, StringComparer.Ordinal))
        {
            Add(ref changes, new FieldChange(field, string.Join(", ", before), string.Join(", ", after)));
        }
    }

    private static MeasureChanges MeasureChanges(
        Draft draft,
        Dictionary<CatalogElement, List<CatalogElement>> counterparts,
        Dictionary<CatalogElement, List<CatalogElement>> predecessors,
        HashSet<CatalogElement> trackedBefore,
        HashSet<CatalogElement> trackedAfter,
        Dictionary<CatalogElement, int> fromPosition,
        Dictionary<CatalogElement, int> toPosition)
    {
        var beforeMeasures = MeasuresOf(draft.Before, fromPosition);
        var afterMeasures = MeasuresOf(draft.After, toPosition);
        var afterSet = new HashSet<CatalogElement>(afterMeasures);
        var matched = new HashSet<CatalogElement>();
        var shared = ImmutableArray.CreateBuilder<SharedMeasure>();
        var dropped = ImmutableArray.CreateBuilder<Measure>();
        var notMapped = ImmutableArray.CreateBuilder<SharedMeasure>();
        var untrackedBefore = ImmutableArray.CreateBuilder<Measure>();
        foreach (var measure in beforeMeasures)
        {
            if (!trackedBefore.Contains(measure))
            {
                untrackedBefore.Add(measure);
                continue;
            }

            var kept = 0;
            if (counterparts.TryGetValue(measure, out var list))
            {
                foreach (var counterpart in list)
                {
                    if (afterSet.Contains(counterpart))
                    {
                        shared.Add(new SharedMeasure(measure, (Measure)counterpart));
                        matched.Add(counterpart);
                        kept++;
                    }
                }
            }

            if (kept == 0)
            {
                // A counterpart mapped to no risk at all (a cross-cutting measure): whether it deals with this risk is unknown.
                var unmapped = list?.OfType<Measure>().Where(c => c.Addresses.IsEmpty).ToList();
                if (unmapped is { Count: > 0 })
                {
                    foreach (var counterpart in unmapped)
                    {
                        notMapped.Add(new SharedMeasure(measure, counterpart));
                    }
                }
                else
                {
                    dropped.Add(measure);
                }
            }
        }

        var added = ImmutableArray.CreateBuilder<Measure>();
        var untrackedAfter = ImmutableArray.CreateBuilder<Measure>();
        foreach (var measure in afterMeasures)
        {
            if (!trackedAfter.Contains(measure))
            {
                untrackedAfter.Add(measure);
            }
            else if (!matched.Contains(measure))
            {
                // The mirror image of the case above: a counterpart on the from side that is mapped to no risk.
                var unmapped = predecessors.TryGetValue(measure, out var before) ? before.OfType<Measure>().Where(c => c.Addresses.IsEmpty).ToList() : null;
                if (unmapped is { Count: > 0 })
                {
                    foreach (var counterpart in unmapped)
                    {
                        notMapped.Add(new SharedMeasure(counterpart, measure));
                    }
                }
                else
                {
                    added.Add(measure);
                }
            }
        }

        return new MeasureChanges(shared.ToImmutable(), added.ToImmutable(), dropped.ToImmutable(), notMapped.ToImmutable(), untrackedBefore.ToImmutable(), untrackedAfter.ToImmutable());
    }

    /// <summary>The measures of the risks among the elements, without duplicates, in document order.</summary>
    private static List<Measure> MeasuresOf(ImmutableArray<CatalogElement> elements, Dictionary<CatalogElement, int> position)
    {
        var measures = new List<Measure>();
        foreach (var element in elements)
        {
            if (element is Risk risk)
            {
                foreach (var measure in risk.Measures)
                {
                    if (!measures.Contains(measure))
                    {
                        measures.Add(measure);
                    }
                }
            }
        }

        // Positions are distinct, so an unstable sort gives the one order.
        measures.Sort((a, b) => position[a].CompareTo(position[b]));
        return measures;
    }

    /// <summary>The sort key of a draft in the diff's order.</summary>
    private readonly struct SortKey
    {
        public SortKey(Draft draft, int kind, int added, int fromPosition, int toPosition, int index)
        {
            Draft = draft;
            Kind = kind;
            Added = added;
            FromPosition = fromPosition;
            ToPosition = toPosition;
            Index = index;
        }

        public Draft Draft { get; }

        public int Kind { get; }

        public int Added { get; }

        public int FromPosition { get; }

        public int ToPosition { get; }

        public int Index { get; }

        public static int Compare(SortKey x, SortKey y)
        {
            var c = x.Kind.CompareTo(y.Kind);
            c = c != 0 ? c : x.Added.CompareTo(y.Added);
            c = c != 0 ? c : x.FromPosition.CompareTo(y.FromPosition);
            c = c != 0 ? c : x.ToPosition.CompareTo(y.ToPosition);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }

    /// <summary>An entry before field and measure changes are computed.</summary>
    private sealed class Draft
    {
        public Draft(
            ElementKind kind,
            ChangeKind changeKind,
            ImmutableArray<ChangeKind> also,
            ImmutableArray<CatalogElement> before,
            ImmutableArray<CatalogElement> after,
            ImmutableArray<LineageLink> links,
            string? note,
            ImmutableArray<DiffPath> paths)
        {
            Kind = kind;
            ChangeKind = changeKind;
            Also = also;
            Before = before;
            After = after;
            Links = links;
            Note = note;
            Paths = paths;
        }

        public ElementKind Kind { get; }

        public ChangeKind ChangeKind { get; }

        public ImmutableArray<ChangeKind> Also { get; }

        public ImmutableArray<CatalogElement> Before { get; }

        public ImmutableArray<CatalogElement> After { get; }

        public ImmutableArray<LineageLink> Links { get; }

        public string? Note { get; }

        public ImmutableArray<DiffPath> Paths { get; }

        /// <summary>The same correspondence seen from the other edition.</summary>
        public Draft Mirror() => new(
            Kind,
            DiffBuilder.Mirror(ChangeKind),
            Also.Select(DiffBuilder.Mirror).ToImmutableArray(),
            After,
            Before,
            Links,
            Note,
            Paths.Select(p => p.Mirror()).ToImmutableArray());
    }
}
