using System.Collections.Generic;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <content>How much of each edition the data knows.</content>
public sealed partial class GovernanceCatalog
{
    /// <summary>
    /// Reports how much of an edition the catalogue knows: elements per kind by provenance status, and every field
    /// still unknown or unconfirmed (titles, clauses, pages), plus the gaps the edition manifest lists.
    /// </summary>
    /// <param name="edition">The edition, e.g. <c>Edition.V2_0</c>.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition; the message lists those it has.</exception>
    public DataCoverage Coverage(EditionNumber edition) => CoverageBuilder.Build(Edition(edition), DataVersion);
}
