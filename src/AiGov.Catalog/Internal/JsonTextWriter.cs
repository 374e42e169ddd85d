using System;
using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;

namespace AiGov.Catalog.Internal;

/// <summary>
/// A forward-only writer of indented JSON text in UTF-16, into a pooled buffer. It writes exactly what
/// <see cref="System.Text.Json.Utf8JsonWriter"/> writes with <c>Indented = true</c>, <c>NewLine = "\n"</c> and
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: two-space indentation, <c>"name": value</c>, empty
/// containers as <c>{}</c> and <c>[]</c>, and the same escaping.
/// </summary>
/// <remarks>
/// <para>
/// Escaping: a string made only of characters the relaxed encoder never escapes (printable ASCII other than <c>"</c> and
/// <c>\</c>, and the CJK Unified Ideographs U+4E00–U+9FEF) is copied as is; any other string is escaped by
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> itself, straight into the buffer, as <c>Utf8JsonWriter</c>
/// has it escaped, so the output stays the same for every input, lone surrogates (written as <c>\uFFFD</c>) included (a
/// test compares the two on every UTF-16 code unit, on awkward strings and on random documents).
/// </para>
/// <para>
/// Writing UTF-16 directly skips what made <c>Utf8JsonWriter</c> slow for mostly-Chinese text: transcoding every string
/// to UTF-8 (three bytes per ideograph) and the whole document back to a string. The structure is not validated; the
/// callers are the library's own renderers. Not thread-safe; dispose to return the buffer to the pool.
/// </para>
/// </remarks>
internal sealed class JsonTextWriter : IDisposable
{
    private const int IndentSize = 2;

    // The longest escape of one UTF-16 code unit: \uXXXX.
    private const int MaxEscapedLength = 6;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private char[] _buffer;
    private int _length;
    private int _depth;

    // True from a container's start until its first item: ending it then writes "{}" or "[]".
    private bool _empty = true;

    // True after WritePropertyName: the next value follows the name on the same line.
    private bool _afterName;

    public JsonTextWriter(int initialCapacity = 16 * 1024) =>
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(initialCapacity, 16));

    public void WriteStartObject() => StartValue('{');

    public void WriteStartObject(string propertyName) => Start(propertyName, '{');

    public void WriteEndObject() => End('}');

    public void WriteStartArray() => StartValue('[');

    public void WriteStartArray(string propertyName) => Start(propertyName, '[');

    public void WriteEndArray() => End(']');

    public void WritePropertyName(string propertyName)
    {
        Name(propertyName);
        _afterName = true;
    }

    /// <summary>Writes a string property, or a <c>null</c> one when <paramref name="value"/> is null.</summary>
    public void WriteString(string propertyName, string? value)
    {
        Name(propertyName);
        StringOrNull(value);
    }

    /// <summary>Writes a string value (in an array or after <see cref="WritePropertyName"/>), or <c>null</c>.</summary>
    public void WriteStringValue(string? value)
    {
        BeforeValue();
        StringOrNull(value);
    }

    public void WriteNumber(string propertyName, int value)
    {
        Name(propertyName);
        Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public void WriteNull(string propertyName)
    {
        Name(propertyName);
        Append("null");
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => new(_buffer, 0, _length);

    /// <summary>The text written so far followed by one line break, in a single string.</summary>
    public string ToStringWithFinalNewLine()
    {
        Append('\n');
        var text = new string(_buffer, 0, _length);
        _length--;
        return text;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<char>();
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the relaxed encoder leaves every character of <paramref name="value"/> as it is.</summary>
    internal static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x7F)
            {
                if (c < 0x20 || c == '"' || c == '\\')
                {
                    return false;
                }
            }
            else if (c < 0x4E00 || c > 0x9FEF)
            {
                return false;
            }
        }

        return true;
    }

    private void Start(string propertyName, char bracket)
    {
        Name(propertyName);
        Append(bracket);
        _depth++;
        _empty = true;
    }

    private void StartValue(char bracket)
    {
        BeforeValue();
        Append(bracket);
        _depth++;
        _empty = true;
    }

    private void End(char bracket)
    {
        _depth--;
        if (!_empty)
        {
            NewLine();
        }

        Append(bracket);
        _empty = false;
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
        }
        else
        {
            BeforeItem();
        }
    }

    private void Name(string propertyName)
    {
        BeforeItem();
        Quoted(propertyName);
        Append(':');
        Append(' ');
    }

    // The separator and line break before an item of the current container; none before the root value.
    private void BeforeItem()
    {
        if (_depth > 0)
        {
            if (!_empty)
            {
                Append(',');
            }

            NewLine();
        }

        _empty = false;
    }

    private void NewLine()
    {
        var count = 1 + (_depth * IndentSize);
        var buffer = Ensure(count);
        buffer[_length] = '\n';
        buffer.AsSpan(_length + 1, count - 1).Fill(' ');
        _length += count;
    }

    private void StringOrNull(string? value)
    {
        if (value is null)
        {
            Append("null");
        }
        else
        {
            Quoted(value);
        }
    }

    private void Quoted(string value)
    {
        Append('"');
        if (IsPlain(value))
        {
            Append(value);
        }
        else
        {
            Escaped(value);
        }

        Append('"');
    }

    // What Utf8JsonWriter does with a string that needs escaping: the encoder writes it, here straight into the buffer.
    private void Escaped(string value)
    {
        var buffer = Ensure(MaxEscapedLength * value.Length);
        var status = Encoder.Encode(value.AsSpan(), buffer.AsSpan(_length), out _, out var written, isFinalBlock: true);
        if (status == OperationStatus.Done)
        {
            _length += written;
        }
        else
        {
            Append(Encoder.Encode(value));
        }
    }

    private void Append(char c)
    {
        Ensure(1)[_length++] = c;
    }

    private void Append(string text)
    {
        var buffer = Ensure(text.Length);
        text.CopyTo(0, buffer, _length, text.Length);
        _length += text.Length;
    }

    private char[] Ensure(int count)
    {
        var needed = _length + count;
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            Array.Copy(_buffer, larger, _length);
            if (_buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_buffer);
            }

            _buffer = larger;
        }

        return _buffer;
    }
}
