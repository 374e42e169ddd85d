using System;
using System.Collections.Generic;

namespace AiGov.Catalog.Serialization;

/// <summary>A two-way table between the values of an enumeration and their names in files.</summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class WireEnum<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _names = new();
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);

    public WireEnum(string label, params (T Value, string Name)[] entries)
    {
        Label = label;
        var names = new List<string>(entries.Length);
        foreach (var (value, name) in entries)
        {
            _names.Add(value, name);
            _values.Add(name, value);
            names.Add(name);
        }

        Choices = string.Join(", ", names);
    }

    /// <summary>Gets what the values are, for messages ("provenance status").</summary>
    public string Label { get; }

    /// <summary>Gets the accepted names, comma-separated, for messages.</summary>
    public string Choices { get; }

    public string Name(T value) => _names[value];

    public bool TryParse(string? name, out T value)
    {
        if (name is not null && _values.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
