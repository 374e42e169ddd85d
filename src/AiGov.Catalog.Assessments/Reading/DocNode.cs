using System.Collections.Generic;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>The kinds of node of a parsed document.</summary>
internal enum DocNodeKind
{
    Mapping,
    Sequence,
    Scalar,
}

/// <summary>The type of a scalar, as YAML's core schema or JSON reads it.</summary>
internal enum ScalarType
{
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A node of a parsed assessment document, YAML or JSON alike, with the position of its first character. The validator
/// works on this model only, so both syntaxes get the same checks and the same messages.
/// </summary>
internal sealed class DocNode
{
    private DocNode(DocNodeKind kind, SourceLocation location)
    {
        Kind = kind;
        Location = location;
    }

    public DocNodeKind Kind { get; }

    public SourceLocation Location { get; }

    public string Text { get; private init; } = string.Empty;

    public ScalarType ScalarType { get; private init; }

    public List<DocProperty> Properties { get; } = new();

    public List<DocNode> Items { get; } = new();

    public static DocNode Mapping(SourceLocation location) => new(DocNodeKind.Mapping, location);

    public static DocNode Sequence(SourceLocation location) => new(DocNodeKind.Sequence, location);

    public static DocNode Scalar(SourceLocation location, string text, ScalarType type) =>
        new(DocNodeKind.Scalar, location) { Text = text, ScalarType = type };

    /// <summary>Describes the node for a "wrong type" message: "a list", "a number (3)", …</summary>
    public string Describe() => Kind switch
    {
        DocNodeKind.Mapping => "a mapping",
        DocNodeKind.Sequence => "a list",
        _ => ScalarType switch
        {
            ScalarType.Null => "an empty value (null)",
            ScalarType.Boolean => "a boolean (" + Text + ")",
            ScalarType.Number => "a number (" + Text + ")",
            _ => "text",
        },
    };
}

/// <summary>A key and its value in a mapping.</summary>
internal sealed record DocProperty(string Key, SourceLocation KeyLocation, DocNode Value);
