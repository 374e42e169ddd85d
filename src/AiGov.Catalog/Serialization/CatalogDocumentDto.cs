using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// The root of the JSON data file (format <c>aigov-catalog</c>, formatVersion 1). Property order is the order written.
/// Every DTO of the file is nullable throughout: a reader checks presence itself, so that it can report every missing
/// value with its JSON path at once instead of stopping at the first.
/// <para>The DTOs have plain setters, not <c>init</c>: the source generator cannot call an init-only setter from its
/// metadata, so it reads such a type through a parameterized-constructor path that buffers every property in a boxed
/// argument array first: deserializing the data file took about a third longer (1.6 ms against 1.2 ms).</para>
/// </summary>
internal sealed class CatalogDocumentDto
{
    /// <summary>The format name that every data file carries.</summary>
    public const string FormatName = "aigov-catalog";

    /// <summary>The format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    public string? Format { get; set; }

    public int? FormatVersion { get; set; }

    public string? DataVersion { get; set; }

    public VocabulariesDto? Vocabularies { get; set; }

    public List<SourceDto?>? Sources { get; set; }

    public List<EditionDto?>? Editions { get; set; }

    public List<LineageDto?>? Lineages { get; set; }

    /// <summary>The registry of related instruments and the links to them (absent from older files, read as empty; a reader of this version that does not know it ignores it).</summary>
    public InstrumentRegistryDto? Instruments { get; set; }

    /// <summary>The crosswalks: target frameworks, their terms and the mapping sets (absent from older files, read as none).</summary>
    public CrosswalksDto? Crosswalks { get; set; }
}
