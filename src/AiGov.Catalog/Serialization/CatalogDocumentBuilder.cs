using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// Builds a catalogue from the DTOs of a data file, constructing the same objects as the generated code. Every problem is
/// collected with the JSON path of the offending value; if there is any, nothing is built and the caller gets them all.
/// After building, the rules of <see cref="GovernanceCatalog.Validate"/> are applied as well.
/// </summary>
/// <remarks>
/// A valid file, the usual case, is built once without recording where each value sits (<see cref="JsonPath.Untracked"/>).
/// Only a file with problems is built a second time, recording paths, so that every problem says where it is.
/// </remarks>
internal sealed partial class CatalogDocumentBuilder
{
    private static readonly Regex KeyPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private readonly JsonPath _root;
    private readonly List<string> _problems = new();
    private readonly Dictionary<string, LifecycleStage> _stages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RiskArea> _areas = new(StringComparer.Ordinal);

    // The mappings of an element's lists, as delegates made once rather than once per element.
    private readonly Func<AliasDto, JsonPath, Alias?> _aliasOf;
    private readonly Func<StageMappingDto, JsonPath, StageMapping?> _stageMappingOf;
    private readonly Func<ActorMappingDto, JsonPath, ActorMapping?> _actorMappingOf;

    private CatalogDocumentBuilder(JsonPath root)
    {
        _root = root;
        _aliasOf = AliasOf;
        _stageMappingOf = StageMappingOf;
        _actorMappingOf = ActorMappingOf;
    }

    /// <summary>Builds and validates the catalogue, or throws with every problem found.</summary>
    public static GovernanceCatalog Build(CatalogDocumentDto document)
    {
        var builder = new CatalogDocumentBuilder(JsonPath.Untracked);
        var data = builder.BuildData(document);
        if (data is null)
        {
            builder = new CatalogDocumentBuilder(JsonPath.Root);
            data = builder.BuildData(document);
        }

        builder.ThrowIfProblems();

        GovernanceCatalog catalog;
        try
        {
            catalog = new GovernanceCatalog(data!);
        }
        catch (CatalogValidationException ex)
        {
            throw CatalogLoadException.Inconsistent(ex.Problems.Select(p => "$: " + p).ToImmutableArray());
        }

        var problems = CatalogValidator.Check(catalog);
        if (problems.Length > 0)
        {
            throw CatalogLoadException.Inconsistent(problems.Select(p => "$: " + p).ToImmutableArray());
        }

        return catalog;
    }

    private void ThrowIfProblems()
    {
        if (_problems.Count > 0)
        {
            throw CatalogLoadException.Inconsistent(_problems.ToImmutableArray());
        }
    }

    private CatalogData? BuildData(CatalogDocumentDto d)
    {
        var root = _root;
        var dataVersion = Required(d.DataVersion, root, "dataVersion");
        if (d.Vocabularies is null)
        {
            Problem(root.Property("vocabularies"), "is missing");
        }

        var vocabularies = root.Property("vocabularies");
        var stages = Each(d.Vocabularies?.Stages, vocabularies, "stages", Stage);
        var actors = Each(d.Vocabularies?.Actors, vocabularies, "actors", ActorTerm);
        var areas = Each(d.Vocabularies?.Areas, vocabularies, "areas", Area);
        for (var i = 0; i < stages.Length; i++)
        {
            if (stages[i].ParentKey is { } parent && !_stages.ContainsKey(parent))
            {
                Problem(vocabularies.Property("stages").Item(i).Property("parent"), "'" + parent + "' is not a stage of the vocabulary");
            }
        }

        var sources = Each(d.Sources, root, "sources", Source);
        var editions = Each(d.Editions, root, "editions", EditionCatalogOf);
        var lineages = Each(d.Lineages, root, "lineages", Lineage);
        if (d.Editions is null)
        {
            Problem(root.Property("editions"), "is missing");
        }

        var instruments = InstrumentsOf(d.Instruments);
        var crosswalks = _problems.Count > 0 ? CrosswalkData.Empty : CrosswalksOf(d.Crosswalks, editions);
        return _problems.Count > 0 ? null : new CatalogData(dataVersion, sources, stages, actors, areas, editions, lineages) { Instruments = instruments, Crosswalks = crosswalks };
    }

    private LifecycleStage? Stage(StageTermDto t, JsonPath path)
    {
        var key = Key(t.Key, path, "key");
        var term = new LifecycleStage(key, t.Parent, Required(t.TitleZh, path, "titleZh"), Required(t.TitleEn, path, "titleEn"), Required(t.Summary, path, "summary"), Strings(t.Iso22989, path, "iso22989"), Strings(t.NistAiRmf, path, "nistAiRmf"));
        var compiled = LifecycleStage.All.FirstOrDefault(s => s.Key == key);
        if (compiled is not null && compiled.ParentKey == term.ParentKey && SameText(compiled, term)
            && compiled.Iso22989.SequenceEqual(term.Iso22989) && compiled.NistAiRmf.SequenceEqual(term.NistAiRmf))
        {
            term = compiled;
        }

        return AddTerm(_stages, term, path);
    }

    private Actor? ActorTerm(ActorTermDto t, JsonPath path)
    {
        var key = Key(t.Key, path, "key");
        var term = new Actor(key, Enum(WireNames.Group, t.Group, path, "group"), Required(t.TitleZh, path, "titleZh"), Required(t.TitleEn, path, "titleEn"), Required(t.Summary, path, "summary"));
        var compiled = Actor.All.FirstOrDefault(a => a.Key == key);
        if (compiled is not null && compiled.Group == term.Group && SameText(compiled, term))
        {
            term = compiled;
        }

        return AddTerm(_actors, term, path);
    }

    private RiskArea? Area(AreaTermDto t, JsonPath path)
    {
        var key = Key(t.Key, path, "key");
        var term = new RiskArea(key, Required(t.TitleZh, path, "titleZh"), Required(t.TitleEn, path, "titleEn"), Required(t.Summary, path, "summary"));
        var compiled = RiskArea.All.FirstOrDefault(a => a.Key == key);
        if (compiled is not null && SameText(compiled, term))
        {
            term = compiled;
        }

        return AddTerm(_areas, term, path);
    }

    private static bool SameText(VocabularyTerm a, VocabularyTerm b) =>
        a.TitleZh == b.TitleZh && a.TitleEn == b.TitleEn && a.Summary == b.Summary;

    private T? AddTerm<T>(Dictionary<string, T> terms, T term, JsonPath path)
        where T : VocabularyTerm
    {
        if (term.Key.Length == 0)
        {
            return null;
        }

        if (terms.ContainsKey(term.Key))
        {
            Problem(path.Property("key"), "'" + term.Key + "' is defined twice");
            return null;
        }

        terms[term.Key] = term;
        return term;
    }

    private CatalogSource? Source(SourceDto s, JsonPath path) => new(
        Required(s.Id, path, "id"),
        Required(s.Title, path, "title"),
        Required(s.Location, path, "location"),
        Editions(s.Editions, path, "editions"),
        Enum(WireNames.Trust, s.Trust, path, "trust"),
        Required(s.UsedFor, path, "usedFor"),
        s.Note);

    private EditionCatalog? EditionCatalogOf(EditionDto d, JsonPath path)
    {
        var edition = EditionOf(d.Edition, path.Property("edition"));
        var released = default(DateTime);
        if (Required(d.Released, path, "released") is { Length: > 0 } text
            && !DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out released))
        {
            Problem(path.Property("released"), "'" + text + "' is not a date written yyyy-MM-dd");
        }

        var info = new EditionInfo(
            edition ?? default,
            Key(d.Key, path, "key"),
            TitleOf(d.Title, path, "title"),
            TitleOf(d.Issuer, path, "issuer"),
            released,
            TextOf(d.ReleaseVenue, path, "releaseVenue", english: true),
            Strings(d.OfficialSources, path, "officialSources"),
            Strings(d.Languages, path, "languages"),
            Enum(WireNames.Completeness, d.Completeness, path, "completeness"),
            d.CompletenessNote,
            Required(d.Summary, path, "summary"),
            Each(d.KnownGaps, path, "knownGaps", (g, p) => new KnownGap(g.Clause, Enum(WireNames.Status, g.Status, p, "status"), Strings(g.Sources, p, "sources"), Required(g.Note, p, "note"))),
            Each(d.Facts, path, "facts", (f, p) => new EditionFact(Required(f.Topic, p, "topic"), Required(f.Text, p, "text"), Enum(WireNames.Status, f.Status, p, "status"), Strings(f.Sources, p, "sources"), f.Note)),
            ProvenanceOf(d.Provenance, path, "provenance"),
            d.Notes)
        {
            Character = CharacterOf(d.Character, path),
        };

        var elementsPath = path.Property("elements");
        if (d.Elements is null)
        {
            Problem(elementsPath, "is missing");
        }

        if (edition is null)
        {
            return null;
        }

        // The IDs of this edition's elements, to check that every reference is a canonical ID of the same edition.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var elementDtos = d.Elements ?? new List<ElementDto?>();
        for (var i = 0; i < elementDtos.Count; i++)
        {
            if (elementDtos[i]?.Id is not { } id)
            {
                continue;
            }

            if (ids.TryGetValue(id, out var first))
            {
                Problem(elementsPath.Item(i).Property("id"), "'" + id + "' is a duplicate ID (also the ID of elements[" + Index(first) + "])");
            }
            else
            {
                ids[id] = i;
            }
        }

        CheckParentChains(elementDtos, elementsPath, ids);
        var before = _problems.Count;
        var prefix = edition.Value + ":";
        var elements = Each(d.Elements, path, "elements", (e, p) => Element(e, p, edition.Value, prefix, ids));
        if (_problems.Count > before)
        {
            return null;
        }

        try
        {
            return new EditionCatalog(info, elements);
        }
        catch (CatalogValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                Problem(path, problem);
            }

            return null;
        }
    }

    /// <summary>Reports an element whose chain of parents comes back to itself (every chain must end at a top-level element).</summary>
    private void CheckParentChains(List<ElementDto?> elements, JsonPath path, IReadOnlyDictionary<string, int> ids)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            var current = elements[i]?.Parent;
            for (var steps = 0; current is not null && ids.TryGetValue(current, out var index); steps++)
            {
                if (index == i)
                {
                    Problem(path.Item(i).Property("parent"), "the chain of parents of '" + elements[i]!.Id + "' loops back to it");
                    break;
                }

                if (steps > elements.Count)
                {
                    break; // it leads into a loop of other elements, which are reported themselves
                }

                current = elements[index]?.Parent;
            }
        }
    }

    private CatalogElement? Element(ElementDto e, JsonPath path, Edition edition, string prefix, IReadOnlyDictionary<string, int> ids)
    {
        var kindKnown = WireNames.Kind.TryParse(e.Kind, out var kind);
        if (!kindKnown)
        {
            Problem(path.Property("kind"), e.Kind is null ? "is missing" : "'" + e.Kind + "' is not an " + WireNames.Kind.Label + " (" + WireNames.Kind.Choices + ")");
        }

        var id = Required(e.Id, path, "id");
        if (id.Length > 0 && (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length))
        {
            Problem(path.Property("id"), "'" + id + "' is not an ID of edition " + edition + " (it must begin with '" + prefix + "')");
        }

        if (e.Parent is { } parent && !ids.ContainsKey(parent))
        {
            Problem(path.Property("parent"), "'" + parent + "' is not the ID of an element of edition " + edition + " (references use the canonical ID, e.g. " + prefix + "3.1.1)");
        }

        var info = new ElementInfo(
            id,
            edition,
            Key(e.Key, path, "key"),
            e.Clause,
            OptionalEnum(WireNames.Status, e.ClauseStatus, path, "clauseStatus"),
            e.Parent,
            TitleOf(e.Title, path, "title"),
            PagesOf(e.Pages, path, "pages"),
            Required(e.Summary, path, "summary"),
            Each(e.Aliases, path, "aliases", _aliasOf),
            Each(e.Stages, path, "stages", _stageMappingOf),
            Each(e.Actors, path, "actors", _actorMappingOf),
            ProvenanceOf(e.Provenance, path, "provenance"),
            e.Notes);

        CheckParts(e, path, kind, kindKnown);
        if (!kindKnown)
        {
            return null;
        }

        return kind switch
        {
            ElementKind.Section => new Section(info),
            ElementKind.Principle => new Principle(info),
            ElementKind.Component => new FrameworkComponent(info),
            ElementKind.RiskCategory => new RiskCategory(info),
            ElementKind.RiskSubcategory => new RiskSubcategory(info),
            ElementKind.Risk => RiskOf(info, e.Risk, path.Property("risk")),
            ElementKind.MeasureGroup => new MeasureGroup(info, Addresses(e.MeasureGroup?.Answers, path.Property("measureGroup"), "answers", edition, ids)),
            ElementKind.TechnicalMeasure => MeasureOf(info, MeasureKind.Technical, e.Measure, path.Property("measure"), edition, ids),
            ElementKind.GovernanceMeasure => MeasureOf(info, MeasureKind.Governance, e.Measure, path.Property("measure"), edition, ids),
            ElementKind.GuidelineSet => new GuidelineSet(info),
            ElementKind.GuidelineItem => new GuidelineItem(info),
            ElementKind.Appendix => new Appendix(info),
            ElementKind.RiskGrade => new RiskGrade(info),
            ElementKind.AppendixPart => new AppendixPart(info),
            ElementKind.AppendixPhase => new AppendixPhase(info),
            ElementKind.AppendixMeasureGroup => new AppendixMeasureGroup(info),
            ElementKind.AppendixMeasure => new AppendixMeasure(info),
            _ => new GradingFactor(info),
        };
    }

    private void CheckParts(ElementDto e, JsonPath path, ElementKind kind, bool kindKnown)
    {
        if (!kindKnown)
        {
            return;
        }

        var isRisk = kind == ElementKind.Risk;
        var isMeasure = kind is ElementKind.TechnicalMeasure or ElementKind.GovernanceMeasure;
        var isGroup = kind == ElementKind.MeasureGroup;
        if (isRisk != (e.Risk is not null))
        {
            Problem(path.Property("risk"), isRisk ? "is missing (every risk has one)" : "is present, but a " + WireNames.Kind.Name(kind) + " is not a risk");
        }

        if (isMeasure != (e.Measure is not null))
        {
            Problem(path.Property("measure"), isMeasure ? "is missing (every measure has one)" : "is present, but a " + WireNames.Kind.Name(kind) + " is not a measure");
        }

        if (isGroup != (e.MeasureGroup is not null))
        {
            Problem(path.Property("measureGroup"), isGroup ? "is missing (every measure group has one)" : "is present, but a " + WireNames.Kind.Name(kind) + " is not a measure group");
        }
    }

    private Risk? RiskOf(ElementInfo info, RiskPartDto? r, JsonPath path)
    {
        if (r is null)
        {
            return null;
        }

        var area = Term(_areas, r.Area, path, "area", "risk area");
        var basis = Enum(WireNames.Basis, r.AreaBasis, path, "areaBasis");
        // The legacy field of files written before the crosswalks: what Risk.Mit returns for such a file.
        MitReference? mit = r.Mit is { } m ? new MitReference(Required(m.Id, path.Property("mit"), "id"), m.Domain) : null;
        return area is null ? null : new Risk(info, area, basis, r.AreaNote, mit, r.UnaddressedNote);
    }

    private Measure? MeasureOf(ElementInfo info, MeasureKind kind, MeasurePartDto? m, JsonPath path, Edition edition, IReadOnlyDictionary<string, int> ids)
    {
        if (m is null)
        {
            return null;
        }

        return new Measure(info, kind, Addresses(m.Addresses, path, "addresses", edition, ids));
    }

    private ImmutableArray<RiskAddress> Addresses(List<RiskAddressDto?>? values, JsonPath path, string property, Edition edition, IReadOnlyDictionary<string, int> ids) =>
        Each(values, path, property, (a, p) =>
        {
            var target = Required(a.Target, p, "target");
            if (target.Length > 0 && !ids.ContainsKey(target))
            {
                Problem(p.Property("target"), "'" + target + "' is not the ID of an element of edition " + edition);
            }

            return new RiskAddress(target, Enum(WireNames.Basis, a.Basis, p, "basis"), a.Note);
        });

    private EditionLineage? Lineage(LineageDto l, JsonPath path)
    {
        var from = EditionOf(l.From, path.Property("from"));
        var to = EditionOf(l.To, path.Property("to"));
        var links = Each(l.Links, path, "links", (k, p) => new LineageLink(
            k.From,
            Strings(k.To, p, "to"),
            Enum(WireNames.Relation, k.Relation, p, "relation"),
            EachValue(k.Also, p, "also", (r, q) => (LineageRelation?)Enum(WireNames.Relation, r, q)),
            Enum(WireNames.Confidence, k.Confidence, p, "confidence"),
            Enum(WireNames.Basis, k.Basis, p, "basis"),
            Strings(k.Evidence, p, "evidence"),
            k.Note));
        return from is null || to is null ? null : new EditionLineage(from.Value, to.Value, links);
    }

    private Title TitleOf(TitleDto? t, JsonPath owner, string property)
    {
        if (t is null)
        {
            Problem(owner.Property(property), "is missing");
            var unknown = new TitleText(null, TitleStatus.Unknown, ImmutableArray<string>.Empty, null);
            return new Title(unknown, unknown);
        }

        var path = owner.Property(property);
        return new Title(TextOf(t.Zh, path, "zh", english: false), TextOf(t.En, path, "en", english: true));
    }

    private TitleText TextOf(TitleTextDto? t, JsonPath owner, string property, bool english)
    {
        if (t is null)
        {
            Problem(owner.Property(property), "is missing");
            return new TitleText(null, TitleStatus.Unknown, ImmutableArray<string>.Empty, null);
        }

        var path = owner.Property(property);
        var status = Enum(WireNames.TitleState, t.Status, path, "status");
        if (status == TitleStatus.Unknown && t.Text is not null)
        {
            Problem(path.Property("text"), "must be null when the status is 'unknown'");
        }

        if (status != TitleStatus.Unknown && t.Text is null && t.Status is not null)
        {
            Problem(path.Property("text"), "is null, so the status must be 'unknown', not '" + t.Status + "'");
        }

        if (status == TitleStatus.Translation && !english)
        {
            Problem(path.Property("status"), "'translation' is for English titles only");
        }

        return new TitleText(t.Text, status, Strings(t.Sources, path, "sources"), t.Note);
    }

    private Pages? PagesOf(PagesDto? p, JsonPath owner, string property) =>
        p is null ? null : new Pages(PageOf(p.Zh, owner, property, "zh"), PageOf(p.En, owner, property, "en"), p.Note);

    private PageRange? PageOf(string? text, JsonPath owner, string pages, string language)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return PageRange.Parse(text);
        }
        catch (FormatException)
        {
            Problem(owner.Property(pages).Property(language), "'" + text + "' is not a page or a page range such as \"4-5\"");
            return null;
        }
    }

    private Provenance ProvenanceOf(ProvenanceDto? p, JsonPath owner, string property)
    {
        if (p is null)
        {
            Problem(owner.Property(property), "is missing");
            return new Provenance(ProvenanceStatus.Inferred, ImmutableArray<string>.Empty, null);
        }

        var path = owner.Property(property);
        return new Provenance(Enum(WireNames.Status, p.Status, path, "status"), Strings(p.Sources, path, "sources"), p.Note);
    }

    private Alias? AliasOf(AliasDto a, JsonPath path) =>
        new(Required(a.Text, path, "text"), Strings(a.Sources, path, "sources"), a.Note);

    private StageMapping? StageMappingOf(StageMappingDto s, JsonPath path) =>
        Term(_stages, s.Stage, path, "stage", "lifecycle stage") is { } stage ? new StageMapping(stage, Enum(WireNames.Basis, s.Basis, path, "basis"), s.Note) : null;

    private ActorMapping? ActorMappingOf(ActorMappingDto a, JsonPath path) =>
        Term(_actors, a.Actor, path, "actor", "actor") is { } actor ? new ActorMapping(actor, Enum(WireNames.Basis, a.Basis, path, "basis"), a.Note) : null;

    private T? Term<T>(Dictionary<string, T> terms, string? key, JsonPath owner, string property, string label)
        where T : VocabularyTerm
    {
        if (key is null)
        {
            Problem(owner.Property(property), "is missing");
            return null;
        }

        if (!terms.TryGetValue(key, out var term))
        {
            Problem(owner.Property(property), "'" + key + "' is not a " + label + " of the file's vocabularies");
            return null;
        }

        return term;
    }

    private ImmutableArray<Edition> Editions(List<string?>? values, JsonPath owner, string property) =>
        EachValue(values, owner, property, (v, p) => EditionOf(v, p));

    private Edition? EditionOf(string? text, JsonPath path)
    {
        if (text is null)
        {
            Problem(path, "is missing");
            return null;
        }

        if (!Edition.TryParse(text, out var edition))
        {
            Problem(path, "'" + text + "' is not an edition such as \"1.0\"");
            return null;
        }

        return edition;
    }

    private string Key(string? key, JsonPath owner, string property)
    {
        var value = Required(key, owner, property);
        if (value.Length > 0 && !KeyPattern.IsMatch(value))
        {
            Problem(owner.Property(property), "'" + value + "' is not a kebab-case key");
        }

        return value;
    }

    private string Required(string? value, JsonPath owner, string property)
    {
        if (value is null || value.Trim().Length == 0)
        {
            Problem(owner.Property(property), value is null ? "is missing" : "is empty");
            return string.Empty;
        }

        return value;
    }

    private T Enum<T>(WireEnum<T> table, string? name, JsonPath owner, string property)
        where T : struct, System.Enum =>
        name is not null && table.TryParse(name, out var value) ? value : Enum(table, name, owner.Property(property));

    private T Enum<T>(WireEnum<T> table, string? name, JsonPath path)
        where T : struct, System.Enum
    {
        if (name is null)
        {
            Problem(path, "is missing");
            return default;
        }

        if (!table.TryParse(name, out var value))
        {
            Problem(path, "'" + name + "' is not a " + table.Label + " (" + table.Choices + ")");
        }

        return value;
    }

    private T? OptionalEnum<T>(WireEnum<T> table, string? name, JsonPath owner, string property)
        where T : struct, System.Enum =>
        name is null ? null : Enum(table, name, owner, property);

    private ImmutableArray<string> Strings(List<string?>? values, JsonPath owner, string property) =>
        values is null ? ImmutableArray<string>.Empty : Strings(values, owner.Property(property));

    /// <summary>A list of strings that may be absent (empty) and may contain nulls (each a problem), without the nulls.</summary>
    private ImmutableArray<string> Strings(List<string?>? values, JsonPath path)
    {
        if (values is null)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                builder.Add(value);
            }
            else
            {
                Problem(path.Item(i), "is null");
            }
        }

        return Complete(builder);
    }

    /// <summary>Maps a list that may be absent (empty) and may contain nulls (each a problem) to an array of the results that are not null.</summary>
    private ImmutableArray<TOut> Each<TIn, TOut>(List<TIn?>? values, JsonPath owner, string property, Func<TIn, JsonPath, TOut?> map)
        where TIn : class
        where TOut : class
    {
        if (values is null)
        {
            return ImmutableArray<TOut>.Empty;
        }

        var path = owner.Property(property);
        var builder = ImmutableArray.CreateBuilder<TOut>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var itemPath = path.Item(i);
            if (values[i] is not { } value)
            {
                Problem(itemPath, "is null");
                continue;
            }

            if (map(value, itemPath) is { } result)
            {
                builder.Add(result);
            }
        }

        return Complete(builder);
    }

    /// <summary>Maps a list as <see cref="Each"/> does, to values.</summary>
    private ImmutableArray<TOut> EachValue<TIn, TOut>(List<TIn?>? values, JsonPath owner, string property, Func<TIn, JsonPath, TOut?> map)
        where TIn : class
        where TOut : struct
    {
        if (values is null)
        {
            return ImmutableArray<TOut>.Empty;
        }

        var path = owner.Property(property);
        var builder = ImmutableArray.CreateBuilder<TOut>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var itemPath = path.Item(i);
            if (values[i] is not { } value)
            {
                Problem(itemPath, "is null");
                continue;
            }

            if (map(value, itemPath) is { } result)
            {
                builder.Add(result);
            }
        }

        return Complete(builder);
    }

    /// <summary>The builder's array as it is when every item made it in (the usual case), else a copy of the items.</summary>
    private static ImmutableArray<T> Complete<T>(ImmutableArray<T>.Builder builder) =>
        builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();

    private void Problem(JsonPath path, string what) => _problems.Add(path + ": " + what + (what.EndsWith(".", StringComparison.Ordinal) ? string.Empty : "."));

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
