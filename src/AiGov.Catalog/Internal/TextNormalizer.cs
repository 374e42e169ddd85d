using System.Text;

namespace AiGov.Catalog.Internal;

/// <summary>
/// Folds text for search: Unicode NFKC (full-width → half-width, Kangxi and CJK radicals → ordinary ideographs, as
/// found in text copied from the official PDFs), invariant lower case, and CJK quotation marks → ASCII ones.
/// </summary>
internal static class TextNormalizer
{
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\u301D' or '\u301E' => '"',
                '\u2018' or '\u2019' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
