using System.Collections.Generic;

namespace AiGov.Catalog.Assessments.Workbooks.Writing;

/// <summary>The cell styles the writer uses (indexes into its stylesheet).</summary>
internal enum CellStyle : uint
{
    /// <summary>Plain text, wrapped.</summary>
    Text = 1,

    /// <summary>A header cell: bold on a light blue fill.</summary>
    Header = 2,

    /// <summary>A read-only cell (catalogue data): grey fill, wrapped.</summary>
    ReadOnly = 3,

    /// <summary>A title line: bold, larger.</summary>
    Title = 4,
}

/// <summary>One column of a sheet: its header, whether it is read-only (catalogue data) and, for a dropdown, its values.</summary>
internal sealed record ColumnSpec(string Header, bool ReadOnly = false, IReadOnlyList<string>? Dropdown = null, int MaxWidth = 60, int MinWidth = 8);

/// <summary>A sheet to write: a name, columns (with a frozen header row) or free rows, and its cells.</summary>
internal sealed class SheetSpec
{
    public SheetSpec(string name, IReadOnlyList<ColumnSpec>? columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    /// <summary>The columns, or null for a sheet of free rows (the instructions) with no header.</summary>
    public IReadOnlyList<ColumnSpec>? Columns { get; }

    /// <summary>The data rows (after the header), each a list of cell texts (null for an empty cell).</summary>
    public List<IReadOnlyList<string?>> Rows { get; } = new();

    /// <summary>For a sheet of free rows: the style of each row.</summary>
    public List<CellStyle> RowStyles { get; } = new();

    /// <summary>The number of empty rows under the data that keep the dropdowns, so that a user can add rows.</summary>
    public int SpareRows { get; init; }
}
