using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// Turns the bytes of a data file into DTOs: first checks the format name and version (so that a file of another format
/// version is rejected by name, not by a confusing type error), then deserializes through the source-generated context
/// with the depth limit. Unknown properties are skipped. Every failure is a <see cref="CatalogLoadException"/>.
/// </summary>
internal static class CatalogJsonReader
{
    public static CatalogDocumentDto Read(ReadOnlySpan<byte> json, CatalogLoadOptions options)
    {
        if (json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF)
        {
            json = json.Slice(3);
        }

        var readerOptions = new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        };

        try
        {
            CheckHeader(json, readerOptions);
            return JsonSerializer.Deserialize(json, TypeInfo(options.MaxDepth))
                ?? throw new CatalogLoadException("$: the data file is empty (its root is null).");
        }
        catch (JsonException ex)
        {
            throw NotReadable(ex, AtEnd(json, ex));
        }
    }

    /// <summary>The type information of the document for a depth limit (the serializer enforces its options' MaxDepth).</summary>
    private static JsonTypeInfo<CatalogDocumentDto> TypeInfo(int maxDepth)
    {
        if (maxDepth == CatalogJsonContext.Default.Options.MaxDepth || (maxDepth == CatalogLoadOptions.DefaultMaxDepth && CatalogJsonContext.Default.Options.MaxDepth == 0))
        {
            return CatalogJsonContext.Default.CatalogDocumentDto;
        }

        var options = new JsonSerializerOptions(CatalogJsonContext.Default.Options) { MaxDepth = maxDepth };
        return (JsonTypeInfo<CatalogDocumentDto>)options.GetTypeInfo(typeof(CatalogDocumentDto));
    }

    private static void CheckHeader(ReadOnlySpan<byte> json, JsonReaderOptions readerOptions)
    {
        var reader = new Utf8JsonReader(json, readerOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CatalogLoadException("$: the data file must be a JSON object with \"format\": \"" + CatalogDocumentDto.FormatName + "\"; its root is " + Describe(reader.TokenType) + ".");
        }

        string? format = null;
        int? version = null;
        var versionSeen = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("format"))
            {
                reader.Read();
                format = reader.TokenType == JsonTokenType.String ? reader.GetString() : "(" + Describe(reader.TokenType) + ")";
            }
            else if (reader.ValueTextEquals("formatVersion"))
            {
                reader.Read();
                versionSeen = true;
                version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }

            if (format is not null && versionSeen)
            {
                break;
            }
        }

        if (format != CatalogDocumentDto.FormatName)
        {
            throw new CatalogLoadException("$.format: this is not an AiGov.Catalog data file: \"format\" is "
                + (format is null ? "missing" : "'" + format + "'") + ", expected '" + CatalogDocumentDto.FormatName + "'.");
        }

        if (!versionSeen || version is null)
        {
            throw new CatalogLoadException("$.formatVersion: " + (versionSeen ? "must be an integer" : "is missing") + "; this version of AiGov.Catalog reads formatVersion "
                + CatalogDocumentDto.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture) + ".");
        }

        if (version != CatalogDocumentDto.CurrentFormatVersion)
        {
            throw new CatalogLoadException("$.formatVersion: formatVersion " + version.Value.ToString(CultureInfo.InvariantCulture)
                + " is not supported; this version of AiGov.Catalog reads formatVersion " + CatalogDocumentDto.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture)
                + (version > CatalogDocumentDto.CurrentFormatVersion ? ". The file was written by a newer AiGov.Catalog: update the package to load it." : "."));
        }
    }

    /// <summary>Whether the error is at or past the last non-blank byte: the JSON ends too early.</summary>
    private static bool AtEnd(ReadOnlySpan<byte> json, JsonException ex)
    {
        if (ex.LineNumber is not { } line)
        {
            return false;
        }

        var offset = 0L;
        for (var i = 0; i < json.Length && line > 0; i++)
        {
            if (json[i] == (byte)'\n')
            {
                line--;
                offset = i + 1;
            }
        }

        var end = json.Length;
        while (end > 0 && json[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        return offset + (ex.BytePositionInLine ?? 0) >= end;
    }

    private static CatalogLoadException NotReadable(JsonException ex, bool atEnd)
    {
        var where = (ex.Path ?? "$")
            + (ex.LineNumber is { } line ? " (line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", byte " + ((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);
        var message = where + ": the data file is not valid: " + JsonErrorText.Describe(ex.Message, atEnd) + ".";
        return new CatalogLoadException(message, System.Collections.Immutable.ImmutableArray.Create(message), ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "empty",
        _ => token.ToString(),
    };
}
