using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace AiGov.Catalog;

/// <summary>
/// Decodes the catalogue data that the source generator compiles from <c>catalog/**/*.yaml</c> into
/// <c>GeneratedCatalogData</c>: a table of strings and a table of records.
/// </summary>
/// <remarks>
/// <para>
/// The generator used to emit one <c>new</c> expression per object; the JIT then had to compile ~65 KB of IL before the
/// catalogue could be used for the first time (~100 ms of a command-line run). The tables are data, and this reader is
/// the only code that runs.
/// </para>
/// <para>
/// Format (version 2). Numbers are unsigned LEB128; an enum is its value; a string is a reference, 0 for null and n for
/// the (n-1)th string of the string table; a list of strings is a reference into the list table (0 for an empty list,
/// n for the (n-1)th list), other lists are their length followed by their items. The record table holds, in order:
/// the format version; the sources (id, title, location, editions, trust, used-for, note); the editions, each with its
/// manifest and its elements; the lineages with their links; the instrument registry (levels, instruments, links). A manifest ends with the edition's legal character before its provenance. An element record is its <see cref="CompiledRecord"/> kind,
/// the common fields (<see cref="ElementInfo"/>), then the fields of its kind. Stages, actors and risk areas are indexes
/// into <see cref="LifecycleStage.All"/>, <see cref="Actor.All"/> and <see cref="RiskArea.All"/>. The writer is
/// <c>CatalogEmitter.WriteTable</c> in AiGov.Catalog.Generators, which writes the fields in the same order.
/// </para>
/// </remarks>
internal static partial class CompiledCatalogReader
{
    /// <summary>The record format this reader understands.</summary>
    public const int FormatVersion = 2;

    /// <summary>
    /// Decodes the string table (UTF-8 strings back to back, and their byte lengths as LEB128 numbers) and the string-list
    /// table (the number of lists, then each list's length and string references).
    /// </summary>
    public static CompiledStrings ReadStrings(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lengths, ReadOnlySpan<byte> lists)
    {
        var strings = DecodeStrings(text, lengths);
        var cursor = new CompiledDataCursor(lists, strings, Array.Empty<ImmutableArray<string>>());
        var table = new ImmutableArray<string>[cursor.Number()];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = cursor.InlineStrings();
        }

        if (!cursor.AtEnd)
        {
            throw Damaged("bytes are left after the last string list");
        }

        return new CompiledStrings(strings, table);
    }

    private static string[] DecodeStrings(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lengths)
    {
        var count = 0;
        foreach (var b in lengths)
        {
            if (b < 0x80)
            {
                count++;
            }
        }

        var strings = new string[count];
        var cursor = new CompiledDataCursor(lengths, Array.Empty<string>(), Array.Empty<ImmutableArray<string>>());
#if !NETCOREAPP
        var bytes = text.ToArray();
#endif
        var offset = 0;
        for (var i = 0; i < strings.Length; i++)
        {
            var length = cursor.Number();
            if (length > text.Length - offset)
            {
                throw Damaged("the string lengths do not add up to the string table");
            }

#if NETCOREAPP
            strings[i] = Encoding.UTF8.GetString(text.Slice(offset, length));
#else
            strings[i] = Encoding.UTF8.GetString(bytes, offset, length);
#endif
            offset += length;
        }

        if (offset != text.Length)
        {
            throw Damaged("the string lengths do not add up to the string table");
        }

        return strings;
    }

    /// <summary>Builds the catalogue data from the record table.</summary>
    public static CatalogData Read(string dataVersion, CompiledStrings strings, ReadOnlySpan<byte> records)
    {
        var r = new CompiledDataCursor(records, strings.Strings, strings.Lists);
        var version = r.Number();
        if (version != FormatVersion)
        {
            throw Damaged("format version " + version + ", this reader reads " + FormatVersion);
        }

        var sources = new CatalogSource[r.Number()];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = new CatalogSource(r.String(), r.String(), r.String(), Editions(ref r), (SourceTrust)r.Number(), r.String(), r.OptionalString());
        }

        var editions = new EditionCatalog[r.Number()];
        for (var i = 0; i < editions.Length; i++)
        {
            editions[i] = EditionCatalog(ref r);
        }

        var lineages = new EditionLineage[r.Number()];
        for (var i = 0; i < lineages.Length; i++)
        {
            lineages[i] = Lineage(ref r);
        }

        var instruments = Instruments(ref r);
        if (!r.AtEnd)
        {
            throw Damaged("bytes are left after the last instrument link");
        }

        return new CatalogData(
            dataVersion,
            Wrap(sources),
            LifecycleStage.All,
            Actor.All,
            RiskArea.All,
            Wrap(editions),
            Wrap(lineages))
        {
            Instruments = instruments,
        };
    }

    private static EditionCatalog EditionCatalog(ref CompiledDataCursor r)
    {
        var edition = Edition.Parse(r.String());
        var key = r.String();
        var title = Title(ref r);
        var issuer = Title(ref r);
        var released = new DateTime(r.Number(), r.Number(), r.Number(), 0, 0, 0, DateTimeKind.Unspecified);
        var venue = Text(ref r);
        var officialSources = r.Strings();
        var languages = r.Strings();
        var completeness = (EditionCompleteness)r.Number();
        var completenessNote = r.OptionalString();
        var summary = r.String();
        var gaps = new KnownGap[r.Number()];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = new KnownGap(r.OptionalString(), (ProvenanceStatus)r.Number(), r.Strings(), r.String());
        }

        var facts = new EditionFact[r.Number()];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new EditionFact(r.String(), r.String(), (ProvenanceStatus)r.Number(), r.Strings(), r.OptionalString());
        }

        var character = Character(ref r);
        var provenance = Provenance(ref r);
        var notes = r.OptionalString();
        var info = new EditionInfo(edition, key, title, issuer, released, venue, officialSources, languages, completeness, completenessNote, summary, Wrap(gaps), Wrap(facts), provenance, notes)
        {
            Character = character,
        };

        var elements = new CatalogElement[r.Number()];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = Element(ref r, edition);
        }

        return new EditionCatalog(info, Wrap(elements));
    }

    private static CatalogElement Element(ref CompiledDataCursor r, Edition edition)
    {
        var record = (CompiledRecord)r.Number();
        var info = Info(ref r, edition);
        switch (record)
        {
            case CompiledRecord.Section: return new Section(info);
            case CompiledRecord.Principle: return new Principle(info);
            case CompiledRecord.FrameworkComponent: return new FrameworkComponent(info);
            case CompiledRecord.RiskCategory: return new RiskCategory(info);
            case CompiledRecord.RiskSubcategory: return new RiskSubcategory(info);
            case CompiledRecord.GuidelineSet: return new GuidelineSet(info);
            case CompiledRecord.GuidelineItem: return new GuidelineItem(info);
            case CompiledRecord.Appendix: return new Appendix(info);
            case CompiledRecord.GradingFactor: return new GradingFactor(info);
            case CompiledRecord.RiskGrade: return new RiskGrade(info);
            case CompiledRecord.AppendixPart: return new AppendixPart(info);
            case CompiledRecord.AppendixPhase: return new AppendixPhase(info);
            case CompiledRecord.AppendixMeasureGroup: return new AppendixMeasureGroup(info);
            case CompiledRecord.AppendixMeasure: return new AppendixMeasure(info);
            case CompiledRecord.MeasureGroup: return new MeasureGroup(info, Addresses(ref r));
            case CompiledRecord.Risk:
            {
                var area = RiskArea.All[r.Number()];
                var areaBasis = (MappingBasis)r.Number();
                var areaNote = r.OptionalString();
                return new Risk(info, area, areaBasis, areaNote, legacyMit: null, r.OptionalString());
            }

            case CompiledRecord.Measure:
            {
                var kind = (MeasureKind)r.Number();
                return new Measure(info, kind, Addresses(ref r));
            }

            default:
                throw Damaged("unknown element record " + (int)record + " (" + info.Id + ")");
        }
    }

    private static ImmutableArray<RiskAddress> Addresses(ref CompiledDataCursor r)
    {
        var addresses = new RiskAddress[r.Number()];
        for (var i = 0; i < addresses.Length; i++)
        {
            addresses[i] = new RiskAddress(r.String(), (MappingBasis)r.Number(), r.OptionalString());
        }

        return Wrap(addresses);
    }

    private static ElementInfo Info(ref CompiledDataCursor r, Edition edition)
    {
        var id = r.String();
        var key = r.String();
        var clause = r.OptionalString();
        var clauseStatus = r.Number();
        var parentId = r.OptionalString();
        var title = Title(ref r);
        var pages = r.Number() == 0 ? null : Pages(r.OptionalString(), r.OptionalString(), r.OptionalString());
        var summary = r.String();

        var aliases = new Alias[r.Number()];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = new Alias(r.String(), r.Strings(), r.OptionalString());
        }

        var stages = new StageMapping[r.Number()];
        for (var i = 0; i < stages.Length; i++)
        {
            stages[i] = new StageMapping(LifecycleStage.All[r.Number()], (MappingBasis)r.Number(), r.OptionalString());
        }

        var actors = new ActorMapping[r.Number()];
        for (var i = 0; i < actors.Length; i++)
        {
            actors[i] = new ActorMapping(Actor.All[r.Number()], (MappingBasis)r.Number(), r.OptionalString());
        }

        var provenance = Provenance(ref r);
        var notes = r.OptionalString();
        return new ElementInfo(
            id,
            edition,
            key,
            clause,
            clauseStatus == 0 ? null : (ProvenanceStatus)(clauseStatus - 1),
            parentId,
            title,
            pages,
            summary,
            Wrap(aliases),
            Wrap(stages),
            Wrap(actors),
            provenance,
            notes);
    }

    private static EditionLineage Lineage(ref CompiledDataCursor r)
    {
        var from = Edition.Parse(r.String());
        var to = Edition.Parse(r.String());
        var links = new LineageLink[r.Number()];
        for (var i = 0; i < links.Length; i++)
        {
            var fromId = r.OptionalString();
            var toIds = r.Strings();
            var relation = (LineageRelation)r.Number();
            var also = new LineageRelation[r.Number()];
            for (var j = 0; j < also.Length; j++)
            {
                also[j] = (LineageRelation)r.Number();
            }

            links[i] = new LineageLink(fromId, toIds, relation, Wrap(also), (LineageConfidence)r.Number(), (MappingBasis)r.Number(), r.Strings(), r.OptionalString());
        }

        return new EditionLineage(from, to, Wrap(links));
    }

    private static ImmutableArray<Edition> Editions(ref CompiledDataCursor r)
    {
        var names = r.Strings();
        if (names.IsEmpty)
        {
            return ImmutableArray<Edition>.Empty;
        }

        var editions = new Edition[names.Length];
        for (var i = 0; i < editions.Length; i++)
        {
            editions[i] = Edition.Parse(names[i]);
        }

        return Wrap(editions);
    }

    private static Title Title(ref CompiledDataCursor r) => new(Text(ref r), Text(ref r));

    private static TitleText Text(ref CompiledDataCursor r) => new(r.OptionalString(), (TitleStatus)r.Number(), r.Strings(), r.OptionalString());

    private static Provenance Provenance(ref CompiledDataCursor r) => new((ProvenanceStatus)r.Number(), r.Strings(), r.OptionalString());

    private static Pages Pages(string? zh, string? en, string? note) =>
        new(zh is null ? null : PageRange.Parse(zh), en is null ? null : PageRange.Parse(en), note);

    /// <summary>An array the reader has just filled and will not touch again, as an immutable array (no copy; empty shared).</summary>
    private static ImmutableArray<T> Wrap<T>(T[] items) =>
        items.Length == 0 ? ImmutableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items);

    private static InvalidOperationException Damaged(string what) =>
        new("The compiled catalogue data is damaged (" + what + "); rebuild AiGov.Catalog.");
}
