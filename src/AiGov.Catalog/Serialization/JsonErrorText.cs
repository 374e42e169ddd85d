using System;
using System.Linq;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// Turns a System.Text.Json error message into what the user should fix: the reader's wording ("… is not supported in
/// this mode. Change the reader options.", .NET type names, the appended "Path: … | LineNumber: …") never reaches the
/// user. The caller adds the location. Used by <c>GovernanceCatalog.Load</c> and by the assessment reader.
/// </summary>
internal static class JsonErrorText
{
    /// <summary>The user-facing sentence for <paramref name="message"/> (a <see cref="System.Text.Json.JsonException"/> message), without a location.</summary>
    /// <param name="message">The exception's message.</param>
    /// <param name="atEndOfInput">Whether the error is at the end of the input (the reader then often blames the last token).</param>
    public static string Describe(string message, bool atEndOfInput = false)
    {
        var text = WithoutPosition(message);
        var found = Quoted(text);
        if (atEndOfInput && !Contains(text, "trailing comma") && !Contains(text, "after a single JSON value") && !Contains(text, "without a matching open"))
        {
            return "the JSON ends too early: a value or a closing '}' or ']' is missing";
        }

        if (Contains(text, "trailing comma"))
        {
            return "a trailing comma before the closing " + (Contains(text, "array") ? "']'" : "'}'") + ": remove the last ','";
        }

        if (Contains(text, "is invalid within a JSON string"))
        {
            return "a line break or control character inside a string: is the closing '\"' missing? (write a line break as \\n)";
        }

        if (Contains(text, "end of string") && Contains(text, "end of data"))
        {
            return "a string is never closed: add the closing '\"'";
        }

        if (Contains(text, "depth to be zero") || Contains(text, "reached end of data"))
        {
            return "the JSON ends too early: a value or a closing '}' or ']' is missing";
        }

        if (Contains(text, "does not contain any JSON tokens"))
        {
            return "the file holds no JSON value";
        }

        if (Contains(text, "invalid start of a property name"))
        {
            return "expected a property name in double quotes (\"name\")" + Found(found) + (found == "'" ? ": JSON does not allow single quotes" : found is "/" ? ": JSON does not allow comments here" : string.Empty);
        }

        if (Contains(text, "invalid after a property name"))
        {
            return "expected ':' after the property name" + Found(found);
        }

        if (Contains(text, "invalid after a value"))
        {
            return "expected ',' or a closing '}' or ']' after the value" + Found(found) + " (is a comma missing?)";
        }

        if (Contains(text, "invalid after a single JSON value"))
        {
            return "more content after the end of the JSON value" + Found(found);
        }

        if (Contains(text, "invalid JSON literal") || Contains(text, "invalid start of a value"))
        {
            return "expected a value (text in double quotes, a number, true, false, null, an object or an array)" + Found(found)
                + (found == "'" ? ": JSON does not allow single quotes" : found == "/" ? ": JSON does not allow comments" : string.Empty);
        }

        if (Contains(text, "invalid end of a number") || Contains(text, "within a number"))
        {
            return "a malformed number" + Found(found);
        }

        if (Contains(text, "without a matching open"))
        {
            return found + " closes nothing: remove it or add the opening bracket it closes";
        }

        if (Contains(text, "could not be converted to"))
        {
            return "a value of the wrong type for this field" + ExpectedType(text);
        }

        if (Contains(text, "maximum configured depth"))
        {
            var digits = new string(text.Where(char.IsDigit).ToArray());
            return "nested deeper than the depth limit" + (digits.Length == 0 ? string.Empty : " of " + digits);
        }

        return text.Replace(" Change the reader options.", string.Empty).TrimEnd('.');
    }

    private static string ExpectedType(string text)
    {
        var type = text.Substring(text.IndexOf("converted to", StringComparison.Ordinal) + "converted to".Length).Trim().TrimEnd('.');
        return type switch
        {
            _ when type.StartsWith("System.String", StringComparison.Ordinal) => " (expected text in double quotes)",
            _ when type.StartsWith("System.Int", StringComparison.Ordinal) || type.StartsWith("System.Nullable`1[System.Int", StringComparison.Ordinal) => " (expected a whole number)",
            _ when type.StartsWith("System.Boolean", StringComparison.Ordinal) => " (expected true or false)",
            _ when type.Contains("ImmutableArray") || type.Contains("List`1") || type.EndsWith("[]", StringComparison.Ordinal) => " (expected an array)",
            _ => " (expected an object)",
        };
    }

    private static string Found(string? found) => found is null ? string.Empty : ", found " + Show(found);

    private static string Show(string found) => found == "'" ? "\"'\"" : "'" + found + "'";

    private static string? Quoted(string text)
    {
        // STJ messages begin with the offending text in single quotes: "'x' is invalid after …" (and "''' …" for a quote).
        if (!text.StartsWith("'", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("' is ", 1, StringComparison.Ordinal);
        return end > 0 ? text.Substring(1, end - 1) : null;
    }

    private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    private static string WithoutPosition(string message)
    {
        // "… Path: $.x | LineNumber: 3 | BytePositionInLine: 4." and "… LineNumber: 3 | BytePositionInLine: 4.": the
        // location is reported separately.
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        index = index >= 0 ? index : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index > 0 ? message.Substring(0, index) : message).Trim();
    }
}
