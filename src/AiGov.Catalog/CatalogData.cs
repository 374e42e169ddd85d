using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>Everything a catalogue is built from: produced by the generated code or by a loader.</summary>
internal sealed class CatalogData
{
    public CatalogData(
        string dataVersion,
        ImmutableArray<CatalogSource> sources,
        ImmutableArray<LifecycleStage> stages,
        ImmutableArray<Actor> actors,
        ImmutableArray<RiskArea> areas,
        ImmutableArray<EditionCatalog> editions,
        ImmutableArray<EditionLineage> lineages)
    {
        DataVersion = dataVersion;
        Sources = sources;
        Stages = stages;
        Actors = actors;
        Areas = areas;
        Editions = editions;
        Lineages = lineages;
    }

    public string DataVersion { get; }

    public ImmutableArray<CatalogSource> Sources { get; }

    public ImmutableArray<LifecycleStage> Stages { get; }

    public ImmutableArray<Actor> Actors { get; }

    public ImmutableArray<RiskArea> Areas { get; }

    public ImmutableArray<EditionCatalog> Editions { get; }

    public ImmutableArray<EditionLineage> Lineages { get; }

    /// <summary>Gets the registry of related instruments and their links (empty when the data holds none).</summary>
    public InstrumentRegistryData Instruments { get; init; } = InstrumentRegistryData.Empty;

    /// <summary>
    /// Gets the crosswalks of a loaded data file (empty when the file has none), or null for the compiled data, whose
    /// crosswalks are created on first use.
    /// </summary>
    public CrosswalkData? Crosswalks { get; init; }
}
