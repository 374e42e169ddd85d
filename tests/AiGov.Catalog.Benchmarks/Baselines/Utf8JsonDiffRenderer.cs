using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Benchmarks.Baselines;

/// <summary>
/// The baseline for <c>EditionDiff.ToJson</c>: the renderer as it was before <c>JsonTextWriter</c> (commit
/// <c>6edbf93</c>), a <see cref="Utf8JsonWriter"/> (indented, "\n", relaxed escaping) into pooled UTF-8 buffers decoded
/// once into the result, and a scan of every lineage's links for each link. It produces the same text as
/// <c>ToJson</c>, so the two can be compared in one run on this noisy machine.
/// </summary>
internal static class Utf8JsonDiffRenderer
{
    public static string Render(EditionDiff diff) => Write(w => Document(w, diff));

    /// <summary>
    /// Streams the same JSON as UTF-8 straight into <paramref name="stream"/> (a reused <see cref="Utf8JsonWriter"/> that
    /// flushes into the stream as it goes, the final line break written after it): System.Text.Json's own streaming
    /// path, what <c>WriteJson</c> would be if the library wrote JSON with it.
    /// </summary>
    public static void WriteTo(EditionDiff diff, Utf8JsonWriter writer, System.IO.Stream stream)
    {
        writer.Reset(stream);
        Document(writer, diff);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The writer options of every rendering: indented, "\n", relaxed escaping (CJK written raw).</summary>
    public static JsonWriterOptions Options => new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private static void Document(Utf8JsonWriter w, EditionDiff diff)
    {
        w.WriteStartObject();
        w.WriteString("format", "aigov-diff/1");
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
            Entry(w, diff, entry);
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

    private static void Entry(Utf8JsonWriter w, EditionDiff diff, DiffEntry entry)
    {
        w.WriteStartObject();
        w.WriteString("kind", Names.Kebab(entry.Kind));
        w.WriteString("change", Names.Kebab(entry.ChangeKind));
        Strings(w, "also", entry.Also.Select(Names.Kebab));
        Elements(w, "before", entry.Before);
        Elements(w, "after", entry.After);
        NullableString(w, "confidence", entry.Confidence is { } confidence ? Names.Kebab(confidence) : null);
        NullableString(w, "basis", entry.Basis is { } basis ? Names.Kebab(basis) : null);
        Strings(w, "evidence", entry.Evidence);
        NullableString(w, "note", entry.Note);

        w.WriteStartArray("links");
        foreach (var link in entry.Links)
        {
            var lineage = diff.Lineages.First(l => l.Links.Contains(link));
            w.WriteStartObject();
            w.WriteString("lineage", lineage.From + "-" + lineage.To);
            NullableString(w, "from", link.FromId);
            Strings(w, "to", link.ToIds);
            w.WriteString("relation", Names.Kebab(link.Relation));
            Strings(w, "also", link.Also.Select(Names.Kebab));
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
            Strings(w, "new", measures.New.Select(m => m.Id));
            Strings(w, "dropped", measures.Dropped.Select(m => m.Id));
            w.WriteStartArray("counterpartNotMapped");
            foreach (var pair in measures.CounterpartNotMapped)
            {
                w.WriteStartObject();
                w.WriteString("before", pair.Before.Id);
                w.WriteString("after", pair.After.Id);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "untrackedBefore", measures.UntrackedBefore.Select(m => m.Id));
            Strings(w, "untrackedAfter", measures.UntrackedAfter.Select(m => m.Id));
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
            foreach (var (name, rows) in new[] { ("new", mappings.New), ("dropped", mappings.Dropped), ("notComparedBefore", mappings.NotComparedBefore), ("notComparedAfter", mappings.NotComparedAfter) })
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

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void MappingKey(Utf8JsonWriter w, CrosswalkMapping row)
    {
        w.WriteString("framework", row.Set.Framework.Id);
        w.WriteString("frameworkVersion", row.Set.Framework.Version);
        w.WriteString("object", row.ObjectId);
        w.WriteString("predicate", row.Predicate.ToCurie());
        NullableString(w, "predicateModifier", row.IsNegated ? "Not" : null);
    }

    private static void Elements(Utf8JsonWriter w, string name, ImmutableArray<CatalogElement> elements)
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

    private static void Title(Utf8JsonWriter w, string name, TitleText title)
    {
        w.WriteStartObject(name);
        NullableString(w, "text", title.Text);
        w.WriteString("status", Names.Kebab(title.Status));
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
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

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        using var buffer = new PooledBufferWriter(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool, returned on dispose.</summary>
    private sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer;
        private int _written;

        public PooledBufferWriter(int initialCapacity) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

        public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
        }

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _buffer.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
