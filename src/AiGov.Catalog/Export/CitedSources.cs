using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog.Export;

/// <summary>The sources of the registry that one edition cites anywhere, in registry order.</summary>
internal static class CitedSources
{
    public static ImmutableArray<CatalogSource> Of(GovernanceCatalog catalog, EditionCatalog edition)
    {
        var cited = new HashSet<string>(System.StringComparer.Ordinal);
        var info = edition.Info;
        cited.UnionWith(info.OfficialSources);
        cited.UnionWith(info.Provenance.Sources);
        AddTitle(cited, info.Title);
        AddTitle(cited, info.Issuer);
        cited.UnionWith(info.ReleaseVenue.Sources);
        foreach (var gap in info.KnownGaps)
        {
            cited.UnionWith(gap.Sources);
        }

        foreach (var element in edition.Elements)
        {
            cited.UnionWith(element.Provenance.Sources);
            AddTitle(cited, element.Title);
            foreach (var alias in element.Aliases)
            {
                cited.UnionWith(alias.Sources);
            }
        }

        var result = ImmutableArray.CreateBuilder<CatalogSource>();
        foreach (var source in catalog.Sources)
        {
            if (cited.Contains(source.Id))
            {
                result.Add(source);
            }
        }

        return result.ToImmutable();
    }

    private static void AddTitle(HashSet<string> cited, Title title)
    {
        cited.UnionWith(title.Zh.Sources);
        cited.UnionWith(title.En.Sources);
    }
}
