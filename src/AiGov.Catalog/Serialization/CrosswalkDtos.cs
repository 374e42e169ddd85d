using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// The crosswalks of a data file: the target frameworks with their terms, and the mapping sets. Absent from files
/// written before data 2026.12 (such a file loads with no frameworks and no mapping sets); a reader that does not
/// know it ignores it.
/// </summary>
internal sealed class CrosswalksDto
{
    public List<TargetFrameworkDto?>? Frameworks { get; set; }

    public List<MappingSetDto?>? MappingSets { get; set; }
}

/// <summary>A target framework in one version, with every term.</summary>
internal sealed class TargetFrameworkDto
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Licence { get; set; }

    public string? Citation { get; set; }

    public string? Url { get; set; }

    public string? Prefix { get; set; }

    public string? BaseIri { get; set; }

    public string? IdPattern { get; set; }

    public List<FrameworkTermDto?>? Terms { get; set; }
}

/// <summary>A term of a target framework.</summary>
internal sealed class FrameworkTermDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Parent { get; set; }

    public string? Title { get; set; }

    public string? Statement { get; set; }
}

/// <summary>A mapping set: its metadata and rows. The framework is named by ID and version.</summary>
internal sealed class MappingSetDto
{
    public string? Id { get; set; }

    public string? Edition { get; set; }

    public string? Framework { get; set; }

    public string? FrameworkVersion { get; set; }

    public string? Title { get; set; }

    public string? Version { get; set; }

    public string? Date { get; set; }

    public string? Licence { get; set; }

    public List<string?>? Authors { get; set; }

    public string? Citation { get; set; }

    public List<CrosswalkMappingDto?>? Mappings { get; set; }
}

/// <summary>One row of a mapping set.</summary>
internal sealed class CrosswalkMappingDto
{
    public string? Subject { get; set; }

    public string? Predicate { get; set; }

    public bool? Negated { get; set; }

    public string? Object { get; set; }

    public string? Justification { get; set; }

    public string? Author { get; set; }

    public double? Confidence { get; set; }

    public string? Rationale { get; set; }

    public string? Evidence { get; set; }
}
