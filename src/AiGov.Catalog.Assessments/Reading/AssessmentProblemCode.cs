namespace AiGov.Catalog.Assessments;

/// <summary>
/// The kinds of problem the reader reports, each with a stable code <c>AIGOV1nn</c> (the catalogue's own build
/// diagnostics are <c>AIGOV0nn</c>). See <see cref="AssessmentProblem.Code"/>.
/// </summary>
public enum AssessmentProblemCode
{
    /// <summary><c>AIGOV101</c>: the file is not well-formed YAML or JSON, not valid UTF-8, or empty.</summary>
    Syntax = 101,

    /// <summary><c>AIGOV102</c>: a required field is missing.</summary>
    MissingField = 102,

    /// <summary><c>AIGOV103</c>: a value has the wrong type (a list where a string belongs, a number where a quoted string belongs…).</summary>
    WrongType = 103,

    /// <summary><c>AIGOV104</c>: a field the format does not define (often a typo).</summary>
    UnknownField = 104,

    /// <summary><c>AIGOV105</c>: a risk assessed twice, or a key repeated in one mapping.</summary>
    Duplicate = 105,

    /// <summary><c>AIGOV106</c>: a risk ID that the catalogue does not know, or that names an element that is not a risk item.</summary>
    UnknownRisk = 106,

    /// <summary><c>AIGOV107</c>: a word outside its vocabulary (status, relation).</summary>
    UnknownValue = 107,

    /// <summary><c>AIGOV108</c>: a malformed value (format name, format version, date, evidence link, empty text).</summary>
    InvalidValue = 108,

    /// <summary><c>AIGOV109</c>: a risk of another edition than the one assessed, or an edition the catalogue does not have.</summary>
    WrongEdition = 109,

    /// <summary><c>AIGOV110</c>: the input exceeds a limit (size, nesting depth, value length) or uses YAML anchors or aliases.</summary>
    Limit = 110,

    /// <summary><c>AIGOV111</c> (warning): an entry that migration marked as needing review.</summary>
    NeedsReview = 111,

    /// <summary><c>AIGOV112</c>: a measure checklist names a measure that is unknown, of another edition, or does not address the entry's risk.</summary>
    UnknownMeasure = 112,

    /// <summary><c>AIGOV113</c> (warning): a risk marked addressed while some of its measures are not implemented.</summary>
    MeasureNotImplemented = 113,
}
