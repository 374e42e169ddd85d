using System;
using System.Collections.Immutable;

namespace AiGov.Catalog.Internal;

/// <summary>The folded text of each element of an edition, built on first search.</summary>
internal sealed class SearchIndex
{
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

    public ImmutableArray<CatalogElement> Search(string folded)
    {
        ImmutableArray<CatalogElement>.Builder? hits = null;
        for (var i = 0; i < _texts.Length; i++)
        {
            if (_texts[i].IndexOf(folded, StringComparison.Ordinal) >= 0)
            {
                (hits ??= ImmutableArray.CreateBuilder<CatalogElement>()).Add(_elements[i]);
            }
        }

        return hits is null ? ImmutableArray<CatalogElement>.Empty : hits.ToImmutable();
    }
}
