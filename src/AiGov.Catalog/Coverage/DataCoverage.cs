using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog;

/// <summary>
/// How much of an edition the catalogue knows, from <see cref="GovernanceCatalog.Coverage(Edition)"/>: the elements of
/// each kind by provenance status, and every field still unknown or unconfirmed — the to-do list for whoever obtains
/// the official text. Immutable.
/// </summary>
public sealed class DataCoverage
{
    private readonly Dictionary<ElementKind, CoverageCount> _byKind;

    internal DataCoverage(EditionCatalog edition, string dataVersion, ImmutableArray<CoverageCount> counts, ImmutableArray<DataGap> gaps)
    {
        Catalog = edition;
        DataVersion = dataVersion;
        Counts = counts;
        Gaps = gaps;
        _byKind = counts.ToDictionary(c => c.Kind);
    }

    /// <summary>Gets the edition.</summary>
    public Edition Edition => Catalog.Edition;

    /// <summary>Gets how complete the manifest says the edition's data is.</summary>
    public EditionCompleteness Completeness => Catalog.Info.Completeness;

    /// <summary>Gets the manifest's account of what is known and what is not.</summary>
    public string? CompletenessNote => Catalog.Info.CompletenessNote;

    /// <summary>Gets the version of the catalogue data.</summary>
    public string DataVersion { get; }

    /// <summary>Gets one count per element kind (every kind, zero included), in <see cref="ElementKind"/> order.</summary>
    public ImmutableArray<CoverageCount> Counts { get; }

    /// <summary>Gets every gap: fields of elements in document order (clause, title.zh, title.en, pages.zh, pages.en), then the manifest's known gaps in their order.</summary>
    public ImmutableArray<DataGap> Gaps { get; }

    /// <summary>Gets the number of elements in the edition.</summary>
    public int Total => Counts.Sum(c => c.Total);

    internal EditionCatalog Catalog { get; }

    /// <summary>Counts the elements of one kind.</summary>
    /// <param name="kind">The element kind.</param>
    /// <returns>The number of elements (zero when the edition has none).</returns>
    public int Count(ElementKind kind) => _byKind.TryGetValue(kind, out var count) ? count.Total : 0;

    /// <summary>Counts the elements of one kind with one provenance status.</summary>
    /// <param name="kind">The element kind.</param>
    /// <param name="status">The provenance status.</param>
    /// <returns>The number of elements.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public int Count(ElementKind kind, ProvenanceStatus status) => _byKind.TryGetValue(kind, out var count) ? count.Of(status) : 0;

    /// <summary>
    /// Renders the coverage as Markdown: counts by kind and provenance status, gaps by field and status, and the list
    /// of gaps. Byte-identical on every run, platform and culture, with <c>\n</c> line endings.
    /// </summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => CoverageMarkdownRenderer.Render(this);

    /// <summary>Returns "Coverage of edition N: elements, gaps".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() =>
        "Coverage of edition " + Edition + ": " + Total.ToString(System.Globalization.CultureInfo.InvariantCulture) + " elements, " + Gaps.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " gaps";
}
