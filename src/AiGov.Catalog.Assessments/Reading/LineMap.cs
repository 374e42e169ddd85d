using System;
using System.Collections.Generic;
using System.Text;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>Turns byte offsets of a UTF-8 buffer into 1-based lines and columns (columns in UTF-16 characters, as editors count).</summary>
internal sealed class LineMap
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) At(long offset)
    {
        var index = (int)Math.Clamp(offset, 0, _bytes.Length);
        var line = _lineStarts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, Column(_lineStarts[line], index));
    }

    /// <summary>The position of a byte within a 0-based line, as <see cref="System.Text.Json.JsonException"/> reports it.</summary>
    public (int Line, int Column) AtLine(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        var start = _lineStarts[line];
        var index = (int)Math.Clamp(start + bytePositionInLine, start, _bytes.Length);
        return (line + 1, Column(start, index));
    }

    private int Column(int lineStart, int index)
    {
        // Skip a byte-order mark at the very start: editors do not count it.
        var from = lineStart == 0 && _bytes.Length >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF ? Math.Min(3, index) : lineStart;
        return Encoding.UTF8.GetCharCount(_bytes, from, index - from) + 1;
    }
}
