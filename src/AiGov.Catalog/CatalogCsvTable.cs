namespace AiGov.Catalog;

/// <summary>The tables that <see cref="GovernanceCatalog.ToCsv(CatalogCsvTable, Edition?)"/> writes.</summary>
public enum CatalogCsvTable
{
    /// <summary>One row per risk: clause, hierarchy, titles with their status, area, stages, actors, MIT crosswalk, measures, provenance, summary.</summary>
    Risks,

    /// <summary>One row per technical or governance measure: clause, kind, titles, what it addresses, the risks it reaches, provenance, summary.</summary>
    Measures,

    /// <summary>
    /// One row per mapping, with its basis (normative or editorial) and note: each measure → risk link (resolved to the
    /// risk, with the risk, sub-category or category the measure names as <c>via</c>), each risk → risk area, and each
    /// element → lifecycle stage and → actor.
    /// </summary>
    Mappings,

    /// <summary>
    /// One row per related instrument of the registry: key, titles, type (level) with its conflicting claims, issuers,
    /// issue and effective dates, status, URL and binding force, each with its status and sources. Not per edition.
    /// </summary>
    Instruments,

    /// <summary>One row per link from a framework element (or a whole edition) to an instrument: row ID, element, instrument, relation, direction, basis, sources and rationale.</summary>
    InstrumentLinks,
}
