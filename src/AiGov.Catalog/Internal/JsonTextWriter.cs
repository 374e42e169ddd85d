using System;
using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// Writing UTF-16 directly skips the round trip through UTF-8 (three bytes per Chinese character) that a string result
/// needed with <c>Utf8JsonWriter</c>, and one capacity check per token replaces a check per character. The structure is
/// not validated: the callers are the library's own renderers. Not thread-safe; dispose to return the buffer to the pool.
/// </para>
/// </remarks>
internal sealed class JsonTextWriter : IDisposable
{
    private const int IndentSize = 2;

    // The longest escape of one UTF-16 code unit: \uXXXX.
    private const int MaxEscapedLength = 6;

    // What the relaxed encoder certainly leaves as it is: printable ASCII (but " and \) and the CJK Unified Ideographs.
    private const ushort FirstPrintable = 0x20;
    private const ushort LastPrintable = 0x7E;
    private const ushort FirstIdeograph = 0x4E00;
    private const ushort LastIdeograph = 0x9FEF;

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
        BeforeValue(0);
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

    /// <summary>Writes the text written so far, followed by one line break, to <paramref name="target"/>: no string of the whole.</summary>
    public void CopyToWithFinalNewLine(System.IO.TextWriter target)
    {
        Append('\n');
        target.Write(_buffer, 0, _length);
        _length--;
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
        var chars = MemoryMarshal.Cast<char, ushort>(value.AsSpan());
        var i = 0;
        if (Vector.IsHardwareAccelerated && chars.Length >= Vector<ushort>.Count)
        {
            // The same test as below, Vector<ushort>.Count characters at a time; the last block may overlap the one before.
            var last = chars.Length - Vector<ushort>.Count;
            while (true)
            {
                if (!IsPlain(MemoryMarshal.Read<Vector<ushort>>(MemoryMarshal.AsBytes(chars.Slice(i)))))
                {
                    return false;
                }

                if (i == last)
                {
                    return true;
                }

                i = Math.Min(i + Vector<ushort>.Count, last);
            }
        }

        for (; i < chars.Length; i++)
        {
            var c = chars[i];

            // Non-short-circuiting operators: no branch to mispredict in text that mixes ASCII and Chinese.
            var ascii = ((uint)(c - FirstPrintable) <= LastPrintable - FirstPrintable) & (c != '"') & (c != '\\');
            var ideograph = (uint)(c - FirstIdeograph) <= LastIdeograph - FirstIdeograph;
            if (!(ascii | ideograph))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlain(Vector<ushort> c)
    {
        // Unsigned arithmetic wraps, so "c - first <= last - first" is "first <= c <= last".
        var ascii = Vector.AndNot(
            Vector.LessThanOrEqual(c - new Vector<ushort>(FirstPrintable), new Vector<ushort>(LastPrintable - FirstPrintable)),
            Vector.Equals(c, new Vector<ushort>('"')) | Vector.Equals(c, new Vector<ushort>('\\')));
        var ideograph = Vector.LessThanOrEqual(c - new Vector<ushort>(FirstIdeograph), new Vector<ushort>(LastIdeograph - FirstIdeograph));
        return Vector.EqualsAll(ascii | ideograph, new Vector<ushort>(ushort.MaxValue));
    }

    private void Start(string propertyName, char bracket)
    {
        Name(propertyName);
        Ensure(1)[_length++] = bracket;
        _depth++;
        _empty = true;
    }

    private void StartValue(char bracket)
    {
        BeforeValue(1);
        _buffer[_length++] = bracket;
        _depth++;
        _empty = true;
    }

    private void End(char bracket)
    {
        _depth--;
        var buffer = Ensure(2 + (_depth * IndentSize));
        var i = _length;
        if (!_empty)
        {
            i = NewLine(buffer, i);
        }

        buffer[i] = bracket;
        _length = i + 1;
        _empty = false;
    }

    // Before a value: nothing after a property name, otherwise what comes before any item. Leaves room for count more.
    private void BeforeValue(int count)
    {
        if (_afterName)
        {
            _afterName = false;
            Ensure(count);
        }
        else
        {
            BeforeItem(count);
        }
    }

    // The separator and line break before an item of the current container (none before the root value), leaving room
    // for count more characters in the buffer.
    private void BeforeItem(int count)
    {
        var buffer = Ensure(2 + (_depth * IndentSize) + count);
        if (_depth > 0)
        {
            var i = _length;
            if (!_empty)
            {
                buffer[i++] = ',';
            }

            _length = NewLine(buffer, i);
        }

        _empty = false;
    }

    private int NewLine(char[] buffer, int i)
    {
        var indent = _depth * IndentSize;
        buffer[i] = '\n';
        buffer.AsSpan(i + 1, indent).Fill(' ');
        return i + 1 + indent;
    }

    private void Name(string propertyName)
    {
        BeforeItem(propertyName.Length + 4);
        if (IsPlain(propertyName))
        {
            var i = Copy(_buffer, _length, propertyName);
            _buffer[i] = ':';
            _buffer[i + 1] = ' ';
            _length = i + 2;
        }
        else
        {
            Escaped(propertyName);
            Append(": ");
        }
    }

    private void StringOrNull(string? value)
    {
        if (value is null)
        {
            Append("null");
        }
        else if (IsPlain(value))
        {
            _length = Copy(Ensure(value.Length + 2), _length, value);
        }
        else
        {
            Escaped(value);
        }
    }

    // Writes "value" at i, which has room for it; returns the index after it.
    private static int Copy(char[] buffer, int i, string value)
    {
        buffer[i] = '"';
        value.CopyTo(0, buffer, i + 1, value.Length);
        i += value.Length + 1;
        buffer[i] = '"';
        return i + 1;
    }

    // What Utf8JsonWriter does with a string that needs escaping: the encoder writes it, here straight into the buffer.
    private void Escaped(string value)
    {
        var buffer = Ensure((MaxEscapedLength * value.Length) + 2);
        buffer[_length] = '"';
        var status = Encoder.Encode(value.AsSpan(), buffer.AsSpan(_length + 1), out _, out var written, isFinalBlock: true);
        if (status == OperationStatus.Done)
        {
            _length += written + 1;
        }
        else
        {
            _length++;
            Append(Encoder.Encode(value));
        }

        Append('"');
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

    // The buffer, with room for count more characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char[] Ensure(int count)
    {
        if (count > _buffer.Length - _length)
        {
            Grow(count);
        }

        return _buffer;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int count)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_length + count, _buffer.Length * 2));
        Array.Copy(_buffer, larger, _length);
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
