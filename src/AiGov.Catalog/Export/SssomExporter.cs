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

    public static string WriteTsv(GovernanceCatalog catalog, MappingSet set)
    {
        var sb = new StringBuilder();
        sb.Append("#curie_map:\n");
        var prefixes = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [SubjectPrefix(set.Edition)] = CatalogueBase + "aisgf/" + set.Edition + "/",
            [set.Framework.Prefix] = set.Framework.BaseIri,
            ["semapv"] = "https://w3id.org/semapv/vocab/",
            ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        };
        foreach (var pair in prefixes)
        {
            sb.Append("#  ").Append(pair.Key).Append(": ").Append(Quote(pair.Value)).Append('\n');
        }

        Meta(sb, "mapping_set_id", CatalogueBase + "crosswalks/" + set.Id);
        Meta(sb, "mapping_set_version", set.Version);
        Meta(sb, "mapping_set_title", set.Title);
        Meta(sb, "license", set.Licence);
        sb.Append("#creator_label:\n");
        foreach (var author in set.Authors)
        {
            sb.Append("#  - ").Append(Quote(author)).Append('\n');
        }

        Meta(sb, "mapping_date", set.Date);
        Meta(sb, "subject_source", CatalogueBase + "aisgf/" + set.Edition);
        Meta(sb, "subject_source_version", set.Edition.ToString());
        Meta(sb, "object_source", set.Framework.Url);
        Meta(sb, "object_source_version", set.Framework.Version);
        if (set.Citation is not null)
        {
            Meta(sb, "comment", "Cite: " + set.Citation);
        }

        sb.Append(string.Join("\t", Columns)).Append('\n');
        foreach (var m in set.Mappings)
        {
            var label = catalog.TryFind(m.SubjectId, out var element) ? element.Title.En.Text : null;
            Row(
                sb,
                SubjectCurie(set.Edition, m.SubjectId),
                label,
                m.Predicate.ToCurie(),
                m.IsNegated ? "Not" : null,
                ObjectCurie(m.Term),
                m.Term.Title ?? m.Term.Id,
                m.Justification,
                m.Author,
                m.Confidence?.ToString("0.0##", CultureInfo.InvariantCulture),
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
