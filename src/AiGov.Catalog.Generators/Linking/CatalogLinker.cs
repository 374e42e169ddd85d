using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;
using AiGov.Catalog.Generators.Parsing;

namespace AiGov.Catalog.Generators.Linking;

/// <summary>
/// Links every parsed file into one catalogue: resolves references, checks uniqueness, vocabularies, sources and
/// lineage coverage, and fixes a canonical order (so that the output does not depend on file order).
/// </summary>
internal static partial class CatalogLinker
{
    /// <summary>The element kinds that lineage must account for.</summary>
    public static readonly string[] LineageKinds =
    {
        "principles", "components", "risk-categories", "risk-subcategories", "risks", "governance-measures", "guideline-sets",
    };

    public static LinkResult Link(ImmutableArray<ParsedFile> files)
    {
        var ordered = files.OrderBy(f => f.LogicalPath, StringComparer.Ordinal).ToList();
        try
        {
            return new Session(ordered).Run();
        }
        catch (Exception ex)
        {
            var diagnostics = ordered.SelectMany(f => f.Diagnostics).ToList();
            var span = ordered.Count > 0 ? SourceSpan.FileStart(ordered[0].Path) : SourceSpan.FileStart(string.Empty);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.Internal, span, ex.GetType().Name + ": " + ex.Message));
            return new LinkResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>The canonical ID of an element.</summary>
    public static string IdOf(string edition, string? clause, string key) =>
        clause is not null && IsPrintedClause(clause)
            ? edition + ":" + clause.Replace("(", ".").Replace(")", string.Empty)
            : edition + ":" + key;

    private static bool IsPrintedClause(string clause) =>
        Vocabulary.Clause.IsMatch(clause) && clause.IndexOf('?') < 0;

    private static int EditionOrder(string edition)
    {
        var parts = edition.Split('.');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 1000) + int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed partial class Session
    {
        private readonly List<ParsedFile> _files;
        private readonly List<DiagnosticInfo> _diagnostics = new();
        private readonly Dictionary<string, SourceModel> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, VocabularyTermModel>> _vocabularies = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EditionIndex> _editions = new(StringComparer.Ordinal);

        public Session(List<ParsedFile> files) => _files = files;

        public LinkResult Run()
        {
            foreach (var file in _files)
            {
                _diagnostics.AddRange(file.Diagnostics);
            }

            if (_diagnostics.Count > 0)
            {
                // Cross-file checks run once every file reads cleanly: an element dropped for a field error would
                // otherwise show up again as dangling references elsewhere, burying the real problem.
                return new LinkResult(null, Sorted());
            }

            var dataVersion = LinkDataVersion();
            LinkSources();
            var stages = LinkVocabulary("stage", "lifecycle stage");
            var actors = LinkVocabulary("actor", "actor");
            var areas = LinkVocabulary("area", "risk area");
            CheckStageParents(stages);
            var editions = LinkEditions();
            var lineages = LinkLineages();
            var instruments = LinkInstruments();
            var crosswalks = CrosswalkLinker.Link(_files, ElementKind, Report);

            var sorted = Sorted();
            if (sorted.Count > 0)
            {
                return new LinkResult(null, sorted);
            }

            var catalog = new LinkedCatalog(
                dataVersion ?? "0.0.0",
                _sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToEquatableArray(),
                stages,
                actors,
                areas,
                editions,
                lineages,
                instruments,
                crosswalks);
            return new LinkResult(catalog, sorted);
        }

        private EquatableArray<DiagnosticInfo> Sorted() => _diagnostics
            .Distinct()
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();

        private string? LinkDataVersion()
        {
            var file = _files.FirstOrDefault(f => f.FileKind == FileKinds.DataVersion);
            if (file is null)
            {
                Report(DiagnosticIds.Manifest, SourceSpan.FileStart(string.Empty), "catalog/data-version.yaml is missing (it holds the data version, e.g. 2026.11.0)");
                return null;
            }

            return file.DataVersion;
        }

        private void LinkSources()
        {
            foreach (var source in _files.SelectMany(f => f.Sources))
            {
                if (_sources.TryGetValue(source.Id, out var first))
                {
                    Report(DiagnosticIds.Duplicate, source.Span, "source ID", source.Id, first.Span.ToString());
                    continue;
                }

                _sources[source.Id] = source;
            }
        }

        private EquatableArray<VocabularyTermModel> LinkVocabulary(string vocabulary, string label)
        {
            var terms = new Dictionary<string, VocabularyTermModel>(StringComparer.Ordinal);
            var ordered = new List<VocabularyTermModel>();
            foreach (var term in _files.SelectMany(f => f.Terms).Where(t => t.Vocabulary == vocabulary))
            {
                if (terms.TryGetValue(term.Key, out var first))
                {
                    Report(DiagnosticIds.Duplicate, term.Span, label + " key", term.Key, first.Span.ToString());
                    continue;
                }

                terms[term.Key] = term;
                ordered.Add(term);
            }

            _vocabularies[vocabulary] = terms;
            return ordered.ToEquatableArray();
        }

        private void CheckStageParents(EquatableArray<VocabularyTermModel> stages)
        {
            foreach (var stage in stages)
            {
                if (stage.Parent is not null && !_vocabularies["stage"].ContainsKey(stage.Parent))
                {
                    Report(DiagnosticIds.DanglingReference, stage.Span, "parent stage", stage.Parent, "a lifecycle stage");
                }
            }
        }

        private EquatableArray<LinkedEdition> LinkEditions()
        {
            var byEdition = _files
                .Where(f => f.Edition is not null && (f.FileKind == FileKinds.Edition || FileKinds.IsElementKind(f.FileKind)))
                .GroupBy(f => f.Edition!, StringComparer.Ordinal)
                .OrderBy(g => EditionOrder(g.Key));
            var result = new List<LinkedEdition>();
            foreach (var group in byEdition)
            {
                var manifestFile = group.FirstOrDefault(f => f.FileKind == FileKinds.Edition);
                if (manifestFile is null)
                {
                    Report(DiagnosticIds.Manifest, SourceSpan.FileStart(group.First().Path), "edition " + group.Key + " has element files but no edition.yaml manifest");
                    continue;
                }

                var elements = group
                    .Where(f => FileKinds.IsElementKind(f.FileKind))
                    .OrderBy(f => IndexOfKind(f.FileKind))
                    .SelectMany(f => f.Elements)
                    .ToList();
                var index = new EditionIndex(group.Key);
                _editions[group.Key] = index;
                var linked = LinkEdition(index, elements, manifestFile.Manifest);
                if (linked is not null)
                {
                    result.Add(linked);
                }
            }

            return result.ToEquatableArray();
        }

        private static int IndexOfKind(string kind)
        {
            for (var i = 0; i < FileKinds.ElementKinds.Count; i++)
            {
                if (FileKinds.ElementKinds[i] == kind)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        private LinkedEdition? LinkEdition(EditionIndex index, List<ElementModel> elements, EditionManifestModel? manifest)
        {
            var accepted = new List<(ElementModel Model, string Id)>();
            foreach (var element in elements)
            {
                if (index.ByKey.TryGetValue(element.Key, out var first))
                {
                    Report(DiagnosticIds.Duplicate, element.KeySpan, "key", element.Key, first.Model.KeySpan.ToString());
                    continue;
                }

                var id = IdOf(index.Edition, element.Clause, element.Key);
                if (index.ById.TryGetValue(id, out var sameId))
                {
                    Report(DiagnosticIds.Duplicate, element.Span, "ID", id, sameId.Model.Span.ToString());
                    continue;
                }

                var entry = new EditionIndex.Entry(element, id);
                index.ByKey[element.Key] = entry;
                index.ById[id] = entry;
                if (element.Clause is not null && !index.ByClause.ContainsKey(element.Clause))
                {
                    index.ByClause[element.Clause] = entry;
                }

                accepted.Add((element, id));
            }

            if (accepted.Count < elements.Count)
            {
                // A rejected duplicate would show up again as dangling references: report the duplicates alone.
                return null;
            }

            var before = _diagnostics.Count;
            var linked = new List<LinkedElement>();
            foreach (var (model, id) in accepted)
            {
                linked.Add(LinkElement(index, model, id));
            }

            if (_diagnostics.Count == before)
            {
                // Only meaningful once every measure address resolves.
                CheckUnaddressedRisks(index, linked);
            }

            if (manifest is not null)
            {
                CheckSources(manifest.Provenance.Sources, manifest.Provenance.Span);
                CheckSources(manifest.OfficialSources, manifest.Span);
                foreach (var gap in manifest.KnownGaps)
                {
                    CheckSources(gap.Sources, manifest.Span);
                }

                foreach (var fact in manifest.Facts)
                {
                    CheckSources(fact.Sources, fact.Span);
                }
            }

            return manifest is null ? null : new LinkedEdition(manifest, linked.ToEquatableArray());
        }

        private LinkedElement LinkElement(EditionIndex index, ElementModel model, string id)
        {
            string? parentId = null;
            if (model.Parent is not null)
            {
                var parent = index.Resolve(model.Parent.Value);
                if (parent is null)
                {
                    Report(DiagnosticIds.DanglingReference, model.Parent.Span, "parent", model.Parent.Value, "an element of edition " + index.Edition);
                }
                else if (!ParentKindAllowed(model.Kind, parent.Model.Kind))
                {
                    Report(DiagnosticIds.DanglingReference, model.Parent.Span, "parent", model.Parent.Value, AllowedParents(model.Kind) + " (it is a " + parent.Model.Kind + " element)");
                }
                else
                {
                    parentId = parent.Id;
                }
            }

            var addresses = new List<LinkedAddress>();
            foreach (var address in model.Addresses)
            {
                var target = index.Resolve(address.Ref);
                if (target is null || target.Model.Kind is not ("risks" or "risk-subcategories" or "risk-categories"))
                {
                    Report(DiagnosticIds.DanglingReference, address.Span, "addresses", address.Ref, "a risk, risk sub-category or risk category of edition " + index.Edition);
                    continue;
                }

                addresses.Add(new LinkedAddress(target.Id, address.Basis, address.Note));
            }

            var answers = new List<LinkedAddress>();
            foreach (var answer in model.Answers)
            {
                var target = index.Resolve(answer.Ref);
                if (target is null || target.Model.Kind is not ("risk-subcategories" or "risk-categories"))
                {
                    Report(DiagnosticIds.DanglingReference, answer.Span, "answers", answer.Ref, "a risk category or sub-category of edition " + index.Edition);
                    continue;
                }

                answers.Add(new LinkedAddress(target.Id, answer.Basis, answer.Note));
            }

            foreach (var stage in model.Stages)
            {
                CheckVocabulary("stage", "lifecycle stage", stage.Value, stage.Span);
            }

            foreach (var actor in model.Actors)
            {
                CheckVocabulary("actor", "actor", actor.Value, actor.Span);
            }

            if (model.Area is not null)
            {
                CheckVocabulary("area", "risk area", model.Area, model.Span);
            }

            CheckSources(model.Provenance.Sources, model.Provenance.Span);
            CheckSources(model.Title.Zh.Sources, model.Span);
            CheckSources(model.Title.En.Sources, model.Span);
            foreach (var alias in model.Aliases)
            {
                CheckSources(alias.Sources, alias.Span);
            }

            return new LinkedElement(model, id, parentId, addresses.ToEquatableArray(), answers.ToEquatableArray());
        }

        private void CheckUnaddressedRisks(EditionIndex index, List<LinkedElement> elements)
        {
            var addressed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in elements)
            {
                foreach (var address in element.Addresses)
                {
                    addressed.Add(address.TargetId);
                }
            }

            var parents = elements.ToDictionary(e => e.Id, e => e.ParentId, StringComparer.Ordinal);
            foreach (var risk in elements.Where(e => e.Model.Kind == "risks"))
            {
                var covered = false;
                for (var current = risk.Id; current is not null && !covered; current = parents.TryGetValue(current, out var p) ? p : null)
                {
                    covered = addressed.Contains(current);
                }

                if (!covered && string.IsNullOrWhiteSpace(risk.Model.UnaddressedNote))
                {
                    Report(DiagnosticIds.UnaddressedRisk, risk.Model.KeySpan, risk.Id);
                }
            }
        }

        private EquatableArray<LinkedLineage> LinkLineages()
        {
            var result = new List<LinkedLineage>();
            foreach (var file in _files.Where(f => f.Lineage is not null))
            {
                var lineage = file.Lineage!;
                var name = lineage.From + "→" + lineage.To;
                if (!_editions.TryGetValue(lineage.From, out var from) || !_editions.TryGetValue(lineage.To, out var to))
                {
                    Report(DiagnosticIds.LineageMissingElement, lineage.Span, name, lineage.From + " or " + lineage.To, "the catalogue (no such edition)");
                    continue;
                }

                var links = new List<LinkedLineageLink>();
                var fromSeen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                var toSeen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var link in lineage.Links)
                {
                    string? fromId = null;
                    if (link.From is not null)
                    {
                        var element = from.Resolve(link.From.Value);
                        if (element is null)
                        {
                            Report(DiagnosticIds.LineageMissingElement, link.From.Span, name, link.From.Value, lineage.From);
                        }
                        else if (fromSeen.TryGetValue(element.Id, out var firstSpan))
                        {
                            Report(DiagnosticIds.LineageCoverage, link.From.Span, name, "'" + element.Id + "' is the 'from' of more than one link (first at " + firstSpan + "); a split is one link with several targets");
                        }
                        else
                        {
                            fromId = element.Id;
                            fromSeen[element.Id] = link.From.Span;
                        }
                    }

                    var toIds = new List<string>();
                    foreach (var target in link.To)
                    {
                        var element = to.Resolve(target.Value);
                        if (element is null)
                        {
                            Report(DiagnosticIds.LineageMissingElement, target.Span, name, target.Value, lineage.To);
                            continue;
                        }

                        toIds.Add(element.Id);
                        toSeen.Add(element.Id);
                    }

                    CheckLinkShape(name, link, link.From is null, toIds.Count);
                    CheckSources(link.Evidence, link.Span);
                    links.Add(new LinkedLineageLink(fromId, toIds.ToEquatableArray(), link.Relation, link.Also, link.Confidence, link.Basis, link.Evidence, link.Note));
                }

                foreach (var entry in from.ById.Values.Where(e => LineageKinds.Contains(e.Model.Kind)).OrderBy(e => e.Id, StringComparer.Ordinal))
                {
                    if (!fromSeen.ContainsKey(entry.Id))
                    {
                        Report(DiagnosticIds.LineageCoverage, lineage.Span, name, "edition " + lineage.From + " element '" + entry.Id + "' is not the 'from' of any link");
                    }
                }

                foreach (var entry in to.ById.Values.Where(e => LineageKinds.Contains(e.Model.Kind)).OrderBy(e => e.Id, StringComparer.Ordinal))
                {
                    if (!toSeen.Contains(entry.Id))
                    {
                        Report(DiagnosticIds.LineageCoverage, lineage.Span, name, "edition " + lineage.To + " element '" + entry.Id + "' is in no link's 'to' (add an 'added' link if it is new)");
                    }
                }

                result.Add(new LinkedLineage(lineage.From, lineage.To, links.ToEquatableArray()));
            }

            return result.OrderBy(l => EditionOrder(l.From)).ThenBy(l => EditionOrder(l.To)).ToEquatableArray();
        }

        private void CheckLinkShape(string name, LineageLinkModel link, bool fromIsNull, int toCount)
        {
            if (link.Relation == "added" && !fromIsNull)
            {
                Report(DiagnosticIds.LineageCoverage, link.Span, name, "an 'added' link has from: null");
            }
            else if (link.Relation != "added" && fromIsNull)
            {
                Report(DiagnosticIds.LineageCoverage, link.Span, name, "a link with from: null must have relation 'added'");
            }

            if (link.Relation == "removed" && toCount > 0)
            {
                Report(DiagnosticIds.LineageCoverage, link.Span, name, "a 'removed' link has to: []");
            }
            else if (link.Relation != "removed" && link.To.Count == 0)
            {
                Report(DiagnosticIds.LineageCoverage, link.Span, name, "a link with to: [] must have relation 'removed'");
            }
        }

        private void CheckVocabulary(string vocabulary, string label, string value, SourceSpan span)
        {
            var terms = _vocabularies[vocabulary];
            if (!terms.ContainsKey(value))
            {
                Report(DiagnosticIds.UnknownVocabulary, span, label, value, terms.Count == 0 ? "(the vocabulary file is missing)" : string.Join(", ", terms.Keys.OrderBy(k => k, StringComparer.Ordinal)));
            }
        }

        private void CheckSources(EquatableArray<string> sources, SourceSpan span)
        {
            foreach (var source in sources)
            {
                if (!_sources.ContainsKey(source))
                {
                    Report(DiagnosticIds.DanglingReference, span, "source", source, "an entry of catalog/sources.yaml");
                }
            }
        }

        /// <summary>The kind of the element with this canonical ID (e.g. <c>1.0:3.1.1.a</c>), or null.</summary>
        private string? ElementKind(string id)
        {
            var colon = id.IndexOf(':');
            return colon > 0 && _editions.TryGetValue(id.Substring(0, colon), out var edition) && edition.ById.TryGetValue(id, out var entry)
                ? entry.Model.Kind
                : null;
        }

        private void Report(string id, SourceSpan span, params string[] args) => _diagnostics.Add(DiagnosticInfo.Create(id, span, args));

        private static bool ParentKindAllowed(string kind, string parentKind) => kind switch
        {
            "risk-subcategories" => parentKind == "risk-categories",
            "risks" => parentKind == "risk-subcategories",
            "measure-groups" => parentKind is "sections" or "measure-groups",
            "technical-measures" => parentKind is "sections" or "measure-groups",
            "governance-measures" => parentKind is "sections" or "measure-groups",
            "guideline-items" => parentKind == "guideline-sets",
            "grading-factors" or "risk-grades" => parentKind is "appendices" or "appendix-parts",
            "appendix-parts" => parentKind == "appendices",
            "appendix-phases" or "appendix-measure-groups" => parentKind is "appendices" or "appendix-parts",
            "appendix-measures" => parentKind == "appendix-measure-groups",
            _ => parentKind == "sections",
        };

        private static string AllowedParents(string kind) => kind switch
        {
            "risk-subcategories" => "a risk category",
            "risks" => "a risk sub-category",
            "measure-groups" or "technical-measures" or "governance-measures" => "a section or a measure group",
            "guideline-items" => "a guideline set",
            "grading-factors" or "risk-grades" or "appendix-phases" or "appendix-measure-groups" => "an appendix or an appendix part",
            "appendix-parts" => "an appendix",
            "appendix-measures" => "an appendix measure group",
            _ => "a section",
        };
    }

    /// <summary>The elements of one edition, by key, ID and printed clause.</summary>
    private sealed class EditionIndex
    {
        public EditionIndex(string edition) => Edition = edition;

        public string Edition { get; }

        public Dictionary<string, Entry> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entry> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entry> ByClause { get; } = new(StringComparer.Ordinal);

        public Entry? Resolve(string reference) =>
            ByClause.TryGetValue(reference, out var byClause) ? byClause
            : ByKey.TryGetValue(reference, out var byKey) ? byKey
            : null;

        public sealed record Entry(ElementModel Model, string Id);
    }
}
