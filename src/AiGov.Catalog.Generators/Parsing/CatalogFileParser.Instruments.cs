using System;
using System.Collections.Generic;
using System.Globalization;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>
/// The instrument side of the parser: an edition's legal character (manifest fields), the hierarchy-level
/// vocabulary and the registry of related instruments with its links. Every fact is a sourced fact
/// <c>{ value, status, sources, note, conflicts }</c>.
/// </summary>
internal static partial class CatalogFileParser
{
    private static readonly string[] FactStatuses = { "verified", "partial", "inferred", "unknown" };
    private static readonly string[] InstrumentStatuses = { "current", "amended", "draft", "superseded" };
    private static readonly string[] LinkRelations = { "implements", "operationalises", "parallel", "cites" };
    private static readonly string[] LinkDirections = { "instrument-to-element", "element-to-instrument", "both" };
    private static readonly string[] LinkBases = { "stated", "editorial" };
    private static readonly string[] Booleans = { "true", "false" };

    private static CharacterModel? ParseCharacter(MappingReader r)
    {
        var hasAny = r.Has("instrument-type") || r.Has("binding") || r.Has("guiding-authority") || r.Has("third-party-classifications");
        if (!hasAny)
        {
            r.Allow("instrument-type", "binding", "guiding-authority", "third-party-classifications");
            return null;
        }

        var type = ParseFact(r, "instrument-type", required: true, CheckKey) ?? SourcedFactModel.Unknown(r.Span);
        var binding = ParseFact(r, "binding", required: true, CheckBoolean) ?? SourcedFactModel.Unknown(r.Span);
        TitleTextModel? authority = null;
        var authorityMap = r.Mapping("guiding-authority", required: false);
        if (authorityMap is not null)
        {
            authority = ParseTitleTextNode(new MappingReader(authorityMap, r.Path, "guiding-authority", r.Diagnostics), allowTranslation: true);
        }

        var classifications = new List<ClassificationModel>();
        var seq = r.Sequence("third-party-classifications", required: false);
        if (seq is not null)
        {
            foreach (var item in seq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    r.Report(DiagnosticIds.WrongType, Spans.Of(r.Path, item), "third-party-classifications[]", "a mapping { label, by, note }", MappingReader.Describe(item));
                    continue;
                }

                var c = new MappingReader(map, r.Path, "third-party classification", r.Diagnostics);
                var label = c.RequiredString("label");
                var by = c.RequiredString("by");
                if (by is not null && !Vocabulary.SourceId.IsMatch(by))
                {
                    c.Report(DiagnosticIds.InvalidValue, c.SpanOf("by"), "by", "'" + by + "' is not a source ID such as SRC-43");
                    by = null;
                }

                var note = c.OptionalString("note");
                c.Complete();
                if (label is not null && by is not null)
                {
                    classifications.Add(new ClassificationModel(label, by, note, c.SpanOf("by")));
                }
            }
        }

        return new CharacterModel(type, binding, authority, classifications.ToEquatableArray(), r.Span);
    }

    /// <summary>Reads a sourced fact. <paramref name="check"/> returns a message when a value is not acceptable.</summary>
    private static SourcedFactModel? ParseFact(MappingReader parent, string field, bool required, Func<string, string?>? check)
    {
        var map = parent.Mapping(field, required);
        if (map is null)
        {
            return null;
        }

        return ParseFactNode(new MappingReader(map, parent.Path, field, parent.Diagnostics), field, check, allowConflicts: true);
    }

    private static SourcedFactModel? ParseFactNode(MappingReader f, string field, Func<string, string?>? check, bool allowConflicts)
    {
        var value = f.RequiredNullableString("value");
        var status = Enum(f, "status", FactStatuses, required: true);
        var sources = ReadSourceIds(f, "sources", required: false);
        var note = f.OptionalString("note");
        var conflicts = new List<SourcedFactModel>();
        if (allowConflicts)
        {
            var seq = f.Sequence("conflicts", required: false);
            if (seq is not null)
            {
                foreach (var item in seq.Children)
                {
                    if (item is not YamlMappingNode map)
                    {
                        f.Report(DiagnosticIds.WrongType, Spans.Of(f.Path, item), field + ".conflicts[]", "a mapping { value, status, sources, note }", MappingReader.Describe(item));
                        continue;
                    }

                    var conflict = ParseFactNode(new MappingReader(map, f.Path, field + " conflict", f.Diagnostics), field, check, allowConflicts: false);
                    if (conflict is not null)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }

        f.Complete();
        if (status is null)
        {
            return null;
        }

        if (value is not null && check is not null && check(value) is { } problem)
        {
            f.Report(DiagnosticIds.InvalidValue, f.SpanOf("value"), field, problem);
            return null;
        }

        if (status == "unknown" && value is not null)
        {
            f.Report(DiagnosticIds.InvalidValue, f.SpanOf("value"), field, "a fact with status 'unknown' must have value: null (never fill a gap with a guess)");
            return null;
        }

        if (value is null && status != "unknown")
        {
            f.Report(DiagnosticIds.InvalidValue, f.SpanOf("status"), field, "a fact with value: null must have status 'unknown'");
            return null;
        }

        if (status != "unknown" && status != "inferred" && sources.IsEmpty)
        {
            f.Report(DiagnosticIds.InvalidValue, f.SpanOf("status"), field, "a " + status + " fact needs at least one source");
            return null;
        }

        return new SourcedFactModel(value, status, sources, note, conflicts.ToEquatableArray(), f.Span);
    }

    private static string? CheckKey(string value) =>
        Vocabulary.Key.IsMatch(value) ? null : "'" + value + "' is not a kebab-case key such as tc260-technical-document";

    private static string? CheckBoolean(string value) =>
        Vocabulary.Contains(Booleans, value) ? null : "'" + value + "' is not true or false (use value: null when unknown)";

    private static string? CheckDate(string value) =>
        Vocabulary.Date.IsMatch(value) && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "'" + value + "' is not a date: expected an ISO calendar date such as \"2025-09-01\"";

    private static string? CheckInstrumentStatus(string value) =>
        Vocabulary.Contains(InstrumentStatuses, value) ? null : "'" + value + "' is not one of " + string.Join(", ", InstrumentStatuses);

    private static void ParseInstrumentLevels(MappingReader file, Builder result)
    {
        var seq = file.Sequence("levels", required: true);
        if (seq is null)
        {
            return;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), "levels[]", "a mapping", MappingReader.Describe(item));
                continue;
            }

            var r = new MappingReader(map, file.Path, "instrument level", file.Diagnostics);
            var key = r.RequiredString("key");
            if (key is not null && CheckKey(key) is { } bad)
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf("key"), "key", bad);
                key = null;
            }

            int? rank = null;
            var rankText = r.RequiredNullableString("rank");
            if (rankText is not null)
            {
                if (int.TryParse(rankText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    rank = n;
                }
                else
                {
                    r.Report(DiagnosticIds.InvalidValue, r.SpanOf("rank"), "rank", "'" + rankText + "' is not a positive whole number (or null for no place in the hierarchy)");
                }
            }

            string? zh = null, en = null;
            var titleMap = r.Mapping("title", required: true);
            if (titleMap is not null)
            {
                var t = new MappingReader(titleMap, file.Path, "title", file.Diagnostics);
                zh = t.RequiredString("zh");
                en = t.RequiredString("en");
                t.Complete();
            }

            var issuedBy = r.RequiredString("issued-by");
            var force = r.RequiredString("legal-force");
            var status = Enum(r, "status", FactStatuses, required: true);
            var sources = ReadSourceIds(r, "sources", required: true);
            var note = r.OptionalString("note");
            r.Complete();
            if (key is not null && zh is not null && en is not null && issuedBy is not null && force is not null && status is not null)
            {
                result.Levels.Add(new InstrumentLevelModel(key, rank, zh, en, issuedBy, force, status, sources, note, r.SpanOf("key")));
            }
        }
    }

    private static void ParseInstruments(MappingReader file, Builder result)
    {
        var seq = file.Sequence("instruments", required: true);
        if (seq is not null)
        {
            foreach (var item in seq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), "instruments[]", "a mapping", MappingReader.Describe(item));
                    continue;
                }

                var r = new MappingReader(map, file.Path, "instrument", file.Diagnostics);
                var key = r.RequiredString("key");
                if (key is not null && CheckKey(key) is { } bad)
                {
                    r.Report(DiagnosticIds.InvalidValue, r.SpanOf("key"), "key", bad);
                    key = null;
                }

                SourcedFactModel? zh = null, en = null;
                var titleMap = r.Mapping("title", required: true);
                if (titleMap is not null)
                {
                    var t = new MappingReader(titleMap, file.Path, "title", file.Diagnostics);
                    zh = ParseFact(t, "zh", required: true, null);
                    en = ParseFact(t, "en", required: true, null);
                    t.Complete();
                }

                var level = ParseFact(r, "level", required: true, CheckKey);
                var issuers = ParseFact(r, "issuers", required: true, null);
                var issued = ParseFact(r, "issued", required: true, CheckDate);
                var effective = ParseFact(r, "effective", required: true, CheckDate);
                var status = ParseFact(r, "status", required: true, CheckInstrumentStatus);
                var url = ParseFact(r, "url", required: true, null);
                var binding = ParseFact(r, "binding", required: true, CheckBoolean);
                var relation = r.OptionalString("relation");
                var notes = r.OptionalString("notes");
                r.Complete();
                if (key is not null && zh is not null && en is not null && level is not null && issuers is not null && issued is not null
                    && effective is not null && status is not null && url is not null && binding is not null)
                {
                    result.Instruments.Add(new InstrumentModel(key, zh, en, level, issuers, issued, effective, status, url, binding, relation, notes, r.SpanOf("key")));
                }
            }
        }

        var links = file.Sequence("links", required: true);
        if (links is null)
        {
            return;
        }

        foreach (var item in links.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), "links[]", "a mapping", MappingReader.Describe(item));
                continue;
            }

            var r = new MappingReader(map, file.Path, "instrument link", file.Diagnostics);
            var id = r.RequiredString("id");
            var elements = r.RefList("elements", required: true);
            if (r.Has("elements") && elements.IsEmpty)
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf("elements"), "elements", "a link needs at least one edition-pinned element ID such as \"2.0:5.3\" (or an edition, \"1.0\", for the whole document)");
            }

            var targets = new List<LinkTargetModel>();
            var targetSeq = r.Sequence("instruments", required: true);
            if (targetSeq is not null)
            {
                foreach (var t in targetSeq.Children)
                {
                    if (t is not YamlMappingNode tmap)
                    {
                        r.Report(DiagnosticIds.WrongType, Spans.Of(r.Path, t), "instruments[]", "a mapping { key, relation }", MappingReader.Describe(t));
                        continue;
                    }

                    var tr = new MappingReader(tmap, file.Path, "linked instrument", file.Diagnostics);
                    var target = tr.RequiredString("key");
                    var relation = Enum(tr, "relation", LinkRelations, required: true);
                    tr.Complete();
                    if (target is not null && relation is not null)
                    {
                        targets.Add(new LinkTargetModel(target, relation, tr.SpanOf("key")));
                    }
                }
            }

            var direction = Enum(r, "direction", LinkDirections, required: true);
            var basis = Enum(r, "basis", LinkBases, required: true);
            var sources = ReadSourceIds(r, "sources", required: false);
            var note = r.RequiredString("note");
            if (basis == "stated" && sources.IsEmpty)
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf("basis"), "basis", "a link stated by a source needs its sources");
            }

            r.Complete();
            if (id is not null && direction is not null && basis is not null && note is not null)
            {
                result.Links.Add(new InstrumentLinkModel(id, elements, targets.ToEquatableArray(), direction, basis, sources, note, r.SpanOf("id")));
            }
        }
    }
}
