using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// The root of the JSON data file (format <c>aigov-catalog</c>, formatVersion 1). Property order is the order written.
/// Every DTO of the file is nullable throughout: a reader checks presence itself, so that it can report every missing
/// value with its JSON path at once instead of stopping at the first.
/// </summary>
internal sealed class CatalogDocumentDto
{
    /// <summary>The format name that every data file carries.</summary>
    public const string FormatName = "aigov-catalog";

    /// <summary>The format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    public string? Format { get; init; }

    public int? FormatVersion { get; init; }

    public string? DataVersion { get; init; }

    public VocabulariesDto? Vocabularies { get; init; }

    public List<SourceDto?>? Sources { get; init; }

    public List<EditionDto?>? Editions { get; init; }

    public List<LineageDto?>? Lineages { get; init; }
}
