using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// Reads a measure group's <c>answers</c> in either form: a list of mappings <c>{ target, basis, note }</c> (written
/// since data version 2026.12.0), or a list of element IDs (data files written before it, when every answer was
/// normative by definition: each ID is read as a normative mapping without a note). Writes the mapping form.
/// </summary>
internal sealed class LegacyAnswersConverter : JsonConverter<List<RiskAddressDto?>>
{
    /// <inheritdoc/>
    public override List<RiskAddressDto?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("answers must be an array of mappings { target, basis, note } or of element IDs");
        }

        var info = (JsonTypeInfo<RiskAddressDto>)options.GetTypeInfo(typeof(RiskAddressDto));
        var list = new List<RiskAddressDto?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    list.Add(null);
                    break;
                case JsonTokenType.String:
                    list.Add(new RiskAddressDto { Target = reader.GetString(), Basis = "normative" });
                    break;
                case JsonTokenType.StartObject:
                    list.Add(JsonSerializer.Deserialize(ref reader, info));
                    break;
                default:
                    throw new JsonException("an answer must be a mapping { target, basis, note } or an element ID, not " + reader.TokenType);
            }
        }

        return list;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, List<RiskAddressDto?> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<RiskAddressDto>)options.GetTypeInfo(typeof(RiskAddressDto));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, item, info);
            }
        }

        writer.WriteEndArray();
    }
}
