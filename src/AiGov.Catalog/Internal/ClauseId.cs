using System.Text.RegularExpressions;

namespace AiGov.Catalog.Internal;

/// <summary>Derives the ID forms of an element: <c>1.0:3.1.1.a</c> from the printed clause <c>3.1.1(a)</c>.</summary>
internal static class ClauseId
{
    private static readonly Regex Printable = new(@"^[0-9]+(\.[0-9]+)*(\([a-z]\))?$", RegexOptions.CultureInvariant);

    /// <summary>The canonical ID: from the clause where it is fully printed, else from the key.</summary>
    public static string For(string edition, string? clause, string key) =>
        clause is not null && Printable.IsMatch(clause)
            ? edition + ":" + clause.Replace("(", ".").Replace(")", string.Empty)
            : edition + ":" + key;
}
