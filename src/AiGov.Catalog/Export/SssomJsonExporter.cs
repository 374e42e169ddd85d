using System.Text;
using System.Text.Json;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Export;

/// <summary>
/// Writes a mapping set as SSSOM/JSON: one object with the MappingSet slots (<c>curie_map</c> first, then the same
/// slots and values as the TSV metadata block) and a <c>mappings</c> array of Mapping objects with the TSV columns.
/// </summary>
/// <remarks>
/// The SSSOM specification leaves its JSON serialisation largely open ("a more-or-less direct serialisation of the
/// MappingSet class"); this follows the SSSOM JSON Schema: slot names as properties, multivalued slots
/// (<c>creator_label</c>, <c>author_label</c>) as arrays, <c>confidence</c> a number, identifiers as CURIEs resolved
/// by the <c>curie_map</c>, and slots with no value left out. Deterministic, through the library's JSON writer.
/// </remarks>
internal static class SssomJsonExporter
{
    public static string Write(GovernanceCatalog catalog, MappingSet set) =>
        Encoding.UTF8.GetString(DeterministicJson.Write(w => WriteSet(w, catalog, set)));

    private static void WriteSet(Utf8JsonWriter w, GovernanceCatalog catalog, MappingSet set)
    {
        w.WriteStartObject();
        w.WriteStartObject("curie_map");
        foreach (var pair in SssomExporter.CurieMap(set))
        {
            w.WriteString(pair.Key, pair.Value);
        }

        w.WriteEndObject();
        foreach (var slot in SssomExporter.SetSlots(set))
        {
            w.WriteString(slot.Key, slot.Value);
        }

        w.WriteStartArray("creator_label");
        foreach (var author in set.Authors)
        {
            w.WriteStringValue(author);
        }

        w.WriteEndArray();
        foreach (var slot in SssomExporter.SourceSlots(set))
        {
            w.WriteString(slot.Key, slot.Value);
        }

        w.WriteStartArray("mappings");
        foreach (var m in set.Mappings)
        {
            w.WriteStartObject();
            w.WriteString("subject_id", SssomExporter.SubjectCurie(set.Edition, m.SubjectId));
            if (SssomExporter.SubjectLabel(catalog, m) is { } label)
            {
                w.WriteString("subject_label", label);
            }

            w.WriteString("predicate_id", m.Predicate.ToCurie());
            if (m.IsNegated)
            {
                w.WriteString("predicate_modifier", "Not");
            }

            w.WriteString("object_id", SssomExporter.ObjectCurie(m.Term));
            w.WriteString("object_label", SssomExporter.ObjectLabel(m));
            w.WriteString("mapping_justification", m.Justification);
            w.WriteStartArray("author_label");
            w.WriteStringValue(m.Author);
            w.WriteEndArray();
            if (m.Confidence is { } confidence)
            {
                w.WriteNumber("confidence", confidence);
            }

            w.WriteString("comment", m.Rationale);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
