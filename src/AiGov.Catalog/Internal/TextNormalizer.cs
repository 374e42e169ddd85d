using System;
using System.Text;

namespace AiGov.Catalog.Internal;

/// <summary>
/// Folds text for search: Unicode NFKC (full-width → half-width, Kangxi and CJK radicals → ordinary ideographs, as
/// found in text copied from the official PDFs), invariant lower case, and CJK quotation marks → ASCII ones.
/// </summary>
/// <remarks>
/// Search folds every query, so the common cases allocate nothing: text that is already folded (ASCII lower case, or
/// NFKC text with nothing to lower or map) is returned as it is, and ASCII text skips normalisation (NFKC leaves ASCII
/// unchanged). Otherwise the result is the same as normalising to NFKC and then mapping each UTF-16 unit with
/// <see cref="Map"/>.
/// </remarks>
internal static class TextNormalizer
{
    public static string Fold(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        var normalized = ascii || text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var first = 0;
        while (first < normalized.Length && Map(normalized[first]) == normalized[first])
        {
            first++;
        }

        if (first == normalized.Length)
        {
            return normalized;
        }

#if NET
        return string.Create(normalized.Length, (Text: normalized, First: first), static (chars, state) =>
        {
            state.Text.AsSpan(0, state.First).CopyTo(chars);
            for (var i = state.First; i < chars.Length; i++)
            {
                chars[i] = Map(state.Text[i]);
            }
        });
#else
        var chars = new char[normalized.Length];
        normalized.CopyTo(0, chars, 0, first);
        for (var i = first; i < chars.Length; i++)
        {
            chars[i] = Map(normalized[i]);
        }

        return new string(chars);
#endif
    }

    /// <summary>The per-unit folding after NFKC: CJK quotation marks to ASCII ones, then invariant lower case.</summary>
    private static char Map(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return c switch
        {
            '\u201C' or '\u201D' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\u301D' or '\u301E' => '"',
            '\u2018' or '\u2019' => '\'',
            _ => char.ToLowerInvariant(c),
        };
    }
}
