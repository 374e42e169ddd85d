using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// The typed difference between two editions of the framework, from <see cref="GovernanceCatalog.Diff(Edition, Edition)"/>:
/// one <see cref="DiffEntry"/> per correspondence, grouped by element kind, and the elements no lineage tracks. Immutable
/// and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Entries.</b> The kinds the lineage tracks (principles, components, risk categories, risk sub-categories,
/// risks, governance measures and guideline sets) are matched through the lineage and appear in <see cref="Entries"/>,
/// ordered by kind, then by the <c>from</c> edition's document order, then (for added elements) by the <c>to</c>
/// edition's document order.</para>
/// <para><b>Not tracked by lineage.</b> Elements of other kinds (sections, measure groups, technical measures, guideline
/// items, appendices, grading factors) have no known correspondence. They are not reported as added or removed, which
/// would be a claim the data cannot support, but listed side by side in <see cref="Untracked"/>.</para>
/// <para><b>Direction.</b> Any two editions can be diffed in either order. <c>Diff(b, a)</c> is the mirror image of
/// <c>Diff(a, b)</c>: the same entries with the sides swapped, <see cref="ChangeKind.Added"/> ↔ <see cref="ChangeKind.Removed"/>
/// and <see cref="ChangeKind.Split"/> ↔ <see cref="ChangeKind.Merged"/>. An edition diffed with itself gives one
/// <see cref="ChangeKind.Unchanged"/> entry per element, of every kind.</para>
/// <para><b>Renderings.</b> <see cref="ToMarkdown"/>, <see cref="ToJson"/> and <see cref="ToCsv"/> are deterministic:
/// the same data gives byte-identical text on every run, platform and culture.</para>
/// </remarks>
public sealed partial class EditionDiff
{
    // The entries of each element kind, indexed by the kind's value (the kinds are 0, 1, 2, …): cheaper to build than a
    // dictionary, and no generic dictionary over the enum for the JIT to compile on a command line's first diff.
    private readonly ImmutableArray<DiffEntry>[] _byKind;

    internal EditionDiff(
        EditionCatalog from,
        EditionCatalog to,
        string dataVersion,
        ImmutableArray<EditionLineage> lineages,
        ImmutableArray<DiffEntry> entries,
        ImmutableArray<UntrackedElements> untracked)
    {
        FromCatalog = from;
        ToCatalog = to;
        DataVersion = dataVersion;
        Lineages = lineages;
        Entries = entries;
        Untracked = untracked;
        foreach (var entry in entries)
        {
            entry.Attach(this);
        }

        _byKind = ByKind(entries);
        var kinds = ImmutableArray.CreateBuilder<ElementKind>();
        for (var i = 0; i < _byKind.Length; i++)
        {
            if (!_byKind[i].IsEmpty)
            {
                kinds.Add((ElementKind)i);
            }
        }

        Kinds = kinds.ToImmutable();
        var counts = ImmutableArray.CreateBuilder<DiffCount>();
        foreach (var kind in Kinds)
        {
            foreach (var change in AllChangeKinds)
            {
                var count = Count(kind, change);
                if (count > 0)
                {
                    counts.Add(new DiffCount(kind, change, count));
                }
            }
        }

        Counts = counts.ToImmutable();
    }

    /// <summary>Gets every change kind, in the order the renderings use.</summary>
    public static ImmutableArray<ChangeKind> AllChangeKinds { get; } = ImmutableArray.Create(
        ChangeKind.Unchanged,
        ChangeKind.Reworded,
        ChangeKind.Renamed,
        ChangeKind.Moved,
        ChangeKind.Split,
        ChangeKind.Merged,
        ChangeKind.Added,
        ChangeKind.Removed);

    /// <summary>Gets the edition the diff starts from (the <see cref="DiffEntry.Before"/> side).</summary>
    public Edition From => FromCatalog.Edition;

    /// <summary>Gets the edition the diff goes to (the <see cref="DiffEntry.After"/> side).</summary>
    public Edition To => ToCatalog.Edition;

    /// <summary>Gets the version of the catalogue data the diff was computed from.</summary>
    public string DataVersion { get; }

    /// <summary>Gets the lineages followed, oldest first (one for adjacent editions; empty when an edition is compared with itself).</summary>
    public ImmutableArray<EditionLineage> Lineages { get; }

    /// <summary>Gets every entry, ordered by element kind, then by the <c>from</c> edition's document order, added elements last.</summary>
    public ImmutableArray<DiffEntry> Entries { get; }

    /// <summary>Gets the element kinds that have entries, in <see cref="ElementKind"/> order.</summary>
    public ImmutableArray<ElementKind> Kinds { get; }

    /// <summary>Gets the non-zero counts of entries per element kind and change kind, in kind order then <see cref="AllChangeKinds"/> order.</summary>
    public ImmutableArray<DiffCount> Counts { get; }

    /// <summary>Gets, per element kind, the elements that no lineage link accounts for (in <see cref="ElementKind"/> order; kinds with no such element are omitted).</summary>
    public ImmutableArray<UntrackedElements> Untracked { get; }

    internal EditionCatalog FromCatalog { get; }

    internal EditionCatalog ToCatalog { get; }

    /// <summary>Gets the entries of one element kind.</summary>
    /// <param name="kind">The element kind.</param>
    /// <returns>The entries, in diff order; empty when there are none.</returns>
    public ImmutableArray<DiffEntry> For(ElementKind kind) =>
        (uint)kind < (uint)_byKind.Length ? _byKind[(int)kind] : ImmutableArray<DiffEntry>.Empty;

    /// <summary>Counts the entries of one element kind and one change kind.</summary>
    /// <param name="kind">The element kind.</param>
    /// <param name="changeKind">The change kind.</param>
    /// <returns>The number of entries.</returns>
    public int Count(ElementKind kind, ChangeKind changeKind)
    {
        var count = 0;
        foreach (var entry in For(kind))
        {
            if (entry.ChangeKind == changeKind)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts the entries of one change kind, over all element kinds.</summary>
    /// <param name="changeKind">The change kind.</param>
    /// <returns>The number of entries.</returns>
    public int Count(ChangeKind changeKind) => Entries.Count(e => e.ChangeKind == changeKind);

    /// <summary>Gets the entries that involve an element, on either side.</summary>
    /// <param name="element">The element, of the <c>from</c> or the <c>to</c> edition.</param>
    /// <returns>The entries, in diff order; empty when the element is in none (for example when its kind is not tracked).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="element"/> is null.</exception>
    public ImmutableArray<DiffEntry> EntriesOf(CatalogElement element)
    {
        Guard.NotNull(element);
        return Entries.Where(e => e.Before.Contains(element) || e.After.Contains(element)).ToImmutableArray();
    }

    /// <summary>
    /// Renders the diff as a Markdown changelog for people: a legend of the change kinds, a summary table of counts
    /// (element kinds × change kinds), one section per element kind, and the elements not tracked by lineage.
    /// </summary>
    /// <returns>The Markdown text, with <c>\n</c> line endings; byte-identical on every run, platform and culture.</returns>
    /// <remarks>Unknown titles are shown as "(unknown)", the project's own English renderings as "… (our translation)"
    /// and partially attested titles as "… (unconfirmed)": a translation is never presented as an official title.</remarks>
    public string ToMarkdown() => DiffMarkdownRenderer.Render(this);

    /// <summary>Renders the diff as JSON for machines, in the stable schema <c>aigov-diff/1</c>.</summary>
    /// <returns>Indented JSON (two spaces, <c>\n</c> line endings, UTF-16 string of UTF-8-safe text), byte-identical on every run, platform and culture.</returns>
    /// <remarks>
    /// <para>Top level, in this order: <c>format</c> (<c>"aigov-diff/1"</c>), <c>dataVersion</c>, <c>from</c>,
    /// <c>to</c>, <c>lineages</c> (<c>[{from, to}]</c>), <c>summary</c> (<c>[{kind, counts: {unchanged, reworded,
    /// renamed, moved, split, merged, added, removed}, total}]</c>), <c>entries</c>, <c>untracked</c>
    /// (<c>[{kind, before: [element], after: [element]}]</c>).</para>
    /// <para>An entry: <c>kind</c>, <c>change</c>, <c>also</c>, <c>before</c> and <c>after</c> (arrays of elements),
    /// <c>confidence</c>, <c>basis</c>, <c>evidence</c>, <c>note</c>, <c>links</c> (<c>[{lineage, from, to, relation,
    /// also}]</c>), <c>fieldChanges</c> (<c>[{field, before, after}]</c>) and <c>measureChanges</c> (null unless the
    /// kind is risk: <c>{shared: [{before, after}], new, dropped, counterpartNotMapped: [{before, after}], untrackedBefore,
    /// untrackedAfter}</c>, measure IDs) and <c>mappingChanges</c> (null when neither side has a crosswalk row:
    /// <c>{shared: [{framework, frameworkVersion, object, predicate, predicateModifier, before, after}], new, dropped,
    /// notComparedBefore, notComparedAfter: [{framework, frameworkVersion, object, predicate, predicateModifier,
    /// subject}]}</c>; <c>predicate</c> a SKOS CURIE, <c>predicateModifier</c> <c>"Not"</c> for a considered non-match,
    /// else null; see <see cref="MappingChanges"/>).</para>
    /// <para>An element: <c>id</c>, <c>key</c>, <c>clause</c>, <c>parent</c>, <c>title</c> (<c>{zh: {text, status},
    /// en: {text, status}}</c>, status one of verified, partial, unknown, translation) and <c>provenance</c>.
    /// Enumerations are written in kebab-case; unknown values are <c>null</c>; every property is always present.</para>
    /// </remarks>
    public string ToJson() => DiffJsonRenderer.Render(this);

    /// <summary>
    /// Writes the same JSON as <see cref="ToJson"/>, character for character, to a text writer — a file, an HTTP
    /// response, the console — without building the whole document as one string first.
    /// </summary>
    /// <param name="writer">Where the JSON goes. It is written to, not flushed or closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <remarks>The 1.0 → 2.0 diff is about 160,000 characters: as a string it is a large-object-heap allocation per
    /// call, which under a non-concurrent GC costs more than writing the text (see the benchmarks' README). Use a
    /// UTF-8 writer without a byte-order mark to get the bytes the <c>aigov</c> tool writes.</remarks>
    public void WriteJson(TextWriter writer) => DiffJsonRenderer.RenderTo(this, Guard.NotNull(writer));

    /// <summary>
    /// Renders the diff as CSV (RFC 4180): a header row, then one row per entry, then one row per element not tracked by
    /// lineage (change <c>not-tracked</c>).
    /// </summary>
    /// <returns>The CSV text: records end with CRLF as RFC 4180 requires, fields with a comma, quote or line break are
    /// quoted, quotes doubled. Write it as UTF-8. Byte-identical on every run, platform and culture.</returns>
    /// <remarks>Columns: kind, change, also, from_id, from_clause, from_title_zh, from_title_en, to_id, to_clause,
    /// to_title_zh, to_title_en, confidence, basis, evidence, fields_changed, measures_shared, measures_new,
    /// measures_dropped, measures_counterpart_not_mapped ("before → after" pairs: the counterpart is mapped to no risk),
    /// measures_not_tracked_from, measures_not_tracked_to, mappings_shared, mappings_new, mappings_dropped,
    /// mappings_not_compared_from, mappings_not_compared_to (crosswalk rows as <c>framework:term@version predicate</c>,
    /// <c>not</c> before the predicate of a considered non-match; see <see cref="MappingChanges"/>), note. Several values in one cell (the elements of a split side, evidence, field changes, measures) are joined with " | ", elements in the same order in every column.
    /// Titles follow the Markdown conventions ("(unknown)", "(our translation)", "(unconfirmed)").</remarks>
    public string ToCsv() => DiffCsvRenderer.Render(this);

    /// <summary>Returns "Diff from → to" with the number of entries.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => "Diff " + From + " → " + To + " (" + Entries.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entries)";
    private static ImmutableArray<DiffEntry>[] ByKind(ImmutableArray<DiffEntry> entries)
    {
        var size = 0;
        foreach (var entry in entries)
        {
            size = Math.Max(size, (int)entry.Kind + 1);
        }

        var counts = new int[size];
        foreach (var entry in entries)
        {
            counts[(int)entry.Kind]++;
        }

        var groups = new DiffEntry[size][];
        for (var i = 0; i < size; i++)
        {
            groups[i] = counts[i] == 0 ? Array.Empty<DiffEntry>() : new DiffEntry[counts[i]];
            counts[i] = 0;
        }

        foreach (var entry in entries)
        {
            var k = (int)entry.Kind;
            groups[k][counts[k]++] = entry;
        }

        var result = new ImmutableArray<DiffEntry>[size];
        for (var i = 0; i < size; i++)
        {
            result[i] = ImmutableCollectionsMarshal.AsImmutableArray(groups[i]);
        }

        return result;
    }
}
