using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AiGov.Catalog.Internal;
using AiGov.Catalog.Serialization;

namespace AiGov.Catalog;

/// <content>The JSON data file: export the whole catalogue, and load one back.</content>
public sealed partial class GovernanceCatalog
{
    /// <summary>Gets the name in the <c>"format"</c> property of every data file: <c>aigov-catalog</c>.</summary>
    public static string JsonFormatName => CatalogDocumentDto.FormatName;

    /// <summary>Gets the <c>"formatVersion"</c> that this version of the library writes and reads (1).</summary>
    public static int JsonFormatVersion => CatalogDocumentDto.CurrentFormatVersion;

    /// <summary>
    /// Writes the whole catalogue — every edition with its manifest and every field of every element, the lineage, the
    /// vocabularies, the source registry, the related instruments, the crosswalks (the target frameworks with their
    /// terms, and every mapping set) and the data version — as a JSON data file that <see cref="Load(Stream)"/> reads
    /// back into an equal catalogue.
    /// </summary>
    /// <remarks>
    /// <para>The format is <c>{"format": "aigov-catalog", "formatVersion": 1, …}</c>, described by the JSON Schema
    /// <c>catalog/schema/export/aigov-catalog.schema.json</c> in the repository. The output is UTF-8 without a byte-order
    /// mark, deterministic (the same catalogue gives byte-identical files on every platform: fixed property order, "\n"
    /// newlines, invariant formats) and keeps Chinese text as is. Unknown values are written as <c>null</c>.</para>
    /// <para>The stream is written to and left open; it is not flushed or rewound.</para>
    /// </remarks>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public void Export(Stream stream)
    {
        Guard.Writable(stream);
        var bytes = CatalogJsonWriter.Write(this);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes the whole catalogue as a JSON data file, asynchronously. See <see cref="Export(Stream)"/>.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public Task ExportAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        Guard.Writable(stream);
        var bytes = CatalogJsonWriter.Write(this);
        return stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken);
    }

    /// <summary>
    /// Loads a catalogue from a JSON data file written by <see cref="Export(Stream)"/> (for example a newer data release),
    /// with the limits of <see cref="CatalogLoadOptions.Default"/>.
    /// </summary>
    /// <param name="stream">A readable stream positioned at the start of the file; it is read to its end and left open.</param>
    /// <returns>The catalogue, complete and validated.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="stream"/> is not readable.</exception>
    /// <exception cref="CatalogLoadException">The file cannot be loaded; the exception says what is wrong and where.</exception>
    public static GovernanceCatalog Load(Stream stream) => Load(stream, CatalogLoadOptions.Default);

    /// <summary>Loads a catalogue from a JSON data file written by <see cref="Export(Stream)"/>.</summary>
    /// <remarks>
    /// <para>The file is read whole (up to <see cref="CatalogLoadOptions.MaxBytes"/>), its <c>"format"</c> and
    /// <c>"formatVersion"</c> are checked first, then it is deserialized (nesting up to
    /// <see cref="CatalogLoadOptions.MaxDepth"/>; properties this version does not know are ignored) and built into the same
    /// types as <see cref="Default"/>, and finally checked by the rules of <see cref="Validate"/>. Either a complete,
    /// consistent catalogue is returned, or a <see cref="CatalogLoadException"/> is thrown: never a partial catalogue.</para>
    /// <para>The crosswalk queries of the loaded catalogue (<see cref="Frameworks"/>, <see cref="MappingSets"/>,
    /// <see cref="MappingsOf(string)"/>, <see cref="Crosswalk"/>, <see cref="MappedFrom"/>, <see cref="NotYetMapped"/>)
    /// answer from the file's <c>crosswalks</c>, never from the compiled data. A file written before the crosswalks
    /// (data 2026.11) has none: it loads with no frameworks and no mapping sets, and its risks keep the <c>mit</c> values
    /// it carries as <see cref="Risk.Mit"/>.</para>
    /// <para>Vocabulary terms that equal a term compiled into the library are that very instance (for example
    /// <c>LifecycleStage.Training</c>); a term that is new or worded differently in the file is a new
    /// instance, which still equals the compiled one with the same key.</para>
    /// </remarks>
    /// <param name="stream">A readable stream positioned at the start of the file; it is read to its end and left open.</param>
    /// <param name="options">Limits on size and nesting.</param>
    /// <returns>The catalogue, complete and validated.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="stream"/> is not readable.</exception>
    /// <exception cref="CatalogLoadException">The file cannot be loaded; the exception says what is wrong and where.</exception>
    public static GovernanceCatalog Load(Stream stream, CatalogLoadOptions options)
    {
        Guard.Readable(stream);
        Guard.NotNull(options);
        using var bytes = CatalogFileReader.ReadAll(stream, options.MaxBytes);
        return FromBytes(bytes, options);
    }

    /// <summary>Loads a catalogue from a JSON data file, reading the stream asynchronously. See <see cref="Load(Stream, CatalogLoadOptions)"/>.</summary>
    /// <param name="stream">A readable stream positioned at the start of the file; it is read to its end and left open.</param>
    /// <param name="options">Limits on size and nesting, or null for <see cref="CatalogLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The catalogue, complete and validated.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="stream"/> is not readable.</exception>
    /// <exception cref="CatalogLoadException">The file cannot be loaded; the exception says what is wrong and where.</exception>
    public static async Task<GovernanceCatalog> LoadAsync(Stream stream, CatalogLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Readable(stream);
        options ??= CatalogLoadOptions.Default;
        using var bytes = await CatalogFileReader.ReadAllAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
        return FromBytes(bytes, options);
    }

    private static GovernanceCatalog FromBytes(RentedBytes bytes, CatalogLoadOptions options) =>
        CatalogDocumentBuilder.Build(CatalogJsonReader.Read(bytes.Span, options));
}
