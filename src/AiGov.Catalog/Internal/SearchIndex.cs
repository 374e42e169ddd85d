using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace AiGov.Catalog.Internal;

/// <summary>The folded text of each element of an edition, built on first search, and the matching rule.</summary>
/// <remarks>
/// <para>
/// Each element's text is its folded titles (Chinese, English) first, then its ID, clause, summary and aliases,
/// separated by U+0001. A query that begins with a Latin letter or digit (<see cref="IsWordCharacter"/>) matches only
/// where a word starts (<see cref="IsWordStart"/>); any other query (Chinese, or punctuation first) matches anywhere.
/// A hit whose first match lies in the titles is a title hit; title hits come first, each group in document order.
/// </para>
/// <para>
/// A search allocates only its result: the positions of the hits are gathered on the stack (title hits from the front,
/// the others from the back), then copied into an array of exactly the right length that becomes the
/// <see cref="ImmutableArray{T}"/> without another copy.
/// </para>
/// </remarks>
internal sealed class SearchIndex
{
    /// <summary>Up to this many elements, hit positions are gathered in a stack buffer (4 bytes each).</summary>
    internal const int StackLimit = 512;

    private const char Separator = '\u0001';

    private readonly CatalogElement[] _elements;
    private readonly string[] _texts;
    private readonly int[] _titleEnds;

    public SearchIndex(ImmutableArray<CatalogElement> elements)
    {
        _elements = new CatalogElement[elements.Length];
        elements.CopyTo(_elements);
        _texts = new string[_elements.Length];
        _titleEnds = new int[_elements.Length];
        for (var i = 0; i < _elements.Length; i++)
        {
            var e = _elements[i];
            var titles = CatalogTextFolding.Fold(e.Title.Zh.Text + Separator + e.Title.En.Text);
            var rest = Separator + e.Id + Separator + e.Clause + Separator + e.Summary;
            foreach (var alias in e.Aliases)
            {
                rest += Separator + alias.Text;
            }

            _titleEnds[i] = titles.Length;
            _texts[i] = titles + CatalogTextFolding.Fold(rest);
        }
    }

    /// <summary>Gets the number of elements indexed.</summary>
    public int Count => _elements.Length;

    public ImmutableArray<CatalogElement> Search(string folded)
    {
        var hits = _texts.Length <= StackLimit ? stackalloc int[_texts.Length] : new int[_texts.Length];
        var count = Collect(folded, hits, out _);
        if (count == 0)
        {
            return ImmutableArray<CatalogElement>.Empty;
        }

        var result = new CatalogElement[count];
        CopyHits(hits.Slice(0, count), result);
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// Writes the positions of the elements that match <paramref name="folded"/> (folded, not empty) into
    /// <paramref name="hits"/> (exactly <see cref="Count"/> long): the title hits first, then the others, each in
    /// document order.
    /// </summary>
    /// <param name="folded">The folded query.</param>
    /// <param name="hits">Receives the positions.</param>
    /// <param name="titleHits">The number of title hits, at the start of <paramref name="hits"/>.</param>
    /// <returns>The number of hits.</returns>
    public int Collect(string folded, Span<int> hits, out int titleHits)
    {
        var atWordStart = IsWordCharacter(folded[0]);
        var front = 0;
        var back = hits.Length;
        for (var i = 0; i < _texts.Length; i++)
        {
            var at = Find(_texts[i], folded, atWordStart);
            if (at < 0)
            {
                continue;
            }

            if (at < _titleEnds[i])
            {
                hits[front++] = i;
            }
            else
            {
                hits[--back] = i;
            }
        }

        // The other hits sit at the end in reverse order: put them in order right after the title hits.
        var others = hits.Slice(back);
        others.Reverse();
        others.CopyTo(hits.Slice(front));
        titleHits = front;
        return front + others.Length;
    }

    /// <summary>Copies the elements at the given positions into <paramref name="destination"/>.</summary>
    public void CopyHits(ReadOnlySpan<int> hits, Span<CatalogElement> destination)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            destination[i] = _elements[hits[i]];
        }
    }

    /// <summary>
    /// Gets whether a (folded) unit belongs to a Latin-script word: an ASCII letter or digit, a Latin letter of
    /// U+00C0–U+024F (not × or ÷) or of Latin Extended Additional (U+1E00–U+1EFF), or a combining diacritical mark
    /// (U+0300–U+036F). Chinese characters are not word characters: <c>AI</c> in <c>生成式AI</c> starts a word.
    /// </summary>
    internal static bool IsWordCharacter(char c) =>
        c < 0x80
            ? c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || IsDigit(c)
            : c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7' or >= '\u0300' and <= '\u036F' or >= '\u1E00' and <= '\u1EFF';

    /// <summary>
    /// Gets whether a word starts at <paramref name="index"/> (where a word character is): it is the start of the text,
    /// or the unit before it is not a word character and does not join two parts of one word. Joiners: an apostrophe
    /// after a letter or digit (<c>t</c> does not start a word in <c>don't</c>, nor <c>s</c> in <c>AI's</c>), and a full
    /// stop or comma between digits (<c>3.1</c> does not start a word in <c>3.3.1</c>). Every other unit separates
    /// words: spaces, hyphens (<c>learning</c> starts one in <c>deep-learning</c>), slashes, brackets, Chinese characters
    /// (<c>AI</c> starts one in <c>生成式AI</c>).
    /// </summary>
    internal static bool IsWordStart(string text, int index)
    {
        if (index == 0)
        {
            return true;
        }

        var before = text[index - 1];
        if (IsWordCharacter(before))
        {
            return false;
        }

        if (index == 1)
        {
            return true;
        }

        var beforeThat = text[index - 2];
        return before switch
        {
            '\'' => !IsWordCharacter(beforeThat),
            '.' or ',' => !(IsDigit(beforeThat) && IsDigit(text[index])),
            _ => true,
        };
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>The position of the first match of <paramref name="folded"/> in <paramref name="text"/> that the rule accepts, or -1.</summary>
    private static int Find(string text, string folded, bool atWordStart)
    {
        var at = text.IndexOf(folded, StringComparison.Ordinal);
        if (atWordStart)
        {
            while (at >= 0 && !IsWordStart(text, at))
            {
                at = text.IndexOf(folded, at + 1, StringComparison.Ordinal);
            }
        }

        return at;
    }
}
