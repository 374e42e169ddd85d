using System.Collections.Generic;
using System.Text;

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
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _text.Append(',');
            }

            first = false;
            Append(field ?? string.Empty);
        }

        _text.Append("\r\n");
        return this;
    }

    public CsvWriter Row(params string?[] fields) => Row((IEnumerable<string?>)fields);

    public override string ToString() => _text.ToString();

    private void Append(string field)
    {
        if (field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
        {
            _text.Append(field);
            return;
        }

        _text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
