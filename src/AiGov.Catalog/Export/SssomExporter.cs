using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiGov.Catalog.Export;

/// <summary>
/// Writes a mapping set as SSSOM/TSV: the metadata block (YAML behind <c>#</c>, with a CURIE map for every prefix the
/// rows use), then a header row and one row per mapping. Deterministic: the same set gives byte-identical text.
/// </summary>
internal static class SssomExporter
{
    /// <summary>The IRI under which the catalogue's elements and mapping sets are named.</summary>
    public const string CatalogueBase = "https://github.com/aigov-catalog/AiGov.Catalog/ns/";

    /// <summary>The columns written, in order (the four required slots of a mapping first).</summary>
    public static readonly string[] Columns =
    {
        "subject_id", "subject_label", "predicate_id", "predicate_modifier", "object_id", "object_label",
        "mapping_justification", "author_label", "confidence", "comment",
    };

    /// <summary>The CURIE prefix of an edition's elements, e.g. <c>AISGF-1.0</c>.</summary>
    public static string SubjectPrefix(Edition edition) => "AISGF-" + edition;

    /// <summary>The CURIE of a catalogue element, e.g. <c>AISGF-1.0:3.1.1.a</c>.</summary>
    public static string SubjectCurie(Edition edition, string elementId) => SubjectPrefix(edition) + ":" + Local(elementId.Substring(elementId.IndexOf(':') + 1));

    /// <summary>The CURIE of a framework term, e.g. <c>NIST.AI.RMF.1.0:MAP%205.1</c> (a space is percent-encoded).</summary>
    public static string ObjectCurie(FrameworkTerm term) => term.Framework.Prefix + ":" + Local(term.Id);

    /// <summary>The local part of a term's CURIE (and of its IRI after the base), e.g. <c>MAP%205.1</c>.</summary>
    public static string LocalPart(string termId) => Local(termId);

    /// <summary>The CURIE map of a set: every prefix its rows and metadata use, sorted by prefix.</summary>
    public static SortedDictionary<string, string> CurieMap(MappingSet set) => new(StringComparer.Ordinal)
    {
        [SubjectPrefix(set.Edition)] = CatalogueBase + "aisgf/" + set.Edition + "/",
        [set.Framework.Prefix] = set.Framework.BaseIri,
        ["semapv"] = "https://w3id.org/semapv/vocab/",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
    };

    /// <summary>
    /// The set's metadata slots with one value each, in the order written (SSSOM's MappingSet slots): the same in the
    /// TSV metadata block and the JSON object. <c>creator_label</c>, multivalued, is written apart.
    /// </summary>
    public static List<KeyValuePair<string, string>> SetSlots(MappingSet set)
    {
        var slots = new List<KeyValuePair<string, string>>
        {
            new("mapping_set_id", CatalogueBase + "crosswalks/" + set.Id),
            new("mapping_set_version", set.Version),
            new("mapping_set_title", set.Title),
            new("license", set.Licence),
        };
        return slots;
    }

    /// <summary>The slots written after <c>creator_label</c>.</summary>
    public static List<KeyValuePair<string, string>> SourceSlots(MappingSet set)
    {
        var slots = new List<KeyValuePair<string, string>>
        {
            new("mapping_date", set.Date),
            new("subject_source", CatalogueBase + "aisgf/" + set.Edition),
            new("subject_source_version", set.Edition.ToString()),
            new("object_source", set.Framework.Url),
            new("object_source_version", set.Framework.Version),
        };
        if (set.Citation is not null)
        {
            slots.Add(new("comment", "Cite: " + set.Citation));
        }

        return slots;
    }

    /// <summary>The English title of a row's subject (its <c>subject_label</c>), or null when it has none.</summary>
    public static string? SubjectLabel(GovernanceCatalog catalog, CrosswalkMapping m) =>
        catalog.TryFind(m.SubjectId, out var element) ? element.Title.En.Text : null;

    /// <summary>The <c>object_label</c> of a row: the term's title, else its ID.</summary>
    public static string ObjectLabel(CrosswalkMapping m) => m.Term.Title ?? m.Term.Id;

    /// <summary>A confidence as SSSOM writes it in TSV: invariant, at least one decimal.</summary>
    public static string? Confidence(CrosswalkMapping m) => m.Confidence?.ToString("0.0##", CultureInfo.InvariantCulture);

    public static string WriteTsv(GovernanceCatalog catalog, MappingSet set)
    {
        var sb = new StringBuilder();
        sb.Append("#curie_map:\n");
        foreach (var pair in CurieMap(set))
        {
            sb.Append("#  ").Append(pair.Key).Append(": ").Append(Quote(pair.Value)).Append('\n');
        }

        foreach (var slot in SetSlots(set))
        {
            Meta(sb, slot.Key, slot.Value);
        }

        sb.Append("#creator_label:\n");
        foreach (var author in set.Authors)
        {
            sb.Append("#  - ").Append(Quote(author)).Append('\n');
        }

        foreach (var slot in SourceSlots(set))
        {
            Meta(sb, slot.Key, slot.Value);
        }

        sb.Append(string.Join("\t", Columns)).Append('\n');
        foreach (var m in set.Mappings)
        {
            Row(
                sb,
                SubjectCurie(set.Edition, m.SubjectId),
                SubjectLabel(catalog, m),
                m.Predicate.ToCurie(),
                m.IsNegated ? "Not" : null,
                ObjectCurie(m.Term),
                ObjectLabel(m),
                m.Justification,
                m.Author,
                Confidence(m),
                m.Rationale);
        }

        return sb.ToString();
    }

    private static void Meta(StringBuilder sb, string slot, string value) =>
        sb.Append('#').Append(slot).Append(": ").Append(Quote(value)).Append('\n');

    private static void Row(StringBuilder sb, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\t');
            }

            sb.Append(Cell(values[i]));
        }

        sb.Append('\n');
    }

    private static string Cell(string? value) => value is null ? string.Empty : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static string Local(string id) => id.Replace("%", "%25").Replace(" ", "%20");

    /// <summary>A YAML double-quoted scalar (JSON-style escapes), so no value can break the metadata block.</summary>
    private static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }
}
