using System;
using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>The crosswalk mappings of a diff: per entry, which rows are shared, new and dropped (see <see cref="DiffEntry.Mappings"/>).</summary>
public sealed partial class EditionDiff
{
    /// <summary>Gets the lookup of an element's crosswalk rows (set by the catalogue that builds the diff; none otherwise).</summary>
    internal Func<CatalogElement, ImmutableArray<CrosswalkMapping>> MappingsOf { get; set; } = _ => ImmutableArray<CrosswalkMapping>.Empty;

    /// <summary>
    /// Gets whether the catalogue has a mapping set from an edition to a framework version. Rows the other edition has
    /// no set for are "not encoded yet" there; rows whose counterpart is merely not looked at are "not yet mapped".
    /// </summary>
    internal Func<Edition, TargetFramework, bool> HasMappingSet { get; set; } = (_, _) => false;
}
