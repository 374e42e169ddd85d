using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.InteropServices;
using AiGov.Catalog.Internal;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <summary>
/// The catalogue of the AI Safety Governance Framework: every edition, the source registry, the vocabularies and the
/// lineage between editions.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the catalogue compiled into the library at build time from the YAML under
/// <c>catalog/</c>: it is created on first use, once, without parsing anything.</para>
/// <para>Instances are immutable and thread-safe: every member may be called from any thread.</para>
/// </remarks>
public sealed partial class GovernanceCatalog
{
    private readonly Dictionary<string, CatalogElement> _byId; // filled here, then only read (see EditionCatalog)
    // Plain dictionaries, filled here and then only read: frozen ones look these few keys up no faster, and building
    // them (and JIT-compiling FrozenDictionary for the struct key) cost a cold start ~10 ms.
    private readonly Dictionary<EditionNumber, EditionCatalog> _editions;
    private readonly Dictionary<string, CatalogSource> _sources;
    private SearchIndex[]? _searchIndexes;

    internal GovernanceCatalog(CatalogData data)
    {
        DataVersion = data.DataVersion;
        Sources = data.Sources;
        Stages = data.Stages;
        Actors = data.Actors;
        Areas = data.Areas;
        Editions = data.Editions.Sort((a, b) => a.Edition.CompareTo(b.Edition));
        Lineages = data.Lineages;
        _crosswalks = data.Crosswalks;

        var problems = new List<string>();
        var editions = new Dictionary<EditionNumber, EditionCatalog>();
        var byId = new Dictionary<string, CatalogElement>(StringComparer.Ordinal);
        foreach (var edition in Editions)
        {
            if (editions.ContainsKey(edition.Edition))
            {
                problems.Add("Edition " + edition.Edition + " is defined twice.");
                continue;
            }

            editions[edition.Edition] = edition;
            edition.AttachOwner(this);
            foreach (var form in edition.IdForms)
            {
                byId[form] = edition.Find(form)!;
            }
        }

        var sources = new Dictionary<string, CatalogSource>(StringComparer.Ordinal);
        foreach (var source in Sources)
        {
            if (sources.ContainsKey(source.Id))
            {
                problems.Add("Source " + source.Id + " is defined twice.");
            }

            sources[source.Id] = source;
        }

        _editions = editions;
        _byId = byId;
        _sources = sources;
        InitInstruments(data.Instruments, problems);
        if (problems.Count > 0)
        {
            throw new CatalogValidationException(problems.ToImmutableArray());
        }
    }

    /// <summary>Gets the catalogue compiled into the library (lazy, created once, thread-safe).</summary>
    public static GovernanceCatalog Default => DefaultHolder.Instance;

    /// <summary>
    /// Gets the version of the data, such as <c>2026.11.0</c>, separate from the package version: a data-only change
    /// ships as a patch release. For display and diagnostics; do not parse it.
    /// </summary>
    public string DataVersion { get; }

    /// <summary>Gets the editions, oldest first.</summary>
    public ImmutableArray<EditionCatalog> Editions { get; }

    /// <summary>Gets the source registry: every document the data relies on, with its trust level.</summary>
    public ImmutableArray<CatalogSource> Sources { get; }

    /// <summary>Gets the lifecycle stages, in lifecycle order.</summary>
    public ImmutableArray<LifecycleStage> Stages { get; }

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>Gets the four cross-edition risk areas.</summary>
    public ImmutableArray<RiskArea> Areas { get; }

    /// <summary>Gets the lineage between consecutive editions.</summary>
    public ImmutableArray<EditionLineage> Lineages { get; }

    /// <summary>Gets one edition.</summary>
    /// <param name="edition">The edition, e.g. <c>Edition.V1_0</c>.</param>
    /// <returns>The edition's catalogue.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition; the message lists those it has.</exception>
    public EditionCatalog Edition(EditionNumber edition) =>
        _editions.TryGetValue(edition, out var catalog)
            ? catalog
            : throw new KeyNotFoundException("The catalogue has no edition " + edition + "; it has " + string.Join(", ", Editions.Select(e => e.Edition.ToString())) + ".");

    /// <summary>Tries to get one edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="catalog">The edition's catalogue, when present.</param>
    /// <returns>Whether the catalogue has the edition.</returns>
    public bool TryGetEdition(EditionNumber edition, [NotNullWhen(true)] out EditionCatalog? catalog) => _editions.TryGetValue(edition, out catalog);

    /// <summary>
    /// Finds an element by its edition-qualified ID in any of three forms: <c>1.0:3.1.1.a</c>, the printed clause
    /// <c>1.0:3.1.1(a)</c>, or the key <c>1.0:explainability</c>. O(1), no allocation.
    /// </summary>
    /// <remarks>
    /// The rule of every lookup of the catalogue, here and in <see cref="EditionCatalog"/>: <c>Find</c> throws when
    /// nothing has the ID, <see cref="TryFind(string, out CatalogElement?)"/> returns false; an empty or whitespace ID
    /// names nothing (<see cref="ArgumentException"/> from <c>Find</c>, false from <c>TryFind</c>); a null ID is an
    /// <see cref="ArgumentNullException"/> from both.
    /// </remarks>
    /// <param name="id">The ID (ordinal, case-sensitive).</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">No element has this ID.</exception>
    public CatalogElement Find(string id) => ElementLookup.Find(_byId, id, null);

    /// <summary>Finds an element of a given type by ID (see <see cref="Find(string)"/>).</summary>
    /// <typeparam name="T">The element type, e.g. <see cref="Risk"/>.</typeparam>
    /// <param name="id">The ID.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">No element has this ID.</exception>
    /// <exception cref="InvalidCastException">The element is not a <typeparamref name="T"/>.</exception>
    public T Find<T>(string id)
        where T : CatalogElement => ElementLookup.Find<T>(_byId, id, null);

    /// <summary>Tries to find an element by ID (see <see cref="Find(string)"/>). O(1), no allocation.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="element">The element, when found.</param>
    /// <returns>Whether an element was found; false for an empty or whitespace ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFind(string id, [NotNullWhen(true)] out CatalogElement? element) => ElementLookup.TryFind(_byId, id, out element);

    /// <summary>Finds a source of the registry by ID (<c>SRC-04</c>), by the rule of <see cref="Find(string)"/>.</summary>
    /// <param name="id">The source ID.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">The registry has no source with this ID.</exception>
    public CatalogSource FindSource(string id) => ElementLookup.FindSource(_sources, id);

    /// <summary>Tries to find a source of the registry by ID (see <see cref="FindSource(string)"/>).</summary>
    /// <param name="id">The source ID.</param>
    /// <param name="source">The source, when found.</param>
    /// <returns>Whether the registry has the source; false for an empty or whitespace ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFindSource(string id, [NotNullWhen(true)] out CatalogSource? source) => ElementLookup.TryFind(_sources, id, out source);

    /// <summary>
    /// Searches titles (Chinese and English), summaries, aliases, IDs and clauses. Both sides are folded with
    /// <see cref="CatalogTextFolding"/> (full-width forms, Kangxi radicals from PDF text, case, CJK quotation marks), the
    /// same way whatever the globalization mode. A query that begins with a Latin letter or digit matches at the start of
    /// a word only (<c>ai</c> finds "AI" and "AI-generated", not "training"; a prefix matches, so <c>cocoon</c> finds
    /// "cocoons"); any other query, Chinese in particular, matches anywhere in the text.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The query is one phrase, not a list of words: <c>information cocoon</c> matches that text, spaces included. Word
    /// characters are ASCII letters and digits, Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) and combining diacritical
    /// marks; anything else (spaces, hyphens, slashes, Chinese characters) separates words, except an apostrophe between
    /// letters (<c>t</c> does not start a word in "don't").
    /// </para>
    /// <para>
    /// Ranking: the elements matched in a title come first, then those matched only in their ID, clause, summary or
    /// aliases; within each group, by edition, then in document order.
    /// </para>
    /// </remarks>
    /// <param name="text">The text to look for, e.g. <c>信息茧房</c> or <c>information cocoon</c>.</param>
    /// <param name="edition">The edition to search, or null for all editions.</param>
    /// <returns>The matching elements: title hits first, then the others, each by edition then in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    public ImmutableArray<CatalogElement> Search(string text, EditionNumber? edition = null)
    {
        var folded = CatalogTextFolding.Fold(Guard.NotNullOrWhiteSpace(text));
        if (edition is { } only)
        {
            return Edition(only).SearchFolded(folded);
        }

        // Gather the hit positions of every edition first (each edition in its own slice of one stack buffer, its title
        // hits first), then allocate the result once, at its exact length: a search allocates its result and nothing
        // else. The result is every edition's title hits, then every edition's other hits.
        var indexes = _searchIndexes ??= Editions.Select(e => e.SearchIndex).ToArray();
        var size = 0;
        foreach (var index in indexes)
        {
            size += index.Count;
        }

        // Beyond the stack limits (a catalogue of many editions: the growth benchmark's), the buffers are rented, so that a
        // search still allocates its result only, whatever the catalogue's size.
        var rented = size <= SearchIndex.StackLimit ? null : ArrayPool<int>.Shared.Rent(size);
        var rentedCounts = indexes.Length <= 8 ? null : ArrayPool<int>.Shared.Rent(2 * indexes.Length);
        try
        {
            return SearchEditions(folded, indexes, rented is null ? stackalloc int[size] : rented.AsSpan(0, size), rentedCounts is null ? stackalloc int[2 * indexes.Length] : rentedCounts.AsSpan(0, 2 * indexes.Length));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }

            if (rentedCounts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedCounts);
            }
        }
    }

    private static ImmutableArray<CatalogElement> SearchEditions(string folded, SearchIndex[] indexes, Span<int> hits, Span<int> allCounts)
    {
        var counts = allCounts.Slice(0, indexes.Length);
        var titleCounts = allCounts.Slice(indexes.Length);
        var total = 0;
        for (int i = 0, offset = 0; i < indexes.Length; offset += indexes[i].Count, i++)
        {
            counts[i] = indexes[i].Collect(folded, hits.Slice(offset, indexes[i].Count), out titleCounts[i]);
            total += counts[i];
        }

        if (total == 0)
        {
            return ImmutableArray<CatalogElement>.Empty;
        }

        var result = new CatalogElement[total];
        var written = 0;
        for (int i = 0, offset = 0; i < indexes.Length; offset += indexes[i].Count, i++)
        {
            indexes[i].CopyHits(hits.Slice(offset, titleCounts[i]), result.AsSpan(written));
            written += titleCounts[i];
        }

        for (int i = 0, offset = 0; i < indexes.Length; offset += indexes[i].Count, i++)
        {
            indexes[i].CopyHits(hits.Slice(offset + titleCounts[i], counts[i] - titleCounts[i]), result.AsSpan(written));
            written += counts[i] - titleCounts[i];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// Checks the whole catalogue for consistency: every parent, measure address, stage, actor, source and lineage
    /// reference resolves, and parents are of the right kind.
    /// </summary>
    /// <exception cref="CatalogValidationException">Something is inconsistent; the exception lists every bad record.</exception>
    public void Validate()
    {
        var problems = CatalogValidator.Check(this);
        if (problems.Length > 0)
        {
            throw new CatalogValidationException(problems);
        }
    }

    private static class DefaultHolder
    {
        internal static readonly GovernanceCatalog Instance = new(GeneratedCatalogData.Create());
    }
}
