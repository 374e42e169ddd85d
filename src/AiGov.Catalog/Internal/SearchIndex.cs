using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace AiGov.Catalog.Internal;

/// <summary>The folded text of each element of an edition, built on first search.</summary>
/// <remarks>
/// A search allocates only its result: the positions of the hits are gathered on the stack, then copied into an array
/// of exactly the right length that becomes the <see cref="ImmutableArray{T}"/> without another copy.
/// </remarks>
internal sealed class SearchIndex
{
    /// <summary>Up to this many elements, hit positions are gathered in a stack buffer (4 bytes each).</summary>
    internal const int StackLimit = 512;

    private readonly CatalogElement[] _elements;
    private readonly string[] _texts;

    public SearchIndex(ImmutableArray<CatalogElement> elements)
    {
        _elements = new CatalogElement[elements.Length];
        elements.CopyTo(_elements);
        _texts = new string[_elements.Length];
        for (var i = 0; i < _elements.Length; i++)
        {
            var e = _elements[i];
            var text = e.Id + "\u0001" + e.Clause + "\u0001" + e.Title.Zh.Text + "\u0001" + e.Title.En.Text + "\u0001" + e.Summary;
            foreach (var alias in e.Aliases)
            {
                text += "\u0001" + alias.Text;
            }

            _texts[i] = TextNormalizer.Fold(text);
        }
    }

    /// <summary>Gets the number of elements indexed.</summary>
    public int Count => _elements.Length;

    public ImmutableArray<CatalogElement> Search(string folded)
    {
        var hits = _texts.Length <= StackLimit ? stackalloc int[_texts.Length] : new int[_texts.Length];
        var count = Collect(folded, hits);
        if (count == 0)
        {
            return ImmutableArray<CatalogElement>.Empty;
        }

        var result = new CatalogElement[count];
        CopyHits(hits.Slice(0, count), result);
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>Writes the positions of the elements whose text contains <paramref name="folded"/> into <paramref name="hits"/> (at least <see cref="Count"/> long), in document order.</summary>
    /// <returns>The number of hits.</returns>
    public int Collect(string folded, Span<int> hits)
    {
        var count = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            if (_texts[i].IndexOf(folded, StringComparison.Ordinal) >= 0)
            {
                hits[count++] = i;
            }
        }

        return count;
    }

    /// <summary>Copies the elements at the given positions into <paramref name="destination"/>.</summary>
    public void CopyHits(ReadOnlySpan<int> hits, Span<CatalogElement> destination)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            destination[i] = _elements[hits[i]];
        }
    }
}
