using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.Tests.Query;

/// <summary>
/// The provenance rules for stage and actor mappings, as pure functions so that their own tests can show they fail on
/// bad input: an editorial mapping needs a one-line rationale; a normative mapping must cite the clause it rests on.
/// </summary>
internal static class MappingProvenance
{
    private static readonly Regex ClauseToken = new(@"(?<![\w.])(?<!SRC-)(\d+(?:\.\d+)*(?:\([a-z]\)|\(\?\d+\))?)(?!\w)", RegexOptions.CultureInvariant);

    /// <summary>A rationale is present, is one line, and is more than a token (at least three words).</summary>
    public static bool IsRationale(string? note) =>
        note is not null
        && note.Trim().Length > 0
        && note.IndexOf('\n') < 0
        && note.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    /// <summary>The clause-like tokens of a note: <c>3.1.1(b)</c>, <c>6.2</c>, the <c>4</c> of <c>4 lead</c> or <c>section-3 lead</c>.</summary>
    public static IReadOnlyList<string> ClausesIn(string? note) =>
        note is null ? new List<string>() : ClauseToken.Matches(note).Cast<Match>().Select(m => m.Groups[1].Value).ToList();

    /// <summary>
    /// Whether a normative note cites the clause it rests on: one of its clause tokens is the element's own clause or
    /// the clause of one of its ancestors (a lead, a heading or the element's own text).
    /// </summary>
    public static bool CitesOwnClause(string? note, IEnumerable<string> ownAndAncestorClauses)
    {
        var allowed = new HashSet<string>(ownAndAncestorClauses);
        return ClausesIn(note).Any(allowed.Contains);
    }

    /// <summary>The element's own clause and those of its ancestors, nearest first.</summary>
    public static IReadOnlyList<string> OwnAndAncestorClauses(CatalogElement element)
    {
        var clauses = new List<string>();
        for (var current = element; current is not null; current = current.Parent)
        {
            if (current.Clause is not null)
            {
                clauses.Add(current.Clause);
            }
        }

        return clauses;
    }
}
