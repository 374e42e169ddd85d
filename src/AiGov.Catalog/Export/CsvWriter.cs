using System.Collections.Generic;
using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Export;

/// <summary>
/// Writes RFC 4180 CSV: CRLF after every record (the last one included), a field quoted when it contains a comma, a
/// double quote, CR or LF, and a double quote inside a quoted field doubled. Text is kept as is (Chinese included);
/// the encoding is the caller's (UTF-8 normally; with a byte-order mark for spreadsheet programs that need one).
/// </summary>
internal sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    public CsvWriter Row(IEnumerable<string?> fields)
    {
        CsvText.AppendRecord(_text, new List<string?>(fields));
        return this;
    }

    public CsvWriter Row(params string?[] fields)
    {
        CsvText.AppendRecord(_text, fields);
        return this;
    }

    public override string ToString() => _text.ToString();
}
