using System;
using System.Collections.Immutable;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>
/// The text folding of <see cref="GovernanceCatalog.Search(string, Edition?)"/>: full-width forms, ideographic
/// space, Kangxi radicals and CJK radicals (as found in text copied from the official PDFs), CJK compatibility
/// ideographs, CJK quotation marks and letter case, folded the same way whatever the globalization mode of the process
/// (ICU, NLS or <c>InvariantGlobalization</c>).
/// </summary>
/// <remarks>
/// <para>
/// Folding replaces each UTF-16 unit that has an entry in <see cref="Mappings"/> by that entry's text and keeps every
/// other unit as it is. It never consults the current culture or the platform's Unicode library: the table is data
/// committed with the library. It is the composition, for each unit of the covered blocks, of Unicode NFKC, then CJK
/// quotation marks to ASCII ones (<c>“ ” 「 」 『 』 〝 〞</c> → <c>"</c>, <c>‘ ’</c> → <c>'</c>), then invariant lower
/// case. The covered blocks are: Basic Latin, Latin-1 Supplement, Latin Extended-A and -B (U+0000–U+024F: upper case
/// letters, and NFKC such as no-break space → space, <c>²</c> → <c>2</c>); General Punctuation (U+2000–U+206F: the
/// typographic spaces, quotation marks, <c>…</c> → <c>...</c>); CJK Radicals Supplement (U+2E80–U+2EFF); Kangxi
/// Radicals (U+2F00–U+2FDF, <c>⼈</c> → <c>人</c>); CJK Symbols and Punctuation (U+3000–U+303F: ideographic space,
/// corner brackets); CJK Compatibility Ideographs (U+F900–U+FAFF); Halfwidth and Fullwidth Forms (U+FF00–U+FFEF,
/// <c>ＡＩ</c> → <c>ai</c>).
/// </para>
/// <para>
/// Not folded: letters of other scripts (Greek, Cyrillic, …) keep their case; other compatibility characters
/// (ligatures such as <c>ﬁ</c>, circled numbers) and characters outside the Basic Multilingual Plane (the CJK
/// Compatibility Ideographs Supplement) are kept; combining sequences are not composed. Folding is per unit, so
/// <c>Fold(a + b) == Fold(a) + Fold(b)</c>, and it is idempotent: <c>Fold(Fold(s)) == Fold(s)</c>.
/// </para>
/// <para>
/// A search, an in-page JavaScript search or a checker of extracted PDF text that folds with the same table finds the
/// same matches; <see cref="Mappings"/> gives the table to embed.
/// </para>
/// </remarks>
public static partial class CatalogTextFolding
{
    /// <summary>The replacements by <c>c &gt;&gt; 8</c>, then <c>c &amp; 0xFF</c>; null where a unit is kept.</summary>
    private static readonly string?[]?[] Pages = BuildPages();

    /// <summary>Gets every folding entry, by ascending <c>From</c>: the unit and the text it folds to (never empty, never equal to the unit).</summary>
    /// <value>About 1,200 entries; the same on every platform.</value>
    public static ImmutableArray<(char From, string To)> Mappings => MappingsHolder.Value;

    /// <summary>Folds text for search (see <see cref="CatalogTextFolding"/> for what is folded).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text; <paramref name="text"/> itself (no allocation) when nothing in it folds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Fold(string text)
    {
        Guard.NotNull(text);
        var first = 0;
        while (first < text.Length && Lookup(text[first]) is null)
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var length = first;
        for (var i = first; i < text.Length; i++)
        {
            length += Lookup(text[i])?.Length ?? 1;
        }

#if NET
        return string.Create(length, (Text: text, First: first), static (chars, state) => Write(state.Text, state.First, chars));
#else
        var chars = new char[length];
        Write(text, first, chars);
        return new string(chars);
#endif
    }

    /// <summary>Gets what a unit folds to, or null when it is kept.</summary>
    private static string? Lookup(char c) => Pages[c >> 8] is { } page ? page[c & 0xFF] : null;

    private static void Write(string text, int first, Span<char> chars)
    {
        text.AsSpan(0, first).CopyTo(chars);
        var at = first;
        for (var i = first; i < text.Length; i++)
        {
            if (Lookup(text[i]) is { } to)
            {
                to.AsSpan().CopyTo(chars.Slice(at));
                at += to.Length;
            }
            else
            {
                chars[at++] = text[i];
            }
        }
    }

    /// <summary>Reads <see cref="TableData"/>: entries of one unit, the length of its replacement (one unit), the replacement.</summary>
    private static void Read(Action<char, string> entry)
    {
        for (var i = 0; i < TableData.Length;)
        {
            var from = TableData[i];
            var length = TableData[i + 1];
            entry(from, TableData.Substring(i + 2, length));
            i += 2 + length;
        }
    }

    private static string?[]?[] BuildPages()
    {
        var pages = new string?[]?[256];
        Read((from, to) => (pages[from >> 8] ??= new string?[256])[from & 0xFF] = to);
        return pages;
    }

    private static class MappingsHolder
    {
        internal static readonly ImmutableArray<(char From, string To)> Value = Build();

        private static ImmutableArray<(char From, string To)> Build()
        {
            var builder = ImmutableArray.CreateBuilder<(char From, string To)>();
            Read((from, to) => builder.Add((from, to)));
            return builder.ToImmutable();
        }
    }
}
