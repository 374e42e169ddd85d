using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>Renders an <see cref="EditionDiff"/> as JSON in the schema <c>aigov-diff/1</c> (see <see cref="EditionDiff.ToJson"/>).</summary>
/// <remarks>
/// Written by <see cref="JsonTextWriter"/> (through <see cref="JsonText"/>) straight into UTF-16: the same text as the
/// <see cref="System.Text.Json.Utf8JsonWriter"/> it replaced, which the approved snapshots pin. For the 1.0 → 2.0 diff
/// (161,763 characters) the writing takes about half the time it took, and a rendering allocates its 323 KB result and
/// under 5 KB besides (347 KB before). Most of what a call costs now is that result string: it lands on the large-object
/// heap, and with a non-concurrent GC allocating it alone takes about 0.9 ms on the benchmark machine (see the benchmarks'
/// README, "Targets"); <see cref="EditionDiff.WriteJson"/> writes the same text to a <see cref="System.IO.TextWriter"/>
/// without that string.
/// </remarks>
internal static class DiffJsonRenderer
{
    public const string Format = "aigov-diff/1";

    public static string Render(EditionDiff diff)
    {
        var lineages = LineageNames(diff);
        return JsonText.Write(w => Document(w, diff, lineages));
    }

    public static void RenderTo(EditionDiff diff, System.IO.TextWriter target)
    {
        var lineages = LineageNames(diff);
        JsonText.WriteTo(target, w => Document(w, diff, lineages));
    }

    private static void Document(JsonTextWriter w, EditionDiff diff, Dictionary<LineageLink, string> lineages)
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("dataVersion", diff.DataVersion);
        w.WriteString("from", diff.From.ToString());
        w.WriteString("to", diff.To.ToString());
        w.WriteStartArray("lineages");
        foreach (var lineage in diff.Lineages)
        {
            w.WriteStartObject();
            w.WriteString("from", lineage.From.ToString());
            w.WriteString("to", lineage.To.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("summary");
        foreach (var kind in diff.Kinds)
        {
            w.WriteStartObject();
            w.WriteString("kind", Names.Kebab(kind));
            w.WriteStartObject("counts");
            foreach (var change in EditionDiff.AllChangeKinds)
            {
                w.WriteNumber(Names.Kebab(change), diff.Count(kind, change));
            }

            w.WriteEndObject();
            w.WriteNumber("total", diff.For(kind).Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("entries");
        foreach (var entry in diff.Entries)
        {
            Entry(w, lineages, entry);
        }

        w.WriteEndArray();

        w.WriteStartArray("untracked");
        foreach (var group in diff.Untracked)
        {
            w.WriteStartObject();
            w.WriteString("kind", Names.Kebab(group.Kind));
            Elements(w, "before", group.Before);
            Elements(w, "after", group.After);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// The name (<c>1.0-2.0</c>) of the first lineage of the diff that holds each link, found once per diff rather than
    /// by scanning every lineage's links for every link of every entry.
    /// </summary>
    private static Dictionary<LineageLink, string> LineageNames(EditionDiff diff)
    {
        var names = new Dictionary<LineageLink, string>();
        foreach (var lineage in diff.Lineages)
        {
            var name = lineage.From + "-" + lineage.To;
            foreach (var link in lineage.Links)
            {
                if (!names.ContainsKey(link))
                {
                    names.Add(link, name);
                }
            }
        }

        return names;
    }

    private static void Entry(JsonTextWriter w, Dictionary<LineageLink, string> lineages, DiffEntry entry)
    {
        w.WriteStartObject();
        w.WriteString("kind", Names.Kebab(entry.Kind));
        w.WriteString("change", Names.Kebab(entry.ChangeKind));
        Strings(w, "also", entry.Also, Names.Kebab);
        Elements(w, "before", entry.Before);
        Elements(w, "after", entry.After);
        NullableString(w, "confidence", entry.Confidence is { } confidence ? Names.Kebab(confidence) : null);
        NullableString(w, "basis", entry.Basis is { } basis ? Names.Kebab(basis) : null);
        Strings(w, "evidence", entry.Evidence);
        NullableString(w, "note", entry.Note);

        w.WriteStartArray("links");
        foreach (var link in entry.Links)
        {
            w.WriteStartObject();
            w.WriteString("lineage", lineages[link]);
            NullableString(w, "from", link.FromId);
            Strings(w, "to", link.ToIds);
            w.WriteString("relation", Names.Kebab(link.Relation));
            Strings(w, "also", link.Also, Names.Kebab);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("fieldChanges");
        foreach (var change in entry.FieldChanges)
        {
            w.WriteStartObject();
            w.WriteString("field", change.Field);
            NullableString(w, "before", change.Before);
            NullableString(w, "after", change.After);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (entry.MeasureChanges is { } measures)
        {
            w.WriteStartObject("measureChanges");
            w.WriteStartArray("shared");
            foreach (var shared in measures.Shared)
            {
                w.WriteStartObject();
                w.WriteString("before", shared.Before.Id);
                w.WriteString("after", shared.After.Id);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "new", measures.New, m => m.Id);
            Strings(w, "dropped", measures.Dropped, m => m.Id);
            w.WriteStartArray("counterpartNotMapped");
            foreach (var pair in measures.CounterpartNotMapped)
            {
                w.WriteStartObject();
                w.WriteString("before", pair.Before.Id);
                w.WriteString("after", pair.After.Id);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "untrackedBefore", measures.UntrackedBefore, m => m.Id);
            Strings(w, "untrackedAfter", measures.UntrackedAfter, m => m.Id);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("measureChanges");
        }

        var mappings = entry.Mappings;
        if (mappings.IsEmpty)
        {
            w.WriteNull("mappingChanges");
        }
        else
        {
            w.WriteStartObject("mappingChanges");
            w.WriteStartArray("shared");
            foreach (var shared in mappings.Shared)
            {
                w.WriteStartObject();
                MappingKey(w, shared.Before);
                w.WriteString("before", shared.Before.SubjectId);
                w.WriteString("after", shared.After.SubjectId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Mappings(w, "new", mappings.New);
            Mappings(w, "dropped", mappings.Dropped);
            Mappings(w, "notComparedBefore", mappings.NotComparedBefore);
            Mappings(w, "notComparedAfter", mappings.NotComparedAfter);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Mappings(JsonTextWriter w, string name, ImmutableArray<CrosswalkMapping> rows)
    {
        w.WriteStartArray(name);
        foreach (var row in rows)
        {
            w.WriteStartObject();
            MappingKey(w, row);
            w.WriteString("subject", row.SubjectId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>What a diff compares rows by: framework and version, target term, predicate and its SSSOM modifier.</summary>
    private static void MappingKey(JsonTextWriter w, CrosswalkMapping row)
    {
        w.WriteString("framework", row.Set.Framework.Id);
        w.WriteString("frameworkVersion", row.Set.Framework.Version);
        w.WriteString("object", row.ObjectId);
        w.WriteString("predicate", row.Predicate.ToCurie());
        NullableString(w, "predicateModifier", row.IsNegated ? "Not" : null);
    }

    private static void Elements(JsonTextWriter w, string name, ImmutableArray<CatalogElement> elements)
    {
        w.WriteStartArray(name);
        foreach (var element in elements)
        {
            w.WriteStartObject();
            w.WriteString("id", element.Id);
            w.WriteString("key", element.Key);
            NullableString(w, "clause", element.Clause);
            NullableString(w, "parent", element.ParentId);
            w.WriteStartObject("title");
            Title(w, "zh", element.Title.Zh);
            Title(w, "en", element.Title.En);
            w.WriteEndObject();
            w.WriteString("provenance", Names.Kebab(element.Provenance.Status));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Title(JsonTextWriter w, string name, TitleText title)
    {
        w.WriteStartObject(name);
        NullableString(w, "text", title.Text);
        w.WriteString("status", Names.Kebab(title.Status));
        w.WriteEndObject();
    }

    private static void Strings(JsonTextWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Strings<T>(JsonTextWriter w, string name, ImmutableArray<T> values, Func<T, string> text)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(text(value));
        }

        w.WriteEndArray();
    }

    private static void NullableString(JsonTextWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
