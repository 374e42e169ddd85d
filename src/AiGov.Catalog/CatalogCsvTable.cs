namespace AiGov.Catalog;

/// <summary>The tables that <see cref="GovernanceCatalog.ToCsv(CatalogCsvTable, Edition?)"/> writes.</summary>
public enum CatalogCsvTable
{
    /// <summary>One row per risk: clause, hierarchy, titles with their status, area, stages, actors, MIT's coding (<see cref="Risk.Mit"/>), measures, provenance, summary.</summary>
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

    /// <summary>
    /// One row per crosswalk mapping, in set and row order: set ID, edition, subject, predicate (a SKOS CURIE), whether
    /// it is negated (a considered non-match), the target framework (<c>id@version</c>), the object pinned as
    /// <c>ID@version</c> with its title (empty when the framework gives the term none), justification, author, confidence (empty when the author gave none), rationale
    /// and the source's evidence ID. With an edition, the sets of that edition only.
    /// </summary>
    CrosswalkMappings,
}
