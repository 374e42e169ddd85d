using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AiGov.Catalog.Cli.Output;

/// <summary>
/// A plain-text table for people: columns padded to the widest cell (wide CJK characters count twice), right-aligned
/// numbers (a header starting with <c>&gt;</c>). Given a width, the table fits it: the text columns marked flexible (a
/// header starting with <c>*</c>, e.g. titles) shrink first, to a comfortable width; then a key column (a header starting
/// with <c>^</c>, e.g. IDs) narrows to fit two in three of its cells, and a longer key is written whole on a line of its
/// own, above its row for the first column, below it (wrapped at spaces, indented) for another: an ID is never cut; then the flexible columns shrink further, then the widest other text column, and last, if the table is still too wide, the key column down to its header. Cells cut
/// short end in "…", and keep a trailing "(our translation)" or "(unconfirmed)".
/// </summary>
internal sealed class TextTable
{
    private const int FlexibleMinimum = 12;
    private const int FlexibleComfortable = 30;

    // Caveats at the end of a title survive a cut: a translation cut short must still say that it is one.
    private static readonly string[] KeptMarkers = { " (our translation)", " (unconfirmed)" };

    private readonly string[] _headers;
    private readonly bool[] _right;
    private readonly bool[] _flexible;
    private readonly bool[] _key;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] headers)
    {
        _headers = headers.Select(h => h.TrimStart('>', '*', '^')).ToArray();
        _right = headers.Select(h => h.StartsWith('>')).ToArray();
        _flexible = headers.Select(h => h.StartsWith('*')).ToArray();
        _key = headers.Select(h => h.StartsWith('^')).ToArray();
    }

    public int Count => _rows.Count;

    public void Add(params string[] cells) => _rows.Add(cells.Select(c => (c ?? string.Empty).Replace('\n', ' ').Replace("\r", string.Empty, System.StringComparison.Ordinal)).ToArray());

    /// <summary>Writes the table.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="width">The columns available (the terminal width), or null for full rows (<c>--wide</c>).</param>
    /// <param name="indent">Written before each row.</param>
    public void Write(TextWriter writer, int? width, string indent = "")
    {
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var i = 0; i < widths.Length && i < row.Length; i++)
            {
                widths[i] = System.Math.Max(widths[i], TextWidth.Of(row[i]));
            }
        }

        if (width is { } available)
        {
            Fit(widths, available - TextWidth.Of(indent));
        }

        WriteRow(writer, indent, _headers, widths);
        WriteRow(writer, indent, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            var cells = row;
            var below = new List<string>();
            for (var i = 0; i < widths.Length && i < row.Length; i++)
            {
                if (_key[i] && TextWidth.Of(row[i]) > widths[i])
                {
                    // A key too long for its column goes whole on its own line: the first column's above the row,
                    // another's below it.
                    if (i == 0)
                    {
                        writer.Write((indent + row[i]).TrimEnd() + "\n");
                    }
                    else
                    {
                        below.Add(row[i]);
                    }

                    cells = (string[])cells.Clone();
                    cells[i] = i == 0 ? string.Empty : "↓";
                }
            }

            WriteRow(writer, indent, cells, widths);
            foreach (var key in below)
            {
                Paragraph.Write(writer, width, indent + "    ↳ ", key);
            }
        }
    }

    private void Fit(int[] widths, int available)
    {
        var total = widths.Sum() + (2 * (widths.Length - 1));
        Shrink(i => _flexible[i], i => System.Math.Max(TextWidth.Of(_headers[i]), FlexibleComfortable));
        Shrink(i => _key[i], KeyMinimum);
        Shrink(i => _flexible[i], i => System.Math.Max(TextWidth.Of(_headers[i]), FlexibleMinimum));
        Shrink(i => !_right[i] && !_key[i], i => System.Math.Max(TextWidth.Of(_headers[i]), 4));

        // Still too wide: a key column narrows further, down to its header; the longer keys go on lines of their own.
        Shrink(i => _key[i], i => TextWidth.Of(_headers[i]));

        // Narrows the widest of the chosen columns, one column at a time, until the table fits or none can narrow.
        void Shrink(System.Func<int, bool> chosen, System.Func<int, int> minimum)
        {
            while (total > available)
            {
                var widest = -1;
                for (var i = 0; i < widths.Length; i++)
                {
                    if (chosen(i) && widths[i] > minimum(i) && (widest < 0 || widths[i] > widths[widest]))
                    {
                        widest = i;
                    }
                }

                if (widest < 0)
                {
                    return;
                }

                widths[widest]--;
                total--;
            }
        }
    }

    // A key column narrows to fit two rows in three; the longer keys go on lines of their own.
    private int KeyMinimum(int column)
    {
        var cells = _rows.Select(r => column < r.Length ? TextWidth.Of(r[column]) : 0).OrderBy(w => w).ToList();
        var fit = cells.Count == 0 ? 0 : cells[System.Math.Max(0, (((2 * cells.Count) + 2) / 3) - 1)];
        return System.Math.Max(TextWidth.Of(_headers[column]), fit);
    }

    private static string Cut(string cell, int width)
    {
        if (TextWidth.Of(cell) <= width)
        {
            return cell;
        }

        foreach (var marker in KeptMarkers)
        {
            var markerWidth = TextWidth.Of(marker);
            if (cell.EndsWith(marker, System.StringComparison.Ordinal) && width - markerWidth >= 6)
            {
                // "zh / en (our translation)": keep the marker only if some of the English it belongs to is left.
                var text = cell.Substring(0, cell.Length - marker.Length);
                var cut = TextWidth.Truncate(text, width - markerWidth);
                if (!text.Contains(" / ", System.StringComparison.Ordinal) || cut.Contains(" / ", System.StringComparison.Ordinal))
                {
                    return cut + marker;
                }
            }
        }

        return TextWidth.Truncate(cell, width);
    }

    private void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = Cut(i < cells.Length ? cells[i] : string.Empty, widths[i]);
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
