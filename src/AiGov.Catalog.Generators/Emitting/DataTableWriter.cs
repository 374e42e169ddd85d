using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AiGov.Catalog.Generators.Emitting;

/// <summary>
/// Builds the compact form of the catalogue data that the library's <c>CompiledCatalogReader</c> decodes: a byte table of
/// unsigned LEB128 numbers (enum values written as <c>(byte)Type.Member</c>, so the compiler binds every name) and a table
/// of the distinct strings, in order of first use. String reference 0 is null, n is the (n-1)th string.
/// </summary>
/// <remarks>
/// Why a table and not one <c>new</c> expression per object: the expressions compiled to ~65 KB of IL that the JIT had
/// to compile before the first use of the catalogue (~100 ms on the 2-core CI machine); a table costs one small loop.
/// </remarks>
internal sealed class DataTableWriter
{
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _stringIndex = new(System.StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> _lists = new();
    private readonly Dictionary<string, int> _listIndex = new(System.StringComparer.Ordinal);
    private readonly List<(string Comment, List<string> Tokens)> _lines = new();
    private List<string> _current = new();

    /// <summary>Gets the distinct strings, in order of first use.</summary>
    public IReadOnlyList<string> StringTable => _strings;

    /// <summary>Starts a new line of the byte table, with a comment saying what it holds.</summary>
    public DataTableWriter Line(string comment)
    {
        _current = new List<string>();
        _lines.Add((comment, _current));
        return this;
    }

    /// <summary>Writes a non-negative number.</summary>
    public DataTableWriter Number(int value)
    {
        AddLeb128(_current, value);
        return this;
    }

    /// <summary>Writes an enum member's value, bound by the compiler (every enum of the model has values below 128).</summary>
    public DataTableWriter Enum(string type, string kebabMember)
    {
        _current.Add("(byte)" + type + "." + CodeWriter.Pascal(kebabMember));
        return this;
    }

    /// <summary>Writes an optional enum member: 0 for none, the member's value + 1 otherwise.</summary>
    public DataTableWriter OptionalEnum(string type, string? kebabMember)
    {
        _current.Add(kebabMember is null ? "0" : "(byte)(" + type + "." + CodeWriter.Pascal(kebabMember) + " + 1)");
        return this;
    }

    /// <summary>Writes a string reference (0 for null).</summary>
    public DataTableWriter String(string? value)
    {
        return value is null ? Number(0) : Number(Intern(value) + 1);
    }

    private int Intern(string value)
    {
        if (!_stringIndex.TryGetValue(value, out var index))
        {
            index = _strings.Count;
            _strings.Add(value);
            _stringIndex.Add(value, index);
        }

        return index;
    }

    /// <summary>
    /// Writes a list of strings as a reference into the list table (0 for an empty list): the same sources are cited by
    /// many titles and provenances, and the reader builds each distinct list once.
    /// </summary>
    public DataTableWriter Strings(IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return Number(0);
        }

        foreach (var value in list)
        {
            Intern(value);
        }

        // Each string prefixed with its length: an unambiguous key whatever characters the strings hold.
        var key = string.Concat(list.Select(v => v.Length.ToString(CultureInfo.InvariantCulture) + ":" + v));
        if (!_listIndex.TryGetValue(key, out var index))
        {
            index = _lists.Count;
            _lists.Add(list);
            _listIndex.Add(key, index);
        }

        return Number(index + 1);
    }

    /// <summary>Writes the byte table, one commented line per record, as the body of a <c>new byte[] { … }</c>.</summary>
    public void WriteBytes(CodeWriter w)
    {
        foreach (var (comment, tokens) in _lines)
        {
            w.Line("// " + comment.Replace('\n', ' ').Replace('\r', ' '));
            if (tokens.Count > 0)
            {
                w.Line(string.Join(", ", tokens) + ",");
            }
        }
    }

    /// <summary>Writes the list table: the number of lists, then each list's length and string references (1-based).</summary>
    public void WriteLists(CodeWriter w)
    {
        var count = new List<string>();
        AddLeb128(count, _lists.Count);
        w.Line(string.Join(", ", count) + ",");
        foreach (var list in _lists)
        {
            var tokens = new List<string>();
            AddLeb128(tokens, list.Count);
            foreach (var value in list)
            {
                AddLeb128(tokens, _stringIndex[value] + 1);
            }

            w.Line(string.Join(", ", tokens) + ",");
        }
    }

    /// <summary>Writes the UTF-8 byte length of each string, as LEB128 numbers, as the body of a <c>new byte[] { … }</c>.</summary>
    public void WriteStringLengths(CodeWriter w)
    {
        var tokens = new List<string>();
        foreach (var value in _strings)
        {
            AddLeb128(tokens, Encoding.UTF8.GetByteCount(value));
            if (tokens.Count >= 32)
            {
                w.Line(string.Join(", ", tokens) + ",");
                tokens.Clear();
            }
        }

        if (tokens.Count > 0)
        {
            w.Line(string.Join(", ", tokens) + ",");
        }
    }

    /// <summary>Adds a non-negative number as unsigned LEB128 bytes (seven bits each, low first; the high bit says "more").</summary>
    private static void AddLeb128(List<string> tokens, int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            tokens.Add(((remaining & 0x7F) | 0x80).ToString(CultureInfo.InvariantCulture));
            remaining >>= 7;
        }

        tokens.Add(remaining.ToString(CultureInfo.InvariantCulture));
    }
}
