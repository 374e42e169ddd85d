using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace AiGov.Catalog;

/// <summary>Reads the numbers and string references of the compiled record table, front to back.</summary>
internal ref struct CompiledDataCursor
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly string[] _strings;
    private readonly ImmutableArray<string>[] _lists;
    private int _position;

    public CompiledDataCursor(ReadOnlySpan<byte> data, string[] strings, ImmutableArray<string>[] lists)
    {
        _data = data;
        _strings = strings;
        _lists = lists;
        _position = 0;
    }

    /// <summary>Gets whether every byte has been read.</summary>
    public readonly bool AtEnd => _position == _data.Length;

    /// <summary>Reads an unsigned LEB128 number.</summary>
    public int Number()
    {
        var result = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _data[_position++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        return result;
    }

    /// <summary>Reads a string reference that may be null (reference 0).</summary>
    public string? OptionalString()
    {
        var reference = Number();
        return reference == 0 ? null : _strings[reference - 1];
    }

    /// <summary>Reads a string reference that must not be null.</summary>
    public string String() =>
        OptionalString() ?? throw new InvalidOperationException("The compiled catalogue data is damaged: a required string is missing at byte " + _position + ".");

    /// <summary>Reads a reference into the string-list table (0 for the empty list).</summary>
    public ImmutableArray<string> Strings()
    {
        var reference = Number();
        return reference == 0 ? ImmutableArray<string>.Empty : _lists[reference - 1];
    }

    /// <summary>Reads a list written in place: its length, then each string reference.</summary>
    public ImmutableArray<string> InlineStrings()
    {
        var count = Number();
        if (count == 0)
        {
            return ImmutableArray<string>.Empty;
        }

        var values = new string[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = String();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }
}
