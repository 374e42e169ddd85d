using System.Linq;
using AiGov.Catalog.Export;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <content>Exports for people and for other tools: CSV tables, a Markdown document per edition, an OSCAL catalog per edition.</content>
public sealed partial class GovernanceCatalog
{
    /// <summary>
    /// Writes one table of the catalogue as CSV (RFC 4180): a header row of snake_case column names, then one row per
    /// risk, measure or mapping, by edition then in document order (crosswalk mappings: in set and row order). Lists inside a field (stages, sources, IDs) are
    /// separated by <c>;</c>; unknown values are empty; statuses and bases are the words of the data
    /// (<c>verified</c>, <c>translation</c>, <c>editorial</c>…).
    /// </summary>
    /// <remarks>
    /// Records end with CRLF, as RFC 4180 specifies; text, Chinese included, is kept as is. Write the string as UTF-8
    /// (with a byte-order mark if a spreadsheet program must detect the encoding). The output is deterministic.
    /// </remarks>
    /// <param name="table">Which table: <see cref="CatalogCsvTable.Risks"/>, <see cref="CatalogCsvTable.Measures"/>, <see cref="CatalogCsvTable.Mappings"/>, <see cref="CatalogCsvTable.Instruments"/> (the registry, whatever the edition), <see cref="CatalogCsvTable.InstrumentLinks"/> or <see cref="CatalogCsvTable.CrosswalkMappings"/>.</param>
    /// <param name="edition">One edition, or null for every edition.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="table"/> is not a defined table.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The catalogue has no such edition.</exception>
    public string ToCsv(CatalogCsvTable table, EditionNumber? edition = null)
    {
        if (table is CatalogCsvTable.CrosswalkMappings)
        {
            return CrosswalkCsvExporter.Write(this, edition);
        }

        if (table is CatalogCsvTable.Instruments or CatalogCsvTable.InstrumentLinks)
        {
            return InstrumentCsvExporter.Write(this, table, edition);
        }

        if (table is not (CatalogCsvTable.Risks or CatalogCsvTable.Measures or CatalogCsvTable.Mappings))
        {
            throw new System.ArgumentOutOfRangeException(nameof(table), table, "Not a CSV table of the catalogue.");
        }

        var editions = edition is { } only ? new[] { Edition(only) } : Editions.ToArray();
        return CsvExporter.Write(table, editions);
    }

    /// <summary>
    /// Writes one edition as a readable Markdown document: the manifest, then every element under a heading nested as in
    /// the framework (sections → categories → sub-categories → risks; measure headings → measures; guideline sets →
    /// items), each with its ID, provenance, pages, summary, mappings with their basis, the measures that address it, its
    /// crosswalk mappings (predicate, pinned term, rationale, author, confidence, set), aliases and notes; then the known gaps and the sources the edition cites.
    /// </summary>
    /// <remarks>Deterministic ("\n" newlines, document order). Titles that are the project's translations are marked.</remarks>
    /// <param name="edition">The edition, e.g. <c>Edition.V1_0</c>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The catalogue has no such edition.</exception>
    public string ToMarkdown(EditionNumber edition) => MarkdownExporter.Write(this, Edition(edition));

    /// <summary>
    /// Writes one edition as an OSCAL 1.1.2 catalog in JSON, for compliance tools that import OSCAL: risk categories and
    /// sub-categories are groups, risks are controls (IDs such as <c>aisgf-1.0-3.1.1.a</c>), each with a
    /// <c>statement</c> part (the summary), a <c>guidance</c> part listing the measures that address it, props for the
    /// clause (<c>label</c>), the ID (<c>alt-identifier</c>), provenance and title statuses, risk area, lifecycle stages and
    /// actors, links to back-matter resources for the sources, and a link per crosswalk mapping to the target term's IRI
    /// (<c>rel</c> the SKOS predicate as a token: <c>broad-match</c>, <c>exact-match</c>, …; a considered non-match
    /// <c>not-broad-match</c>, …).
    /// </summary>
    /// <remarks>
    /// <para>Props and parts that OSCAL does not define are in the namespace
    /// <c>https://github.com/aigov-catalog/AiGov.Catalog/ns/oscal</c>. UUIDs are name-based (version 5) and
    /// <c>last-modified</c> is derived from the data version, so the output is byte-identical for the same catalogue.</para>
    /// </remarks>
    /// <param name="edition">The edition, e.g. <c>Edition.V1_0</c>.</param>
    /// <returns>The OSCAL JSON text (UTF-8 when written; "\n" newlines).</returns>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The catalogue has no such edition.</exception>
    public string ToOscalJson(EditionNumber edition) => OscalExporter.Write(this, Edition(edition));
}
