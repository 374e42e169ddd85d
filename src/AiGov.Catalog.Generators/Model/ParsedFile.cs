using AiGov.Catalog.Generators.Helpers;

namespace AiGov.Catalog.Generators.Model;

/// <summary>What one YAML file contributes, plus the problems found while reading it.</summary>
internal sealed record ParsedFile(
    string Path,
    string LogicalPath,
    string FileKind,
    string? Edition,
    EquatableArray<ElementModel> Elements,
    EditionManifestModel? Manifest,
    EquatableArray<VocabularyTermModel> Terms,
    EquatableArray<SourceModel> Sources,
    LineageModel? Lineage,
    string? DataVersion,
    InstrumentFileModel? Instruments,
    EquatableArray<DiagnosticInfo> Diagnostics,
    CrosswalkFileModel? Crosswalk = null);
