using System;
using System.Collections.Generic;

namespace AiGov.Catalog.Generators.Helpers;

/// <summary>
/// The "did you mean" of a misspelt name: the allowed name at the smallest edit distance (case-insensitive), when it is
/// close enough to be a typo (at most one edit per three characters, and at least one). The same rule as the
/// assessment validator's unknown-field hint.
/// </summary>
internal static class NearestName
{
    public static string? Find(string name, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance || distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(1, name.Length / 3) ? best : null;
    }

    /// <summary>The Levenshtein distance, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
