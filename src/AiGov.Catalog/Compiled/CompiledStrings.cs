using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// The decoded string table and string-list table of the compiled data. Immutable, and shared by every catalogue built
/// from the data in a process (as the string literals of ordinary code would be).
/// </summary>
internal sealed class CompiledStrings
{
    public CompiledStrings(string[] strings, ImmutableArray<string>[] lists)
    {
        Strings = strings;
        Lists = lists;
    }

    /// <summary>Gets the distinct strings; reference n is element n - 1.</summary>
    public string[] Strings { get; }

    /// <summary>Gets the distinct non-empty string lists; reference n is element n - 1, reference 0 the empty list.</summary>
    public ImmutableArray<string>[] Lists { get; }
}
