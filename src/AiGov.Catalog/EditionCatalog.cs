using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AiGov.Catalog.Internal;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <summary>
/// One edition of the framework: its manifest and every element, with O(1) lookups and navigation.
/// </summary>
/// <remarks>Immutable and thread-safe. Obtain it from <see cref="GovernanceCatalog.Edition(EditionNumber)"/>.</remarks>
public sealed partial class EditionCatalog
{
    // The lookups are filled in the constructor and only read afterwards (safe for concurrent readers). They are
    // plain ordinal dictionaries rather than frozen ones: for these keys (IDs sharing the "1.0:" prefix) a frozen
    // dictionary looks up no faster, and costs several times more to build on first use.
    private readonly Dictionary<string, CatalogElement> _byId;
    // The navigation indexes (children, risks under a heading, measures ↔ risks) are built on first navigation, not by
    // the constructor: building the catalogue is on every process's start path, and most processes (a lookup, a search,
    // an export) never navigate. Built once; a race builds the same indexes twice and keeps one.
    private Navigation? _navigation;
    private readonly ConcurrentDictionary<(string, Type), object> _typedChildren = new();
    private readonly Lazy<SearchIndex> _search;

    /// <summary>Gets the catalogue this edition belongs to (set once by it), or null before that.</summary>
    internal GovernanceCatalog? Owner { get; private set; }

    internal void AttachOwner(GovernanceCatalog owner) => Owner = owner;

    internal EditionCatalog(EditionInfo info, ImmutableArray<CatalogElement> elements)
    {
        Info = info;
        Elements = elements;
        var problems = new List<string>();
        var byId = new Dictionary<string, CatalogElement>(StringComparer.Ordinal);
        var edition = info.Edition.ToString();
        foreach (var element in elements)
        {
            if (element.Edition != info.Edition)
            {
                problems.Add(element.Id + ": belongs to edition " + element.Edition + ", not " + edition + ".");
                continue;
            }

            element.Attach(this);
            AddForm(byId, element.Id, element, problems, canonical: true);
            AddForm(byId, edition + ":" + element.Key, element, problems, canonical: false);
            if (element.Clause is not null)
            {
                AddForm(byId, edition + ":" + element.Clause, element, problems, canonical: false);
            }

        }

        if (problems.Count > 0)
        {
            throw new CatalogValidationException(problems.ToImmutableArray());
        }

        _byId = byId;
        Sections = OfType<Section>(elements);
        Principles = OfType<Principle>(elements);
        Components = OfType<FrameworkComponent>(elements);
        Categories = OfType<RiskCategory>(elements);
        Subcategories = OfType<RiskSubcategory>(elements);
        Risks = OfType<Risk>(elements);
        MeasureGroups = OfType<MeasureGroup>(elements);
        Measures = OfType<Measure>(elements);
        TechnicalMeasures = Measures.RemoveAll(m => m.MeasureKind != MeasureKind.Technical);
        GovernanceMeasures = Measures.RemoveAll(m => m.MeasureKind != MeasureKind.Governance);
        GuidelineSets = OfType<GuidelineSet>(elements);
        GuidelineItems = OfType<GuidelineItem>(elements);
        Appendices = OfType<Appendix>(elements);
        GradingFactors = OfType<GradingFactor>(elements);
        RiskGrades = OfType<RiskGrade>(elements);
        AppendixParts = OfType<AppendixPart>(elements);
        AppendixPhases = OfType<AppendixPhase>(elements);
        AppendixMeasureGroups = OfType<AppendixMeasureGroup>(elements);
        AppendixMeasures = OfType<AppendixMeasure>(elements);

        _search = new Lazy<SearchIndex>(() => new SearchIndex(Elements));
    }

    /// <summary>Gets the edition number.</summary>
    public EditionNumber Edition => Info.Edition;

    /// <summary>Gets the edition manifest (titles, issuer, release, completeness, known gaps).</summary>
    public EditionInfo Info { get; }

    /// <summary>Gets every element in document order (sections, principles, …, appendices).</summary>
    public ImmutableArray<CatalogElement> Elements { get; }

    /// <summary>Gets the top-level sections.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>Gets the governance principles.</summary>
    public ImmutableArray<Principle> Principles { get; }

    /// <summary>Gets the framework components.</summary>
    public ImmutableArray<FrameworkComponent> Components { get; }

    /// <summary>Gets the risk categories.</summary>
    public ImmutableArray<RiskCategory> Categories { get; }

    /// <summary>Gets the risk sub-categories.</summary>
    public ImmutableArray<RiskSubcategory> Subcategories { get; }

    /// <summary>Gets the risk items.</summary>
    public ImmutableArray<Risk> Risks { get; }

    /// <summary>Gets the headings of the technical countermeasures.</summary>
    public ImmutableArray<MeasureGroup> MeasureGroups { get; }

    /// <summary>Gets every measure, technical then governance.</summary>
    public ImmutableArray<Measure> Measures { get; }

    /// <summary>Gets the technical countermeasures (section 4).</summary>
    public ImmutableArray<Measure> TechnicalMeasures { get; }

    /// <summary>Gets the comprehensive governance measures (section 5).</summary>
    public ImmutableArray<Measure> GovernanceMeasures { get; }

    /// <summary>Gets the guideline sets.</summary>
    public ImmutableArray<GuidelineSet> GuidelineSets { get; }

    /// <summary>Gets the guideline items.</summary>
    public ImmutableArray<GuidelineItem> GuidelineItems { get; }

    /// <summary>Gets the appendices.</summary>
    public ImmutableArray<Appendix> Appendices { get; }

    /// <summary>Gets the risk-grading factors.</summary>
    public ImmutableArray<GradingFactor> GradingFactors { get; }

    /// <summary>Gets the risk grades.</summary>
    public ImmutableArray<RiskGrade> RiskGrades { get; }

    /// <summary>Gets the appendix parts.</summary>
    public ImmutableArray<AppendixPart> AppendixParts { get; }

    /// <summary>Gets the appendix phases.</summary>
    public ImmutableArray<AppendixPhase> AppendixPhases { get; }

    /// <summary>Gets the appendix measure groups.</summary>
    public ImmutableArray<AppendixMeasureGroup> AppendixMeasureGroups { get; }

    /// <summary>Gets the appendix measures.</summary>
    public ImmutableArray<AppendixMeasure> AppendixMeasures { get; }

    /// <summary>Finds an element of this edition by ID (<c>1.0:3.1.1.a</c>), printed clause (<c>1.0:3.1.1(a)</c>) or key (<c>1.0:explainability</c>). O(1), no allocation.</summary>
    /// <remarks>The rule of <see cref="GovernanceCatalog.Find(string)"/>: <c>Find</c> throws when nothing has the ID,
    /// <see cref="TryFind(string, out CatalogElement?)"/> returns false.</remarks>
    /// <param name="id">The ID in any of the three forms (ordinal, case-sensitive).</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">No element of this edition has this ID.</exception>
    public CatalogElement Find(string id) => ElementLookup.Find(_byId, id, Edition);

    /// <summary>Finds an element of this edition of a given type by ID (see <see cref="Find(string)"/>).</summary>
    /// <typeparam name="T">The element type, e.g. <see cref="Risk"/>.</typeparam>
    /// <param name="id">The ID.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">No element of this edition has this ID.</exception>
    /// <exception cref="InvalidCastException">The element is not a <typeparamref name="T"/>.</exception>
    public T Find<T>(string id)
        where T : CatalogElement => ElementLookup.Find<T>(_byId, id, Edition);

    /// <summary>Tries to find an element of this edition by ID, printed clause or key. O(1), no allocation.</summary>
    /// <param name="id">The ID in any of the three forms.</param>
    /// <param name="element">The element, when found.</param>
    /// <returns>Whether an element was found; false for an empty or whitespace ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFind(string id, [NotNullWhen(true)] out CatalogElement? element) => ElementLookup.TryFind(_byId, id, out element);

    /// <summary>
    /// Searches this edition's titles (zh and en), summaries, aliases, IDs and clauses, folded with
    /// <see cref="CatalogTextFolding"/>; a query that begins with a Latin letter or digit matches at word starts only,
    /// any other anywhere. See <see cref="GovernanceCatalog.Search(string, EditionNumber?)"/> for the rule.
    /// </summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>Matching elements: title hits first, then the others, each in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or whitespace.</exception>
    public ImmutableArray<CatalogElement> Search(string text) => _search.Value.Search(CatalogTextFolding.Fold(Guard.NotNullOrWhiteSpace(text)));

    internal ImmutableArray<CatalogElement> SearchFolded(string folded) => _search.Value.Search(folded);

    internal SearchIndex SearchIndex => _search.Value;

    internal IEnumerable<string> IdForms => _byId.Keys;

    private Navigation Nav => _navigation ?? System.Threading.Interlocked.CompareExchange(ref _navigation, new Navigation(this), null) ?? _navigation!;

    internal ImmutableArray<CatalogElement> ChildrenOf(string id) =>
        Nav.Children.TryGetValue(id, out var list) ? list : ImmutableArray<CatalogElement>.Empty;

    internal ImmutableArray<T> ChildrenOf<T>(string id)
        where T : CatalogElement =>
        (ImmutableArray<T>)_typedChildren.GetOrAdd((id, typeof(T)), key => OfType<T>(ChildrenOf(key.Item1)));

    internal ImmutableArray<Risk> RisksUnder(string id) =>
        Nav.RisksUnder.TryGetValue(id, out var list) ? list : ImmutableArray<Risk>.Empty;

    internal ImmutableArray<Measure> MeasuresFor(string riskId) =>
        Nav.MeasuresByRisk.TryGetValue(riskId, out var list) ? list : ImmutableArray<Measure>.Empty;

    internal ImmutableArray<Risk> RisksAddressedBy(string measureId) =>
        Nav.RisksByMeasure.TryGetValue(measureId, out var list) ? list : ImmutableArray<Risk>.Empty;

    internal bool ContainsCanonical(string id) => _byId.TryGetValue(id, out var element) && element.Id == id;

    private static bool IsUnder(CatalogElement element, string ancestorId, Dictionary<string, CatalogElement> byId)
    {
        var current = element.ParentId;
        for (var depth = 0; current is not null && depth < 16; depth++)
        {
            if (current == ancestorId)
            {
                return true;
            }

            current = byId.TryGetValue(current, out var parent) ? parent.ParentId : null;
        }

        return false;
    }

    private static void AddForm(Dictionary<string, CatalogElement> byId, string form, CatalogElement element, List<string> problems, bool canonical)
    {
        if (byId.TryGetValue(form, out var existing))
        {
            if (!ReferenceEquals(existing, element) && (canonical || existing.Id == form))
            {
                problems.Add(element.Id + ": duplicate ID '" + form + "' (also used by " + existing.Id + ").");
            }

            return;
        }

        byId[form] = element;
    }

    private static ImmutableArray<T> OfType<T>(ImmutableArray<CatalogElement> elements)
        where T : CatalogElement
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var element in elements)
        {
            if (element is T typed)
            {
                builder.Add(typed);
            }
        }

        return builder.ToImmutable();
    }

    private static Dictionary<string, ImmutableArray<T>> ToImmutable<T>(Dictionary<string, ImmutableArray<T>.Builder> source)
    {
        var result = new Dictionary<string, ImmutableArray<T>>(source.Count, StringComparer.Ordinal);
        foreach (var pair in source)
        {
            result[pair.Key] = pair.Value.ToImmutable();
        }

        return result;
    }

    /// <summary>The navigation indexes of one edition, built on first navigation.</summary>
    private sealed class Navigation
    {
        public Navigation(EditionCatalog edition)
        {
            var children = new Dictionary<string, ImmutableArray<CatalogElement>.Builder>(StringComparer.Ordinal);
            foreach (var element in edition.Elements)
            {
                if (element.ParentId is not null)
                {
                    if (!children.TryGetValue(element.ParentId, out var list))
                    {
                        children[element.ParentId] = list = ImmutableArray.CreateBuilder<CatalogElement>();
                    }

                    list.Add(element);
                }
            }

            Children = ToImmutable(children);
            var risksUnder = new Dictionary<string, ImmutableArray<Risk>>(StringComparer.Ordinal);
            foreach (var category in edition.Categories)
            {
                risksUnder[category.Id] = edition.Risks.RemoveAll(r => !IsUnder(r, category.Id, edition._byId));
            }

            foreach (var subcategory in edition.Subcategories)
            {
                risksUnder[subcategory.Id] = edition.Risks.RemoveAll(r => r.ParentId != subcategory.Id);
            }

            foreach (var risk in edition.Risks)
            {
                risksUnder[risk.Id] = ImmutableArray.Create(risk);
            }

            RisksUnder = risksUnder;

            var measuresByRisk = new Dictionary<string, ImmutableArray<Measure>.Builder>(StringComparer.Ordinal);
            var risksByMeasure = new Dictionary<string, ImmutableArray<Risk>>(StringComparer.Ordinal);
            foreach (var measure in edition.Measures)
            {
                var addressed = new List<Risk>();
                foreach (var address in measure.Addresses)
                {
                    if (risksUnder.TryGetValue(address.TargetId, out var risks))
                    {
                        addressed.AddRange(risks);
                    }
                }

                var distinct = new HashSet<string>(StringComparer.Ordinal);
                var ordered = ImmutableArray.CreateBuilder<Risk>();
                foreach (var risk in edition.Risks)
                {
                    if (addressed.Exists(r => ReferenceEquals(r, risk)) && distinct.Add(risk.Id))
                    {
                        ordered.Add(risk);
                        if (!measuresByRisk.TryGetValue(risk.Id, out var list))
                        {
                            measuresByRisk[risk.Id] = list = ImmutableArray.CreateBuilder<Measure>();
                        }

                        list.Add(measure);
                    }
                }

                risksByMeasure[measure.Id] = ordered.ToImmutable();
            }

            MeasuresByRisk = ToImmutable(measuresByRisk);
            RisksByMeasure = risksByMeasure;
        }

        public Dictionary<string, ImmutableArray<CatalogElement>> Children { get; }

        public Dictionary<string, ImmutableArray<Risk>> RisksUnder { get; }

        public Dictionary<string, ImmutableArray<Measure>> MeasuresByRisk { get; }

        public Dictionary<string, ImmutableArray<Risk>> RisksByMeasure { get; }
    }
}
