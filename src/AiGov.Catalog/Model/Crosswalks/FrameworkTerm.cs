using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A term of a target framework version (a NIST subcategory, an ISO/IEC 42001 control, an AI Act article, an MIT
/// sub-domain), with its ID exactly as the framework writes it. Immutable.
/// </summary>
public sealed class FrameworkTerm
{
    private TargetFramework? _framework;

    internal FrameworkTerm(string id, string kind, string? parentId, string? title, string? statement)
    {
        Id = id;
        Kind = kind;
        ParentId = parentId;
        Title = title;
        Statement = statement;
    }

    /// <summary>Gets the framework version the term belongs to.</summary>
    public TargetFramework Framework => _framework!;

    /// <summary>Gets the ID as the framework writes it, e.g. <c>MAP 5.1</c>, <c>A.6.2.4</c>, <c>Art. 50</c>, <c>7.4</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the version-pinned ID, e.g. <c>MAP 5.1@1.0</c>.</summary>
    public string PinnedId => Id + "@" + Framework.Version;

    /// <summary>Gets the level of the term in its framework, e.g. <c>subcategory</c>, <c>control</c>, <c>article</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the ID of the enclosing term (a NIST category, an ISO group), or null.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the title as published, or null when the framework gives the term none (NIST subcategories).</summary>
    public string? Title { get; }

    /// <summary>Gets the statement text where the framework is public domain (NIST), or null.</summary>
    public string? Statement { get; }

    /// <summary>Gets the title, else the statement: the text to show beside the ID.</summary>
    public string Label => Title ?? Statement ?? string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Framework.Id + " " + PinnedId;

    internal void Attach(TargetFramework framework) => _framework = framework;

    /// <summary>The mappings to this term, in set and row order; set once by <see cref="CrosswalkData"/> (a lookup of the
    /// term is then the whole of <c>MappedFrom</c>: no second dictionary per framework).</summary>
    internal ImmutableArray<CrosswalkMapping> MappedFrom { get; set; } = ImmutableArray<CrosswalkMapping>.Empty;
}
