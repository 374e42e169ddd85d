using System;
using System.Collections.Generic;
using System.Linq;

namespace AiGov.Catalog.Cli;

/// <summary>Turns command-line words into catalogue values, with a clear message (exit code 2) when a word names nothing.</summary>
internal static class Resolve
{
    public static string EditionList(GovernanceCatalog catalog) => string.Join(", ", catalog.Editions.Select(e => e.Edition.ToString()));

    public static EditionCatalog Edition(GovernanceCatalog catalog, string text)
    {
        if (!AiGov.Catalog.Edition.TryParse(text.Trim(), out var edition))
        {
            throw new CliUsageException("'" + text + "' is not an edition; editions are written like 1.0 (the catalogue has " + EditionList(catalog) + ").");
        }

        return catalog.TryGetEdition(edition, out var found)
            ? found
            : throw new CliUsageException("unknown edition " + edition + ": the catalogue has " + EditionList(catalog) + ".");
    }

    /// <summary>The editions an <c>--edition</c> option selects: the one named, or every edition.</summary>
    public static IReadOnlyList<EditionCatalog> Editions(GovernanceCatalog catalog, string? text) =>
        text is null ? catalog.Editions : new[] { Edition(catalog, text) };

    public static LifecycleStage Stage(GovernanceCatalog catalog, string text) =>
        catalog.Stages.FirstOrDefault(s => string.Equals(s.Key, text.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new CliUsageException("unknown stage '" + text + "': the stages are " + string.Join(", ", catalog.Stages.Select(s => s.Key)) + ".");

    public static Actor Actor(GovernanceCatalog catalog, string text) =>
        catalog.Actors.FirstOrDefault(a => string.Equals(a.Key, text.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new CliUsageException("unknown actor '" + text + "': the actors are " + string.Join(", ", catalog.Actors.Select(a => a.Key)) + ".");

    public static ProvenanceStatus Status(string text) => text.Trim().ToLowerInvariant() switch
    {
        "verified" => ProvenanceStatus.Verified,
        "partial" => ProvenanceStatus.Partial,
        "inferred" => ProvenanceStatus.Inferred,
        _ => throw new CliUsageException("unknown status '" + text + "': the statuses are verified, partial and inferred."),
    };

    /// <summary>
    /// Finds an element by ID in any of the catalogue's forms. An ID without the edition (<c>3.1.1.a</c>) is looked up in
    /// every edition: one match is taken, several are listed.
    /// </summary>
    public static CatalogElement Element(GovernanceCatalog catalog, string text)
    {
        var id = text.Trim();
        if (id.Length == 0)
        {
            throw new CliUsageException("an empty ID: IDs look like 1.0:3.1.1.a, 1.0:3.1.1(a) or 1.0:explainability.");
        }

        if (catalog.TryFind(id, out var element))
        {
            return element;
        }

        if (!id.Contains(':', StringComparison.Ordinal))
        {
            var matches = catalog.Editions.Select(e => e.TryFind(e.Edition + ":" + id, out var found) ? found : null).OfType<CatalogElement>().ToList();
            if (matches.Count == 1)
            {
                return matches[0];
            }

            if (matches.Count > 1)
            {
                throw new CliUsageException("'" + id + "' is in several editions; name one: " + string.Join(" or ", matches.Select(m => m.Id)) + ".");
            }
        }
        else
        {
            var prefix = id.Substring(0, id.IndexOf(':', StringComparison.Ordinal));
            if (AiGov.Catalog.Edition.TryParse(prefix, out var edition) && !catalog.TryGetEdition(edition, out _))
            {
                throw new CliUsageException("unknown edition " + edition + " in '" + id + "': the catalogue has " + EditionList(catalog) + ".");
            }
        }

        throw new CliUsageException("no element has the ID '" + id + "'. IDs look like 1.0:3.1.1.a, 1.0:3.1.1(a) or 1.0:explainability; `aigov search <text>` finds them by title.");
    }

    /// <summary>A risk category or sub-category of an edition, by ID, clause or key, with or without the edition.</summary>
    public static CatalogElement? Category(EditionCatalog edition, string text)
    {
        var id = text.Trim();
        if (id.Contains(':', StringComparison.Ordinal))
        {
            if (!id.StartsWith(edition.Edition + ":", StringComparison.Ordinal))
            {
                return null;
            }
        }
        else
        {
            id = edition.Edition + ":" + id;
        }

        return edition.TryFind(id, out var found) && found.Kind is ElementKind.RiskCategory or ElementKind.RiskSubcategory ? found : null;
    }
}
