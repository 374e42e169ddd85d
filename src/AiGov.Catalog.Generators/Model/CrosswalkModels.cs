using AiGov.Catalog.Generators.Helpers;

namespace AiGov.Catalog.Generators.Model;

/// <summary>A target framework of the crosswalk registry (<c>crosswalks/frameworks.yaml</c>), one per version.</summary>
internal sealed record FrameworkModel(
    string Id,
    string Version,
    string Title,
    string Publisher,
    string Licence,
    string Citation,
    string Url,
    string Prefix,
    string Base,
    string IdPattern,
    SourceSpan Span);

/// <summary>A term of a target framework: its ID exactly as the framework writes it, its kind and its title or statement.</summary>
internal sealed record FrameworkTermModel(string Id, string Kind, string? Parent, string? Title, string? Statement, SourceSpan Span);

/// <summary>The terms of one framework version (<c>crosswalks/terms/&lt;framework&gt;-&lt;version&gt;.yaml</c>).</summary>
internal sealed record TermListModel(string Framework, string Version, EquatableArray<FrameworkTermModel> Terms, SourceSpan HeaderSpan);

/// <summary>One row of a mapping set, with SSSOM semantics.</summary>
internal sealed record MappingRowModel(
    string Subject,
    string Predicate,
    bool Negated,
    string Object,
    string Justification,
    string Author,
    double? Confidence,
    string Rationale,
    string? Evidence,
    SourceSpan SubjectSpan,
    SourceSpan ObjectSpan);

/// <summary>A mapping set: one source edition to one target framework version (<c>crosswalks/sets/*.yaml</c>).</summary>
internal sealed record MappingSetModel(
    string Id,
    string Edition,
    string Framework,
    string FrameworkVersion,
    string Title,
    string Version,
    string Date,
    string Licence,
    EquatableArray<string> Authors,
    string? Citation,
    EquatableArray<MappingRowModel> Rows,
    SourceSpan FrameworkSpan,
    SourceSpan Span);

/// <summary>What a crosswalk file contributes: the registry, one term list or one mapping set.</summary>
internal sealed record CrosswalkFileModel(EquatableArray<FrameworkModel> Frameworks, TermListModel? Terms, MappingSetModel? Set);

/// <summary>A framework version of the registry with its checked terms, in file order.</summary>
internal sealed record LinkedFramework(FrameworkModel Framework, EquatableArray<FrameworkTermModel> Terms);

/// <summary>The checked crosswalk data: frameworks (registry order) and mapping sets (by ID).</summary>
internal sealed record LinkedCrosswalks(EquatableArray<LinkedFramework> Frameworks, EquatableArray<MappingSetModel> Sets);
