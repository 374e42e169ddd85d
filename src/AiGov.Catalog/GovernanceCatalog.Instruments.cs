using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>The registry of related instruments (laws, rules, standards, initiatives) and the links from framework elements to them.</summary>
public sealed partial class GovernanceCatalog
{
    private static readonly ImmutableArray<InstrumentLink> NoLinks = ImmutableArray<InstrumentLink>.Empty;
    private Dictionary<string, Instrument> _instrumentsByKey = new(StringComparer.Ordinal);
    private Dictionary<string, InstrumentLevel> _levelsByKey = new(StringComparer.Ordinal);
    private Dictionary<string, ImmutableArray<InstrumentLink>> _linksByTarget = new(StringComparer.Ordinal);

    /// <summary>Gets the levels of the instrument hierarchy, in rank order (law first; levels outside the hierarchy last).</summary>
    public ImmutableArray<InstrumentLevel> InstrumentLevels { get; private set; } = ImmutableArray<InstrumentLevel>.Empty;

    /// <summary>Gets the related instruments, in registry order.</summary>
    public ImmutableArray<Instrument> Instruments { get; private set; } = ImmutableArray<Instrument>.Empty;

    /// <summary>Gets every link from a framework element (or a whole edition) to an instrument, one per element and instrument, in registry order.</summary>
    public ImmutableArray<InstrumentLink> InstrumentLinks { get; private set; } = ImmutableArray<InstrumentLink>.Empty;

    /// <summary>Finds an instrument by its key (e.g. <c>tc260-003</c>).</summary>
    /// <param name="key">The instrument key.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">No instrument has the key.</exception>
    public Instrument FindInstrument(string key)
    {
        if (_instrumentsByKey.TryGetValue(Guard.NotNull(key), out var found))
        {
            return found;
        }

        Guard.NotNullOrWhiteSpace(key);
        throw new KeyNotFoundException("The instrument registry has no instrument '" + key + "'. Keys look like generative-ai-interim-measures; `aigov instruments` lists them.");
    }

    /// <summary>Tries to find an instrument by its key: false when none has it.</summary>
    /// <param name="key">The instrument key.</param>
    /// <param name="instrument">The instrument, when found.</param>
    /// <returns>Whether an instrument has the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool TryFindInstrument(string key, [NotNullWhen(true)] out Instrument? instrument) => ElementLookup.TryFind(_instrumentsByKey, key, out instrument);

    /// <summary>Tries to find a level of the instrument hierarchy by its key (e.g. <c>departmental-rule</c>).</summary>
    /// <param name="key">The level key.</param>
    /// <param name="level">The level, when found.</param>
    /// <returns>Whether a level has the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool TryFindInstrumentLevel(string key, [NotNullWhen(true)] out InstrumentLevel? level) => ElementLookup.TryFind(_levelsByKey, key, out level);

    /// <summary>Gets the instrument links of an element, in registry order; no allocation.</summary>
    /// <param name="element">An element of this catalogue.</param>
    /// <returns>The links, or an empty array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public ImmutableArray<InstrumentLink> InstrumentLinksFor(CatalogElement element) =>
        _linksByTarget.TryGetValue(Guard.NotNull(element).Id, out var links) ? links : NoLinks;

    /// <summary>Gets the instrument links of an edition as a whole (its preamble or the whole document), in registry order; no allocation.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The links, or an empty array.</returns>
    public ImmutableArray<InstrumentLink> InstrumentLinksFor(Edition edition) =>
        _linksByTarget.TryGetValue(edition.ToString(), out var links) ? links : NoLinks;

    /// <summary>Gets the instruments whose type is a level, in registry order (conflicting types count too).</summary>
    /// <param name="levelKey">The level key (e.g. <c>departmental-rule</c>).</param>
    /// <returns>The instruments whose recorded type, or a conflicting claim, is that level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levelKey"/> is null.</exception>
    public IEnumerable<Instrument> InstrumentsAt(string levelKey)
    {
        Guard.NotNull(levelKey);
        foreach (var instrument in Instruments)
        {
            if (HasLevel(instrument.Level, levelKey))
            {
                yield return instrument;
            }
        }
    }

    /// <summary>Gets the instruments by whether they bind, in registry order.</summary>
    /// <param name="binding">True for binding instruments, false for non-binding ones, null for those whose binding force is unknown.</param>
    /// <returns>The instruments.</returns>
    public IEnumerable<Instrument> InstrumentsByBinding(bool? binding)
    {
        foreach (var instrument in Instruments)
        {
            if (instrument.IsBinding == binding)
            {
                yield return instrument;
            }
        }
    }

    /// <summary>Gets the facts of the instrument registry that remain unknown or in conflict, by instrument in registry order, then by field.</summary>
    /// <returns>The gaps (a new list on each call).</returns>
    public IReadOnlyList<InstrumentFactGap> InstrumentFactGaps()
    {
        var gaps = new List<InstrumentFactGap>();
        foreach (var i in Instruments)
        {
            foreach (var (field, fact) in new[] { ("title.zh", i.TitleZh), ("title.en", i.TitleEn), ("level", i.Level), ("issuers", i.Issuers), ("issued", i.Issued), ("effective", i.Effective), ("status", i.Status), ("url", i.Url), ("binding", i.Binding) })
            {
                if (!fact.IsKnown || fact.IsInConflict)
                {
                    gaps.Add(new InstrumentFactGap(i.Key, field, fact));
                }
            }
        }

        return gaps;
    }

    private EditionDiff WithInstruments(EditionDiff diff)
    {
        diff.InstrumentLinksOf = InstrumentLinksFor;
        var linked = new HashSet<Edition>(InstrumentLinks.Select(l => l.Edition));
        diff.HasInstrumentLinks = linked.Contains;
        return diff;
    }

    private static bool HasLevel(SourcedFact level, string key)
    {
        if (string.Equals(level.Value, key, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var conflict in level.Conflicts)
        {
            if (string.Equals(conflict.Value, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Indexes the registry and resolves its links; called once by the constructor.</summary>
    private void InitInstruments(InstrumentRegistryData data, List<string> problems)
    {
        var levels = new Dictionary<string, InstrumentLevel>(StringComparer.Ordinal);
        foreach (var level in data.Levels)
        {
            if (levels.ContainsKey(level.Key))
            {
                problems.Add("Instrument level " + level.Key + " is defined twice.");
            }
            else
            {
                levels.Add(level.Key, level);
            }
        }

        var instruments = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (var instrument in data.Instruments)
        {
            if (instruments.ContainsKey(instrument.Key))
            {
                problems.Add("Instrument " + instrument.Key + " is defined twice.");
            }
            else
            {
                instruments.Add(instrument.Key, instrument);
            }
        }

        var byTarget = new Dictionary<string, ImmutableArray<InstrumentLink>.Builder>(StringComparer.Ordinal);
        var byInstrument = new Dictionary<string, ImmutableArray<InstrumentLink>.Builder>(StringComparer.Ordinal);
        foreach (var link in data.Links)
        {
            if (!instruments.TryGetValue(link.InstrumentKey, out var instrument))
            {
                problems.Add("Instrument link " + link.Id + " names the instrument " + link.InstrumentKey + ", which the registry does not have.");
                continue;
            }

            link.Instrument = instrument;
            if (link.ElementId is not null)
            {
                if (!_byId.TryGetValue(link.ElementId, out var element))
                {
                    problems.Add("Instrument link " + link.Id + " names the element " + link.ElementId + ", which the catalogue does not have.");
                    continue;
                }

                link.Element = element;
            }

            var target = link.ElementId ?? link.Edition.ToString();
            (byTarget.TryGetValue(target, out var t) ? t : byTarget[target] = ImmutableArray.CreateBuilder<InstrumentLink>()).Add(link);
            (byInstrument.TryGetValue(instrument.Key, out var i) ? i : byInstrument[instrument.Key] = ImmutableArray.CreateBuilder<InstrumentLink>()).Add(link);
        }

        foreach (var instrument in instruments.Values)
        {
            if (byInstrument.TryGetValue(instrument.Key, out var links))
            {
                instrument.Links = links.ToImmutable();
                var elements = ImmutableArray.CreateBuilder<CatalogElement>();
                foreach (var link in instrument.Links)
                {
                    if (link.Element is { } element && !elements.Contains(element))
                    {
                        elements.Add(element);
                    }
                }

                instrument.Elements = elements.ToImmutable();
            }
        }

        var linksByTarget = new Dictionary<string, ImmutableArray<InstrumentLink>>(StringComparer.Ordinal);
        foreach (var pair in byTarget)
        {
            linksByTarget[pair.Key] = pair.Value.ToImmutable();
        }

        InstrumentLevels = data.Levels;
        Instruments = data.Instruments;
        InstrumentLinks = data.Links;
        _levelsByKey = levels;
        _instrumentsByKey = instruments;
        _linksByTarget = linksByTarget;
    }
}
