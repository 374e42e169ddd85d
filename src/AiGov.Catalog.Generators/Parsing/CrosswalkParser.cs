using System.Collections.Generic;
using System.Globalization;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>
/// Parses the crosswalk files under <c>catalog/crosswalks/</c>: the framework registry, the term lists and the
/// mapping sets. Reports shape problems only; whether a framework, term or subject exists is the linker's check.
/// </summary>
internal static class CrosswalkParser
{
    /// <summary>The SKOS mapping predicates a row may use (SSSOM's predicate_id for crosswalks).</summary>
    public static readonly string[] Predicates =
    {
        "skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch", "skos:relatedMatch",
    };

    /// <summary>The SEMAPV justifications a row may give.</summary>
    public static readonly string[] Justifications =
    {
        "semapv:ManualMappingCuration", "semapv:MappingReview", "semapv:UnspecifiedMatching",
    };

    /// <summary>The SSSOM predicate modifier of a considered non-match.</summary>
    public const string NotModifier = "Not";

    public static CrosswalkFileModel ParseRegistry(MappingReader file)
    {
        var result = new List<FrameworkModel>();
        var seq = file.Sequence("frameworks", required: true);
        foreach (var map in Items(file, seq, "frameworks[]"))
        {
            var r = new MappingReader(map, file.Path, "framework", file.Diagnostics);
            var id = r.RequiredString("id");
            var version = r.RequiredString("version");
            var title = r.RequiredString("title");
            var publisher = r.RequiredString("publisher");
            var licence = r.RequiredString("licence");
            var citation = r.RequiredString("citation");
            var url = r.RequiredString("url");
            var prefix = r.RequiredString("prefix");
            var baseIri = r.RequiredString("base");
            var pattern = r.RequiredString("id-pattern");
            r.Complete();
            if (id is not null && !Vocabulary.Key.IsMatch(id))
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf("id"), "id", "a framework ID is lower-case kebab-case, e.g. nist-ai-rmf");
            }

            if (pattern is not null && !IsRegex(pattern))
            {
                r.Report(DiagnosticIds.InvalidValue, r.SpanOf("id-pattern"), "id-pattern", "not a valid regular expression");
                pattern = null;
            }

            if (id is not null && version is not null && title is not null && publisher is not null && licence is not null
                && citation is not null && url is not null && prefix is not null && baseIri is not null && pattern is not null)
            {
                result.Add(new FrameworkModel(id, version, title, publisher, licence, citation, url, prefix, baseIri, pattern, r.Span));
            }
        }

        return new CrosswalkFileModel(result.ToEquatableArray(), null, null);
    }

    public static CrosswalkFileModel ParseTerms(MappingReader file)
    {
        var framework = file.RequiredString("framework");
        var version = file.RequiredString("version");
        var terms = new List<FrameworkTermModel>();
        foreach (var map in Items(file, file.Sequence("terms", required: true), "terms[]"))
        {
            var r = new MappingReader(map, file.Path, "term", file.Diagnostics);
            var id = r.RequiredString("id");
            var kind = r.RequiredString("kind");
            var parent = r.OptionalString("parent");
            var title = r.OptionalString("title");
            var statement = r.OptionalString("statement");
            r.Complete();
            if (title is null && statement is null)
            {
                r.Report(DiagnosticIds.MissingField, r.Span, "title' or 'statement", "term");
            }

            if (id is not null && kind is not null)
            {
                terms.Add(new FrameworkTermModel(id, kind, parent, title, statement, r.SpanOf("id")));
            }
        }

        return new CrosswalkFileModel(
            EquatableArray<FrameworkModel>.Empty,
            framework is null || version is null ? null : new TermListModel(framework, version, terms.ToEquatableArray(), file.SpanOf("framework")),
            null);
    }

    public static CrosswalkFileModel ParseSet(MappingReader file)
    {
        var id = file.RequiredString("id");
        var edition = file.RequiredString("edition");
        var framework = file.RequiredString("framework");
        var frameworkVersion = file.RequiredString("framework-version");
        var title = file.RequiredString("title");
        var version = file.RequiredString("version");
        var date = file.RequiredString("date");
        var licence = file.RequiredString("licence");
        var authors = file.StringList("authors", required: true);
        var citation = file.OptionalString("citation");
        if (edition is not null && !Vocabulary.Edition.IsMatch(edition))
        {
            file.Report(DiagnosticIds.InvalidValue, file.SpanOf("edition"), "edition", "expected an edition such as \"1.0\"");
        }

        if (licence is not null && !licence.StartsWith("https://", System.StringComparison.Ordinal) && !licence.StartsWith("http://", System.StringComparison.Ordinal))
        {
            file.Report(DiagnosticIds.InvalidValue, file.SpanOf("licence"), "licence", "a mapping set's licence is a URL (SSSOM's license slot), e.g. https://creativecommons.org/licenses/by/4.0/");
        }

        if (date is not null && !Vocabulary.Date.IsMatch(date))
        {
            file.Report(DiagnosticIds.InvalidValue, file.SpanOf("date"), "date", "expected YYYY-MM-DD");
        }

        var rows = new List<MappingRowModel>();
        foreach (var map in Items(file, file.Sequence("mappings", required: true), "mappings[]"))
        {
            var r = new MappingReader(map, file.Path, "mapping", file.Diagnostics);
            var subject = r.RequiredString("subject");
            var predicate = r.RequiredString("predicate");
            var modifier = r.OptionalString("predicate-modifier");
            var obj = r.RequiredString("object");
            var justification = r.RequiredString("justification");
            var author = r.RequiredString("author");
            var confidence = ReadConfidence(r);
            var rationale = r.RequiredString("rationale");
            var evidence = r.OptionalString("evidence");
            r.Complete();
            if (predicate is not null && !Vocabulary.Contains(Predicates, predicate))
            {
                r.Report(DiagnosticIds.UnknownVocabulary, r.SpanOf("predicate"), "predicate", predicate, string.Join(", ", Predicates));
                predicate = null;
            }

            if (modifier is not null && modifier != NotModifier)
            {
                r.Report(DiagnosticIds.UnknownVocabulary, r.SpanOf("predicate-modifier"), "predicate modifier", modifier, NotModifier);
            }

            if (justification is not null && !Vocabulary.Contains(Justifications, justification))
            {
                r.Report(DiagnosticIds.UnknownVocabulary, r.SpanOf("justification"), "justification", justification, string.Join(", ", Justifications));
                justification = null;
            }

            if (subject is not null && predicate is not null && obj is not null && justification is not null && author is not null && rationale is not null)
            {
                rows.Add(new MappingRowModel(subject, predicate, modifier == NotModifier, obj, justification, author, confidence, rationale, evidence, r.SpanOf("subject"), r.SpanOf("object")));
            }
        }

        var ok = id is not null && edition is not null && framework is not null && frameworkVersion is not null && title is not null
            && version is not null && date is not null && licence is not null && authors.Count > 0;
        if (authors.Count == 0 && file.Has("authors"))
        {
            file.Report(DiagnosticIds.InvalidValue, file.SpanOf("authors"), "authors", "a mapping set names at least one author");
        }

        return new CrosswalkFileModel(
            EquatableArray<FrameworkModel>.Empty,
            null,
            ok ? new MappingSetModel(id!, edition!, framework!, frameworkVersion!, title!, version!, date!, licence!, authors, citation, rows.ToEquatableArray(), file.SpanOf("framework"), file.Span) : null);
    }

    private static double? ReadConfidence(MappingReader r)
    {
        var node = r.Find("confidence");
        if (node is null || MappingReader.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode s
            && double.TryParse(s.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value >= 0 && value <= 1)
        {
            return value;
        }

        r.Report(DiagnosticIds.InvalidValue, r.SpanOf("confidence"), "confidence", "a number from 0 to 1, e.g. 0.6");
        return null;
    }

    private static IEnumerable<YamlMappingNode> Items(MappingReader file, YamlSequenceNode? seq, string what)
    {
        if (seq is null)
        {
            yield break;
        }

        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode map)
            {
                yield return map;
            }
            else
            {
                file.Report(DiagnosticIds.WrongType, Spans.Of(file.Path, item), what, "a mapping", MappingReader.Describe(item));
            }
        }
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            return true;
        }
        catch (System.ArgumentException)
        {
            return false;
        }
    }
}
