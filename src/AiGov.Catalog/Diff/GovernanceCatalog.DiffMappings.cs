using System.Collections.Generic;

namespace AiGov.Catalog;

/// <content>The crosswalk rows a diff compares.</content>
public sealed partial class GovernanceCatalog
{
    /// <summary>
    /// Gives a diff the lookups its <see cref="DiffEntry.Mappings"/> need: the rows by subject (a stored array per
    /// element, no scan) and, worked out once per diff, which edition has a set for which framework version.
    /// </summary>
    private EditionDiff WithMappings(EditionDiff diff)
    {
        var index = CrosswalkIndex;
        diff.MappingsOf = element => index.OfSubject(element.Id);
        var sets = new HashSet<(Edition, TargetFramework)>();
        foreach (var set in index.Sets)
        {
            sets.Add((set.Edition, set.Framework));
        }

        diff.HasMappingSet = (edition, framework) => sets.Contains((edition, framework));
        return diff;
    }
}
