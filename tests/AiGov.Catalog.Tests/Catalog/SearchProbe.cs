using System.Globalization;
using System.Text;

namespace AiGov.Catalog.Tests.Catalog;

/// <summary>
/// The search results for a fixed list of queries, as ASCII text (folded query escaped, then the IDs of the hits in
/// order), printed by the same code in the test process (ICU) and in a process with invariant globalization.
/// </summary>
internal static class SearchProbe
{
    /// <summary>The queries: the folding cases of the issue (#12), and Latin-word and Chinese-substring cases.</summary>
    public static readonly string[] Queries =
    {
        "ＡＩ",
        "⼈⼯智能", // Kangxi radicals, as pasted from the official PDFs
        "⼈⼯智能安全",
        "人工智能",
        "信息茧房",
        "“信息茧房”",
        "\"信息茧房\"",
        "「信息茧房」",
        "加剧“信息茧房”效应",
        "information cocoon",
        "ＩＮＦＯＲＭＡＴＩＯＮ　ＣＯＣＯＯＮ",
        "cocoon",
        "AI",
        "ai",
        "ｅｘｐｌａｉｎａｂｉｌｉｔｙ",
        "３．１．１",
        "training data",
        "Deep-learning",
        "数据",
        "zzqqxx-no-such-text",
    };

    /// <summary>The first line says whether this process's NFKC folds (ICU) or not (invariant mode); then one line per query.</summary>
    public static string Report()
    {
        var report = new StringBuilder();
        report.Append("platform NFKC folds: ").Append(PlatformNormalizes() ? "yes" : "no").Append('\n');
        for (var i = 0; i < Queries.Length; i++)
        {
            report.Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Escape(CatalogTextFolding.Fold(Queries[i]))).Append(':');
            foreach (var hit in GovernanceCatalog.Default.Search(Queries[i]))
            {
                report.Append(' ').Append(hit.Id);
            }

            report.Append('\n');
        }

        return report.ToString();
    }

    private static bool PlatformNormalizes()
    {
        try
        {
            return "ＡＩ".Normalize(NormalizationForm.FormKC) == "AI";
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is >= ' ' and < '\u007F' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return escaped.ToString();
    }
}
