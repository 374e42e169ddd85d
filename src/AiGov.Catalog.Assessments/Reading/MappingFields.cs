using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>
/// The fields of one mapping: reports repeated keys and unknown fields (with a "did you mean" for typos) once, and
/// gives typed access to each field, reporting missing fields and wrong types at the right position.
/// </summary>
internal sealed class MappingFields
{
    private readonly Dictionary<string, DocProperty> _fields = new(StringComparer.Ordinal);
    private readonly ProblemSink _sink;

    public MappingFields(DocNode mapping, string path, ProblemSink sink, IReadOnlyList<string> allowed)
    {
        Mapping = mapping;
        Path = path;
        _sink = sink;
        foreach (var property in mapping.Properties)
        {
            if (_fields.TryGetValue(property.Key, out var first))
            {
                sink.Error(property.KeyLocation, AssessmentProblemCode.Duplicate, Join(property.Key), "the key '" + property.Key + "' appears twice in this mapping (first at line " + first.KeyLocation.Line.ToString(CultureInfo.InvariantCulture) + ")");
                continue;
            }

            _fields[property.Key] = property;
            if (!allowed.Contains(property.Key, StringComparer.Ordinal))
            {
                var suggestion = Closest(property.Key, allowed);
                sink.Error(property.KeyLocation, AssessmentProblemCode.UnknownField, Join(property.Key), "unknown field '" + property.Key + "'"
                    + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)")
                    + "; the fields here are " + string.Join(", ", allowed.Where(a => a[0] != '$')));
            }
        }
    }

    public DocNode Mapping { get; }

    public string Path { get; }

    public string Join(string key) => Path.Length == 0 ? key : Path + "." + key;

    public DocProperty? Get(string key) => _fields.TryGetValue(key, out var property) ? property : null;

    public void Missing(string key, string why)
    {
        _sink.Error(Mapping.Location, AssessmentProblemCode.MissingField, Join(key), "the required field '" + key + "' is missing" + why);
    }

    /// <summary>A required text field: missing, null, non-text and empty are reported. Returns null when invalid.</summary>
    public (string Text, SourceLocation Location)? RequiredString(string key, string why = "")
    {
        var property = Get(key);
        if (property is null)
        {
            Missing(key, why);
            return null;
        }

        return AsString(property, required: true);
    }

    /// <summary>An optional text field: null or absent gives null; wrong types are reported.</summary>
    public (string Text, SourceLocation Location)? OptionalString(string key)
    {
        var property = Get(key);
        return property is null || property.Value.ScalarType == ScalarType.Null && property.Value.Kind == DocNodeKind.Scalar
            ? null
            : AsString(property, required: false);
    }

    /// <summary>An optional list of text: absent or null gives an empty list; a single text value or other types are reported.</summary>
    public List<(string Text, SourceLocation Location)> OptionalStringList(string key)
    {
        var result = new List<(string, SourceLocation)>();
        var property = Get(key);
        if (property is null || property.Value.Kind == DocNodeKind.Scalar && property.Value.ScalarType == ScalarType.Null)
        {
            return result;
        }

        if (property.Value.Kind != DocNodeKind.Sequence)
        {
            _sink.Error(property.Value.Location, AssessmentProblemCode.WrongType, Join(key), "expected a list of text (one '- item' per line, or [a, b]), found " + property.Value.Describe());
            return result;
        }

        for (var i = 0; i < property.Value.Items.Count; i++)
        {
            var item = property.Value.Items[i];
            var itemPath = Join(key) + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
            if (item.Kind != DocNodeKind.Scalar || item.ScalarType != ScalarType.String)
            {
                _sink.Error(item.Location, AssessmentProblemCode.WrongType, itemPath, "expected text, found " + item.Describe() + QuoteHint(item));
                continue;
            }

            if (item.Text.Trim().Length == 0)
            {
                _sink.Error(item.Location, AssessmentProblemCode.InvalidValue, itemPath, "an empty item");
                continue;
            }

            result.Add((item.Text.Trim(), item.Location));
        }

        return result;
    }

    /// <summary>A list field (required or not): returns its items, or null when absent or of the wrong type (reported).</summary>
    public DocNode? Sequence(string key, bool required, string why = "")
    {
        var property = Get(key);
        if (property is null)
        {
            if (required)
            {
                Missing(key, why);
            }

            return null;
        }

        if (property.Value.Kind == DocNodeKind.Scalar && property.Value.ScalarType == ScalarType.Null && !required)
        {
            return null;
        }

        if (property.Value.Kind != DocNodeKind.Sequence)
        {
            _sink.Error(property.Value.Location, AssessmentProblemCode.WrongType, Join(key), "expected a list, found " + property.Value.Describe() + (required ? " (an empty list is written [])" : string.Empty));
            return null;
        }

        return property.Value;
    }

    private (string Text, SourceLocation Location)? AsString(DocProperty property, bool required)
    {
        var value = property.Value;
        var path = Join(property.Key);
        if (value.Kind == DocNodeKind.Scalar && value.ScalarType == ScalarType.Null)
        {
            _sink.Error(value.Location, AssessmentProblemCode.MissingField, path, "the field '" + property.Key + "' has no value");
            return null;
        }

        if (value.Kind != DocNodeKind.Scalar || value.ScalarType != ScalarType.String)
        {
            _sink.Error(value.Location, AssessmentProblemCode.WrongType, path, "expected text, found " + value.Describe() + QuoteHint(value));
            return null;
        }

        var text = value.Text.Trim();
        if (text.Length == 0)
        {
            _sink.Error(value.Location, AssessmentProblemCode.InvalidValue, path, "the field '" + property.Key + "' is empty" + (required ? string.Empty : " (leave it out instead)"));
            return null;
        }

        return (text, value.Location);
    }

    private static string QuoteHint(DocNode node) =>
        node.Kind == DocNodeKind.Scalar && node.ScalarType is ScalarType.Number or ScalarType.Boolean
            ? ": quote it (\"" + node.Text + "\") to make it text"
            : string.Empty;

    private static string? Closest(string key, IReadOnlyList<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = Distance(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
