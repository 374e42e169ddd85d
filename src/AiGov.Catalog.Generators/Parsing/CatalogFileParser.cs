using System;
using System.Collections.Generic;
using System.IO;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>
/// Parses one catalogue YAML file with YamlDotNet's representation model into equatable models. Pure: it sees
/// only a path and a text, and never throws (every problem becomes a <see cref="DiagnosticInfo"/>).
/// </summary>
internal static partial class CatalogFileParser
{
    private static readonly string[] CommonElementFields =
    {
        "key", "clause", "clause-status", "parent", "title", "pages", "summary", "aliases", "stages", "actors",
        "provenance", "notes",
    };

    public static ParsedFile Parse(string path, string logicalPath, string? kind, string? editionFolder, string? text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var result = new Builder(path, logicalPath, kind ?? "unknown");
        try
        {
            if (kind is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticIds.InvalidValue,
                    SourceSpan.FileStart(path),
                    "file",
                    "'" + logicalPath + "' is not a recognised catalogue file (see catalog/README.md, Layout)"));
                return result.Build(diagnostics);
            }

            if (text is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.YamlSyntax, SourceSpan.FileStart(path), "the file could not be read"));
                return result.Build(diagnostics);
            }

            var root = Load(path, text, diagnostics);
            if (root is null)
            {
                return result.Build(diagnostics);
            }

            var file = new MappingReader(root, path, "file " + logicalPath, diagnostics);
            switch (kind)
            {
                case FileKinds.Sources:
                    ParseSources(file, result);
                    break;
                case FileKinds.DataVersion:
                    result.DataVersion = file.RequiredString("data-version");
                    if (result.DataVersion is not null && !Vocabulary.DataVersion.IsMatch(result.DataVersion))
                    {
                        file.Report(DiagnosticIds.InvalidValue, file.SpanOf("data-version"), "data-version", "expected YYYY.N.N, e.g. 2026.11.0");
                    }

                    break;
                case FileKinds.Stages:
                    ParseTerms(file, result, "stages", "stage");
                    break;
                case FileKinds.Actors:
                    ParseTerms(file, result, "actors", "actor");
                    break;
                case FileKinds.Areas:
                    ParseTerms(file, result, "areas", "area");
                    break;
                case FileKinds.Lineage:
                    result.Lineage = ParseLineage(file);
                    break;
                case FileKinds.InstrumentLevels:
                    ParseInstrumentLevels(file, result);
                    break;
                case FileKinds.Instruments:
                    ParseInstruments(file, result);
                    break;
                case FileKinds.CrosswalkRegistry:
                    result.Crosswalk = CrosswalkParser.ParseRegistry(file);
                    break;
                case FileKinds.CrosswalkTerms:
                    result.Crosswalk = CrosswalkParser.ParseTerms(file);
                    break;
                case FileKinds.CrosswalkSet:
                    result.Crosswalk = CrosswalkParser.ParseSet(file);
                    break;
                case FileKinds.Edition:
                    result.Edition = ReadEdition(file, editionFolder);
                    result.Manifest = ParseManifest(file, result.Edition);
                    break;
                default:
                    result.Edition = ReadEdition(file, editionFolder);
                    ParseElements(file, kind, result);
                    break;
            }

            file.Complete();
        }
        catch (Exception ex)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.Internal, SourceSpan.FileStart(path), ex.GetType().Name + ": " + ex.Message));
        }

        return result.Build(diagnostics);
    }

    private static YamlMappingNode? Load(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        if (text.Trim().Length == 0 || IsOnlyComments(text))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.MissingField, SourceSpan.FileStart(path), "(document)", "an empty file"));
            return null;
        }

        if (InputGuards.Check(path, text) is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(problem.Id, problem.Span, problem.Message));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is not null && ex.Message.IndexOf("Duplicate key", StringComparison.Ordinal) >= 0
                ? "duplicate key in a mapping"
                : TrimMark(ex.Message);
            // For scanner errors ("While scanning X, found Y") Start is where X began and End is where the problem is.
            var at = ex.End.Line > ex.Start.Line ? Spans.Of(path, ex.End, ex.End) : Spans.Of(path, ex.Start, ex.End);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.YamlSyntax, at, message));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet sometimes fails with a non-YAML exception on malformed input (e.g. an unclosed flow
            // sequence). Walk the event stream again to find the last position it could read, and report there.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.YamlSyntax, LastReadablePosition(path, text), "malformed YAML that the parser cannot read past this point (an unclosed bracket, brace or quote?)"));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticIds.YamlSyntax,
                stream.Documents.Count > 1 ? Spans.Of(path, stream.Documents[1].RootNode) : SourceSpan.FileStart(path),
                "a catalogue file holds exactly one YAML document"));
            return null;
        }

        var rootNode = stream.Documents[0].RootNode;

        if (rootNode is not YamlMappingNode root)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.WrongType, Spans.Of(path, rootNode), "(document)", "a mapping", MappingReader.Describe(rootNode)));
            return null;
        }

        return root;
    }

    private static SourceSpan LastReadablePosition(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        Mark? last = null;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current?.Start;
            }
        }
        catch (Exception)
        {
            last = parser.Current?.Start ?? last;
        }

        return last is { } mark ? Spans.Of(path, mark, mark) : SourceSpan.FileStart(path);
    }

    private static bool IsOnlyComments(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#' && line != "---" && line != "...")
            {
                return false;
            }
        }

        return true;
    }

    private static string TrimMark(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the location is reported separately.
        var idx = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && idx >= 0 ? message.Substring(idx + 3) : message;
    }

    private static string? ReadEdition(MappingReader file, string? editionFolder)
    {
        var edition = file.RequiredString("edition");
        if (edition is null)
        {
            return null;
        }

        if (!Vocabulary.Edition.IsMatch(edition))
        {
            file.Report(DiagnosticIds.InvalidValue, file.SpanOf("edition"), "edition", "expected a number such as \"1.0\", found '" + edition + "'");
            return null;
        }

        if (editionFolder is not null && editionFolder != edition)
        {
            file.Report(DiagnosticIds.Manifest, file.SpanOf("edition"), "the file says edition " + edition + " but sits in the folder editions/" + editionFolder + "/");
        }

        return edition;
    }

    private static void ParseElements(MappingReader file, string kind, Builder result)
    {
        var seq = file.Sequence(kind, required: true);
        if (seq is null || result.Edition is null)
        {
            return;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), kind + "[]", "a mapping", MappingReader.Describe(item));
                continue;
            }

            var element = ParseElement(new MappingReader(map, file.Path, Singular(kind), file.Diagnostics), kind, result.Edition);
            if (element is not null)
            {
                result.Elements.Add(element);
            }
        }
    }

    private static ElementModel? ParseElement(MappingReader r, string kind, string edition)
    {
        r.Allow(CommonElementFields);
        var key = r.RequiredString("key");
        if (key is not null && !Vocabulary.Key.IsMatch(key))
        {
            r.Report(DiagnosticIds.InvalidValue, r.SpanOf("key"), "key", "'" + key + "' is not kebab-case ([a-z][a-z0-9]*(-[a-z0-9]+)*)");
            key = null;
        }

        var clause = r.RequiredNullableString("clause");
        if (clause is not null && !Vocabulary.Clause.IsMatch(clause) && !(kind == "appendices" && Vocabulary.AppendixLabel.IsMatch(clause)))
        {
            r.Report(DiagnosticIds.InvalidValue, r.SpanOf("clause"), "clause", "'" + clause + "' is not a clause as printed, such as \"3.1.1(a)\" or \"5.10\" (or, for an appendix, its label such as 附件1)");
        }

        var clauseStatus = Enum(r, "clause-status", Vocabulary.ProvenanceStatuses, required: false);
        var needsParent = kind is not "sections" and not "appendices";
        var parent = r.Ref("parent", required: needsParent);
        if (!needsParent && parent is not null)
        {
            r.Report(DiagnosticIds.InvalidValue, r.SpanOf("parent"), "parent", Singular(kind) + " elements have no parent");
        }

        var title = ParseTitle(r, "title", required: true);
        var pages = ParsePages(r);
        var summary = r.RequiredString("summary");
        var aliases = ParseAliases(r);
        var stages = ParseMappings(r, "stages", "stage");
        var actors = ParseMappings(r, "actors", "actor");
        var provenance = ParseProvenance(r, "provenance", required: true);
        var notes = r.OptionalString("notes");

        string? area = null, areaBasis = null, areaNote = null, unaddressed = null;
        var addresses = EquatableArray<AddressModel>.Empty;
        var answers = EquatableArray<AddressModel>.Empty;
        switch (kind)
        {
            case "risks":
                area = r.RequiredString("area");
                areaBasis = Enum(r, "area-basis", Vocabulary.Bases, required: false) ?? "normative";
                areaNote = r.OptionalString("area-note");
                if (areaBasis == "editorial" && string.IsNullOrWhiteSpace(areaNote))
                {
                    r.Report(DiagnosticIds.MissingField, r.Span, "area-note", "a risk whose area is editorial (give the one-line rationale)");
                }

                // Retired in data 2026.12: MIT's codings are the mapping set crosswalks/sets/1.0-mit-ai-risk-repository.yaml.
                // Named for one data version (AIGOV016, with what to do) before it becomes an unknown field.
                if (r.Mapping("mit", required: false) is not null)
                {
                    r.Report(
                        DiagnosticIds.RetiredField,
                        r.SpanOf("mit"),
                        "mit",
                        "2026.12",
                        "MIT's codings are a crosswalk mapping set (crosswalks/sets/1.0-mit-ai-risk-repository.yaml); put the coding there as a row (subject: this risk's ID, predicate: skos:broadMatch, object: the domain, evidence: the MIT ID) and delete the field");
                }

                unaddressed = r.OptionalString("unaddressed-note");
                break;
            case "technical-measures":
            case "governance-measures":
                addresses = ParseAddresses(r, "addresses", required: true);
                break;
            case "measure-groups":
                answers = ParseAddresses(r, "answers", required: false);
                break;
        }

        r.Complete();
        if (key is null || summary is null || title is null || provenance is null || (needsParent && parent is null))
        {
            return null;
        }

        return new ElementModel(
            kind, edition, key, clause, clauseStatus, parent, title, pages, summary, aliases, stages, actors, provenance, notes,
            area, areaBasis, areaNote, unaddressed, addresses, answers, r.Span, r.SpanOf("key"));
    }

    private static TitleModel? ParseTitle(MappingReader r, string field, bool required)
    {
        var map = r.Mapping(field, required);
        if (map is null)
        {
            return null;
        }

        var t = new MappingReader(map, r.Path, field, r.Diagnostics);
        var zh = ParseTitleText(t, "zh", allowTranslation: false);
        var en = ParseTitleText(t, "en", allowTranslation: true);
        t.Complete();
        return zh is null || en is null ? null : new TitleModel(zh, en);
    }

    private static TitleTextModel? ParseTitleText(MappingReader parent, string field, bool allowTranslation)
    {
        var map = parent.Mapping(field, required: true);
        return map is null ? null : ParseTitleTextNode(new MappingReader(map, parent.Path, "title." + field, parent.Diagnostics), allowTranslation);
    }

    private static TitleTextModel? ParseTitleTextNode(MappingReader t, bool allowTranslation)
    {
        var text = t.RequiredNullableString("text");
        var status = Enum(t, "status", Vocabulary.TitleStatuses, required: true);
        var sources = t.StringList("sources");
        var note = t.OptionalString("note");
        t.Complete();
        if (status is null)
        {
            return null;
        }

        if (status == "translation" && !allowTranslation)
        {
            t.Report(DiagnosticIds.InvalidValue, t.SpanOf("status"), "status", "only an English title can be our translation");
        }

        if (status == "unknown" && text is not null)
        {
            t.Report(DiagnosticIds.InvalidValue, t.SpanOf("text"), "text", "a title with status 'unknown' must have text: null (never fill a gap with a guess)");
        }

        if (text is null && status is "verified" or "translation")
        {
            t.Report(DiagnosticIds.InvalidValue, t.SpanOf("status"), "status", "a title with text: null cannot have status '" + status + "'");
        }

        return new TitleTextModel(text, status, sources, note);
    }

    private static PagesModel? ParsePages(MappingReader r)
    {
        var map = r.Mapping("pages", required: false);
        if (map is null)
        {
            return null;
        }

        var p = new MappingReader(map, r.Path, "pages", r.Diagnostics);
        var zh = Page(p, "zh");
        var en = Page(p, "en");
        var note = p.OptionalString("note");
        p.Complete();
        return new PagesModel(zh, en, note);
    }

    private static string? Page(MappingReader p, string field)
    {
        var value = p.OptionalString(field);
        if (value is not null && !Vocabulary.Page.IsMatch(value))
        {
            p.Report(DiagnosticIds.InvalidValue, p.SpanOf(field), "pages." + field, "'" + value + "' is not a page or range such as \"3\" or \"4-5\"");
            return null;
        }

        return value;
    }

    private static EquatableArray<AliasModel> ParseAliases(MappingReader r)
    {
        var seq = r.Sequence("aliases", required: false);
        if (seq is null)
        {
            return EquatableArray<AliasModel>.Empty;
        }

        var list = new List<AliasModel>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Report(DiagnosticIds.WrongType, Spans.Of(r.Path, item), "aliases[]", "a mapping { text, sources, note }", MappingReader.Describe(item));
                continue;
            }

            var a = new MappingReader(map, r.Path, "alias", r.Diagnostics);
            var text = a.RequiredString("text");
            var sources = a.StringList("sources");
            var note = a.OptionalString("note");
            a.Complete();
            if (text is not null)
            {
                list.Add(new AliasModel(text, sources, note, a.Span));
            }
        }

        return list.ToEquatableArray();
    }

    private static EquatableArray<MappingModel> ParseMappings(MappingReader r, string field, string valueField)
    {
        var seq = r.Sequence(field, required: false);
        if (seq is null)
        {
            return EquatableArray<MappingModel>.Empty;
        }

        var list = new List<MappingModel>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Report(DiagnosticIds.WrongType, Spans.Of(r.Path, item), field + "[]", "a mapping { " + valueField + ", basis, note }", MappingReader.Describe(item));
                continue;
            }

            var m = new MappingReader(map, r.Path, field + " entry", r.Diagnostics);
            var value = m.RequiredString(valueField);
            var basis = Enum(m, "basis", Vocabulary.Bases, required: true);
            var note = m.OptionalString("note");
            if (basis == "editorial" && string.IsNullOrWhiteSpace(note))
            {
                m.Report(DiagnosticIds.MissingField, m.Span, "note", "an editorial mapping (give the one-line rationale)");
            }

            m.Complete();
            if (value is not null && basis is not null)
            {
                list.Add(new MappingModel(value, basis, note, m.SpanOf(valueField)));
            }
        }

        return list.ToEquatableArray();
    }

    private static EquatableArray<AddressModel> ParseAddresses(MappingReader r, string field, bool required)
    {
        var seq = r.Sequence(field, required);
        if (seq is null)
        {
            return EquatableArray<AddressModel>.Empty;
        }

        var list = new List<AddressModel>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Report(DiagnosticIds.WrongType, Spans.Of(r.Path, item), field + "[]", "a mapping { ref, basis, note }", MappingReader.Describe(item));
                continue;
            }

            var m = new MappingReader(map, r.Path, field == "answers" ? "answer" : "address", r.Diagnostics);
            var reference = m.RequiredString("ref");
            var basis = Enum(m, "basis", Vocabulary.Bases, required: true);
            var note = m.OptionalString("note");
            if (basis == "editorial" && string.IsNullOrWhiteSpace(note))
            {
                m.Report(DiagnosticIds.MissingField, m.Span, "note", "an editorial mapping (give the one-line rationale)");
            }

            m.Complete();
            if (reference is not null && basis is not null)
            {
                list.Add(new AddressModel(reference, basis, note, m.SpanOf("ref")));
            }
        }

        return list.ToEquatableArray();
    }

    private static ProvenanceModel? ParseProvenance(MappingReader r, string field, bool required)
    {
        var map = r.Mapping(field, required);
        if (map is null)
        {
            return null;
        }

        var p = new MappingReader(map, r.Path, field, r.Diagnostics);
        var status = Enum(p, "status", Vocabulary.ProvenanceStatuses, required: true);
        var sources = ReadSourceIds(p, "sources", required: true);
        if (p.Has("sources") && sources.IsEmpty)
        {
            p.Report(DiagnosticIds.InvalidValue, p.SpanOf("sources"), "sources", "provenance needs at least one source");
        }

        var note = p.OptionalString("note");
        p.Complete();
        return status is null ? null : new ProvenanceModel(status, sources, note, p.SpanOf("sources"));
    }

    private static EquatableArray<string> ReadSourceIds(MappingReader r, string field, bool required)
    {
        var list = r.StringList(field, required);
        foreach (var id in list)
        {
            if (!Vocabulary.SourceId.IsMatch(id))
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf(field), field, "'" + id + "' is not a source ID such as SRC-04");
            }
        }

        return list;
    }

    private static string? Enum(MappingReader r, string field, string[] allowed, bool required)
    {
        var value = required ? r.RequiredString(field) : r.OptionalString(field);
        if (value is not null && !Vocabulary.Contains(allowed, value))
        {
            r.Report(DiagnosticIds.UnknownVocabulary, r.SpanOf(field), field, value, string.Join(", ", allowed));
            return null;
        }

        return value;
    }

    private static EditionManifestModel? ParseManifest(MappingReader r, string? edition)
    {
        var key = r.RequiredString("key");
        if (key is not null && !Vocabulary.Key.IsMatch(key))
        {
            r.Report(DiagnosticIds.InvalidValue, r.SpanOf("key"), "key", "'" + key + "' is not kebab-case");
            key = null;
        }

        var title = ParseTitle(r, "title", required: true);
        var issuer = ParseTitle(r, "issuer", required: true);
        var released = r.RequiredString("released");
        if (released is not null && !Vocabulary.Date.IsMatch(released))
        {
            r.Report(DiagnosticIds.InvalidValue, r.SpanOf("released"), "released", "expected an ISO date such as \"2024-09-09\"");
            released = null;
        }

        TitleTextModel? venue = null;
        var venueMap = r.Mapping("release-venue", required: true);
        if (venueMap is not null)
        {
            venue = ParseTitleTextNode(new MappingReader(venueMap, r.Path, "release-venue", r.Diagnostics), allowTranslation: true);
        }

        var official = ReadSourceIds(r, "official-sources", required: true);
        var languages = r.StringList("languages", required: true);
        foreach (var language in languages)
        {
            if (!Vocabulary.Contains(Vocabulary.Languages, language))
            {
                r.Report(DiagnosticIds.UnknownVocabulary, r.SpanOf("languages"), "language", language, string.Join(", ", Vocabulary.Languages));
            }
        }

        var completeness = Enum(r, "completeness", Vocabulary.Completeness, required: true);
        var completenessNote = r.OptionalString("completeness-note");
        var summary = r.RequiredString("summary");
        var gaps = new List<KnownGapModel>();
        var gapSeq = r.Sequence("known-gaps", required: false);
        if (gapSeq is not null)
        {
            foreach (var item in gapSeq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    r.Report(DiagnosticIds.WrongType, Spans.Of(r.Path, item), "known-gaps[]", "a mapping", MappingReader.Describe(item));
                    continue;
                }

                var g = new MappingReader(map, r.Path, "known gap", r.Diagnostics);
                var clause = g.RequiredNullableString("clause");
                var status = Enum(g, "status", Vocabulary.ProvenanceStatuses, required: true);
                var sources = ReadSourceIds(g, "sources", required: false);
                var note = g.RequiredString("note");
                g.Complete();
                if (status is not null && note is not null)
                {
                    gaps.Add(new KnownGapModel(clause, status, sources, note));
                }
            }
        }

        var facts = new List<FactModel>();
        var factSeq = r.Sequence("facts", required: false);
        if (factSeq is not null)
        {
            var topics = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            foreach (var item in factSeq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    r.Report(DiagnosticIds.WrongType, Spans.Of(r.Path, item), "facts[]", "a mapping { topic, text, status, sources, note }", MappingReader.Describe(item));
                    continue;
                }

                var f = new MappingReader(map, r.Path, "fact", r.Diagnostics);
                var topic = f.RequiredString("topic");
                if (topic is not null && !Vocabulary.Key.IsMatch(topic))
                {
                    f.Report(DiagnosticIds.InvalidValue, f.SpanOf("topic"), "topic", "'" + topic + "' is not a kebab-case key such as update-aims");
                    topic = null;
                }
                else if (topic is not null && topics.TryGetValue(topic, out var first))
                {
                    f.Report(DiagnosticIds.Duplicate, f.SpanOf("topic"), "fact topic", topic, first.ToString());
                    topic = null;
                }
                else if (topic is not null)
                {
                    topics[topic] = f.SpanOf("topic");
                }

                var text = f.RequiredString("text");
                var status = Enum(f, "status", Vocabulary.ProvenanceStatuses, required: true);
                var sources = ReadSourceIds(f, "sources", required: true);
                var note = f.OptionalString("note");
                f.Complete();
                if (topic is not null && text is not null && status is not null)
                {
                    facts.Add(new FactModel(topic, text, status, sources, note, f.Span));
                }
            }
        }

        var character = ParseCharacter(r);
        var provenance = ParseProvenance(r, "provenance", required: true);
        var notes = r.OptionalString("notes");
        if (edition is null || key is null || title is null || issuer is null || released is null || venue is null
            || completeness is null || summary is null || provenance is null)
        {
            return null;
        }

        return new EditionManifestModel(
            edition, key, title, issuer, released, venue, official, languages, completeness, completenessNote, summary,
            gaps.ToEquatableArray(), facts.ToEquatableArray(), character, provenance, notes, r.Span);
    }

    private static void ParseSources(MappingReader file, Builder result)
    {
        var seq = file.Sequence("sources", required: true);
        if (seq is null)
        {
            return;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), "sources[]", "a mapping", MappingReader.Describe(item));
                continue;
            }

            var r = new MappingReader(map, file.Path, "source", file.Diagnostics);
            var id = r.RequiredString("id");
            if (id is not null && !Vocabulary.SourceId.IsMatch(id))
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf("id"), "id", "'" + id + "' is not a source ID such as SRC-04");
                id = null;
            }

            var title = r.RequiredString("title");
            var location = r.RequiredString("location");
            var editions = r.StringList("editions", required: true);
            var trust = Enum(r, "trust", Vocabulary.Trust, required: true);
            var usedFor = r.RequiredString("used-for");
            var note = r.OptionalString("note");
            r.Complete();
            if (id is not null && title is not null && location is not null && trust is not null && usedFor is not null)
            {
                result.Sources.Add(new SourceModel(id, title, location, editions, trust, usedFor, note, r.SpanOf("id")));
            }
        }
    }

    private static void ParseTerms(MappingReader file, Builder result, string listKey, string vocabulary)
    {
        var seq = file.Sequence(listKey, required: true);
        if (seq is null)
        {
            return;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), listKey + "[]", "a mapping", MappingReader.Describe(item));
                continue;
            }

            var r = new MappingReader(map, file.Path, vocabulary, file.Diagnostics);
            var key = r.RequiredString("key");
            if (key is not null && !Vocabulary.Key.IsMatch(key))
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf("key"), "key", "'" + key + "' is not kebab-case");
                key = null;
            }

            string? parent = null, group = null;
            if (vocabulary == "stage")
            {
                parent = r.OptionalString("parent");
            }

            if (vocabulary == "actor")
            {
                group = Enum(r, "group", Vocabulary.ActorGroups, required: true);
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

            var summary = r.RequiredString("summary");
            var iso = EquatableArray<string>.Empty;
            var nist = EquatableArray<string>.Empty;
            if (vocabulary == "stage")
            {
                var cross = r.Mapping("crosswalk", required: false);
                if (cross is not null)
                {
                    var c = new MappingReader(cross, file.Path, "crosswalk", file.Diagnostics);
                    iso = c.StringList("iso-22989");
                    nist = c.StringList("nist-ai-rmf");
                    c.Complete();
                }
            }

            r.Complete();
            if (key is not null && zh is not null && en is not null && summary is not null)
            {
                result.Terms.Add(new VocabularyTermModel(vocabulary, key, parent, zh, en, summary, group, iso, nist, r.SpanOf("key")));
            }
        }
    }

    private static LineageModel? ParseLineage(MappingReader file)
    {
        var from = file.RequiredString("from");
        var to = file.RequiredString("to");
        var seq = file.Sequence("links", required: true);
        var links = new List<LineageLinkModel>();
        if (seq is not null)
        {
            foreach (var item in seq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), "links[]", "a mapping", MappingReader.Describe(item));
                    continue;
                }

                var r = new MappingReader(map, file.Path, "lineage link", file.Diagnostics);
                var linkFrom = r.Ref("from", required: true, nullable: true);
                var linkTo = r.RefList("to", required: true);
                var relation = Enum(r, "relation", Vocabulary.Relations, required: true);
                var also = r.StringList("also");
                foreach (var a in also)
                {
                    if (!Vocabulary.Contains(Vocabulary.Relations, a))
                    {
                        r.Report(DiagnosticIds.UnknownVocabulary, r.SpanOf("also"), "relation", a, string.Join(", ", Vocabulary.Relations));
                    }
                }

                var confidence = Enum(r, "confidence", Vocabulary.Confidences, required: true);
                var basis = Enum(r, "basis", Vocabulary.Bases, required: true);
                var evidence = ReadSourceIds(r, "evidence", required: true);
                var note = r.OptionalString("note");
                r.Complete();
                if (relation is not null && confidence is not null && basis is not null)
                {
                    links.Add(new LineageLinkModel(linkFrom, linkTo, relation, also, confidence, basis, evidence, note, r.Span));
                }
            }
        }

        return from is null || to is null ? null : new LineageModel(from, to, links.ToEquatableArray(), file.Span);
    }

    private static string Singular(string kind) => kind switch
    {
        "risk-categories" => "risk category",
        "risk-subcategories" => "risk sub-category",
        "appendices" => "appendix",
        _ => kind.TrimEnd('s').Replace('-', ' '),
    };

    /// <summary>Mutable accumulator, turned into an immutable <see cref="ParsedFile"/> at the end.</summary>
    private sealed class Builder
    {
        private readonly string _path;
        private readonly string _logicalPath;
        private readonly string _kind;

        public Builder(string path, string logicalPath, string kind)
        {
            _path = path;
            _logicalPath = logicalPath;
            _kind = kind;
        }

        public string? Edition { get; set; }

        public List<ElementModel> Elements { get; } = new();

        public EditionManifestModel? Manifest { get; set; }

        public List<VocabularyTermModel> Terms { get; } = new();

        public List<SourceModel> Sources { get; } = new();

        public LineageModel? Lineage { get; set; }

        public string? DataVersion { get; set; }

        public List<InstrumentLevelModel> Levels { get; } = new();

        public List<InstrumentModel> Instruments { get; } = new();

        public List<InstrumentLinkModel> Links { get; } = new();

        public CrosswalkFileModel? Crosswalk { get; set; }

        public ParsedFile Build(List<DiagnosticInfo> diagnostics) => new(
            _path,
            _logicalPath,
            _kind,
            Edition,
            Elements.ToEquatableArray(),
            Manifest,
            Terms.ToEquatableArray(),
            Sources.ToEquatableArray(),
            Lineage,
            DataVersion,
            Levels.Count + Instruments.Count + Links.Count == 0
                ? null
                : new InstrumentFileModel(Levels.ToEquatableArray(), Instruments.ToEquatableArray(), Links.ToEquatableArray()),
            diagnostics.ToEquatableArray(),
            Crosswalk);
    }
}
