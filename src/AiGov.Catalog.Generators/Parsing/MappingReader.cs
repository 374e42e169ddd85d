using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>
/// Reads the fields of one YAML mapping strictly: required fields must be present, values must have the expected
/// shape (no type coercion: a plain <c>1.0</c> is a number, not a string), and every field that was not read is
/// reported as unknown by <see cref="Complete"/>.
/// </summary>
internal sealed class MappingReader
{
    private static readonly Regex NumberOrBool = new(
        @"^(?:[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|true|True|TRUE|false|False|FALSE)$",
        RegexOptions.CultureInvariant);

    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly string _what;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly HashSet<string> _allowed = new();

    public MappingReader(YamlMappingNode node, string path, string what, List<DiagnosticInfo> diagnostics)
    {
        _node = node;
        _path = path;
        _what = what;
        _diagnostics = diagnostics;
    }

    public YamlMappingNode Node => _node;

    public string Path => _path;

    public List<DiagnosticInfo> Diagnostics => _diagnostics;

    public SourceSpan Span => Spans.Of(_path, _node);

    /// <summary>Marks fields as known without reading them.</summary>
    public void Allow(params string[] keys)
    {
        foreach (var k in keys)
        {
            _allowed.Add(k);
        }
    }

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key)
    {
        _allowed.Add(key);
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode s && s.Value == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public SourceSpan SpanOf(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode s && s.Value == key)
            {
                return Spans.Of(_path, pair.Value);
            }
        }

        return Span;
    }

    /// <summary>A required string; reports a missing field or a wrong type, and returns null then.</summary>
    public string? RequiredString(string key) => ReadString(key, required: true, nullable: false);

    /// <summary>A required field whose value may be an explicit <c>null</c> (unknown).</summary>
    public string? RequiredNullableString(string key) => ReadString(key, required: true, nullable: true);

    /// <summary>An optional string (absent or <c>null</c> gives null).</summary>
    public string? OptionalString(string key) => ReadString(key, required: false, nullable: true);

    public YamlMappingNode? Mapping(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                ReportMissing(key);
            }

            return null;
        }

        if (IsNull(node) && !required)
        {
            return null;
        }

        if (node is YamlMappingNode m)
        {
            return m;
        }

        Report(DiagnosticIds.WrongType, Spans.Of(_path, node), key, "a mapping", Describe(node));
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                ReportMissing(key);
            }

            return null;
        }

        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        Report(DiagnosticIds.WrongType, Spans.Of(_path, node), key, "a list", Describe(node));
        return null;
    }

    /// <summary>A list of strings (absent gives empty).</summary>
    public EquatableArray<string> StringList(string key, bool required = false)
    {
        var seq = Sequence(key, required);
        if (seq is null)
        {
            return EquatableArray<string>.Empty;
        }

        var items = new List<string>();
        foreach (var item in seq.Children)
        {
            var value = ScalarString(key, item, nullable: false);
            if (value is not null)
            {
                items.Add(value);
            }
        }

        return items.ToEquatableArray();
    }

    /// <summary>A list of strings with their locations.</summary>
    public EquatableArray<RefModel> RefList(string key, bool required = false)
    {
        var seq = Sequence(key, required);
        if (seq is null)
        {
            return EquatableArray<RefModel>.Empty;
        }

        var items = new List<RefModel>();
        foreach (var item in seq.Children)
        {
            var value = ScalarString(key, item, nullable: false);
            if (value is not null)
            {
                items.Add(new RefModel(value, Spans.Of(_path, item)));
            }
        }

        return items.ToEquatableArray();
    }

    public RefModel? Ref(string key, bool required, bool nullable = false)
    {
        var node = Find(key);
        var value = ReadString(key, required, nullable);
        return value is null || node is null ? null : new RefModel(value, Spans.Of(_path, node));
    }

    /// <summary>Reports every field of the mapping that no read or <see cref="Allow"/> call asked for.</summary>
    public void Complete()
    {
        foreach (var pair in _node.Children)
        {
            var name = pair.Key is YamlScalarNode s ? s.Value ?? string.Empty : Describe(pair.Key);
            if (!_allowed.Contains(name))
            {
                var suggestion = NearestName.Find(name, _allowed);
                Report(
                    DiagnosticIds.UnknownField,
                    Spans.Of(_path, pair.Key),
                    name,
                    _what,
                    suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)",
                    string.Join(", ", _allowed.OrderBy(a => a, System.StringComparer.Ordinal)));
            }
        }
    }

    public void Report(string id, SourceSpan span, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(id, span, args));

    public string? ScalarString(string key, YamlNode node, bool nullable)
    {
        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticIds.WrongType, Spans.Of(_path, node), key, "a string", Describe(node));
            return null;
        }

        if (IsNull(scalar))
        {
            if (!nullable)
            {
                Report(DiagnosticIds.WrongType, Spans.Of(_path, node), key, "a string", "null");
            }

            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && NumberOrBool.IsMatch(scalar.Value ?? string.Empty))
        {
            Report(
                DiagnosticIds.WrongType,
                Spans.Of(_path, node),
                key,
                "a string (quote it: \"" + scalar.Value + "\")",
                "a number or boolean");
            return null;
        }

        return scalar.Value ?? string.Empty;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == ScalarStyle.Plain && (s.Value is null || s.Value.Length == 0 || s.Value is "null" or "Null" or "NULL" or "~");

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "null",
        YamlScalarNode s => "'" + Truncate(s.Value ?? string.Empty) + "'",
        _ => "an alias",
    };

    private static string Truncate(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "…";

    private string? ReadString(string key, bool required, bool nullable)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                ReportMissing(key);
            }

            return null;
        }

        return ScalarString(key, node, nullable);
    }

    private void ReportMissing(string key) => Report(DiagnosticIds.MissingField, Span, key, _what);
}
