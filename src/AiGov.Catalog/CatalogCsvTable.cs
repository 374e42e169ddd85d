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
}
