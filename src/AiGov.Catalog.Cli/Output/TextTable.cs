using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AiGov.Catalog.Cli.Output;

/// <summary>A plain-text table for people: columns padded to the widest cell (wide CJK characters count twice), right-aligned numbers.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _right;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] headers)
    {
        _headers = headers.Select(h => h.TrimStart('>')).ToArray();
        _right = headers.Select(h => h.StartsWith('>')).ToArray();
    }

    public int Count => _rows.Count;

    public void Add(params string[] cells) => _rows.Add(cells.Select(c => (c ?? string.Empty).Replace('\n', ' ').Replace("\r", string.Empty, System.StringComparison.Ordinal)).ToArray());

    public void Write(TextWriter writer, string indent = "")
    {
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var i = 0; i < widths.Length && i < row.Length; i++)
            {
                widths[i] = System.Math.Max(widths[i], TextWidth.Of(row[i]));
            }
        }

        WriteRow(writer, indent, _headers, widths);
        WriteRow(writer, indent, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, indent, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            var pad = new string(' ', widths[i] - TextWidth.Of(cell));
            var last = i == widths.Length - 1;
            line.Append(_right[i] ? pad + cell : last ? cell : cell + pad);
            if (!last)
            {
                line.Append("  ");
            }
        }

        writer.Write(line.ToString().TrimEnd());
        writer.Write('\n');
    }
}
