using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>The instrument registry as loaded, before the catalogue resolves its links to elements.</summary>
internal sealed class InstrumentRegistryData
{
    public InstrumentRegistryData(ImmutableArray<InstrumentLevel> levels, ImmutableArray<Instrument> instruments, ImmutableArray<InstrumentLink> links)
    {
        Levels = levels.IsDefault ? ImmutableArray<InstrumentLevel>.Empty : levels;
        Instruments = instruments.IsDefault ? ImmutableArray<Instrument>.Empty : instruments;
        Links = links.IsDefault ? ImmutableArray<InstrumentLink>.Empty : links;
    }

    /// <summary>Gets a registry with nothing in it.</summary>
    public static InstrumentRegistryData Empty { get; } = new(ImmutableArray<InstrumentLevel>.Empty, ImmutableArray<Instrument>.Empty, ImmutableArray<InstrumentLink>.Empty);

    /// <summary>Gets the hierarchy levels, in rank order.</summary>
    public ImmutableArray<InstrumentLevel> Levels { get; }

    /// <summary>Gets the instruments, in registry order.</summary>
    public ImmutableArray<Instrument> Instruments { get; }

    /// <summary>Gets the links, one per element and instrument, in registry order.</summary>
    public ImmutableArray<InstrumentLink> Links { get; }
}
