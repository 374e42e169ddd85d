using System.Globalization;
using System.Text;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// Where a value sits in a data file, such as <c>$.editions[0].elements[12].title.zh</c>: a chain of property names and
/// array indexes that becomes text only when a problem is reported there. <see cref="Untracked"/> records nothing, for
/// a pass over a file that is most likely valid and so needs no paths at all.
/// </summary>
internal sealed class JsonPath
{
    /// <summary>The root of the file, <c>$</c>.</summary>
    public static readonly JsonPath Root = new(null, "$", 0);

    /// <summary>A path that records nothing: each of its properties and items is itself, and it reads <c>$</c>.</summary>
    public static readonly JsonPath Untracked = new(null, "$", 0);

    private readonly JsonPath? _parent;
    private readonly string? _property;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    /// <summary>The path of a property of the object at this path.</summary>
    public JsonPath Property(string name) => this == Untracked ? this : new(this, name, 0);

    /// <summary>The path of an item of the array at this path.</summary>
    public JsonPath Item(int index) => this == Untracked ? this : new(this, null, index);

    public override string ToString() => AppendTo(new StringBuilder()).ToString();

    private StringBuilder AppendTo(StringBuilder text)
    {
        if (_parent is null)
        {
            return text.Append(_property);
        }

        _parent.AppendTo(text);
        return _property is null
            ? text.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']')
            : text.Append('.').Append(_property);
    }
}
