using System.Text;

namespace AiGov.Catalog.Tests.Text;

/// <summary>
/// The committed folding table is exactly what Unicode NFKC (through ICU, in this process), the CJK quotation-mark rule
/// and invariant lower case give for the covered blocks, so it cannot drift from the rule it documents.
/// </summary>
public sealed class CatalogTextFoldingTableTests
{
    [Fact]
    public void This_process_has_ICU_so_the_table_can_be_regenerated()
    {
        "ＡＩ⼈".Normalize(NormalizationForm.FormKC).Should().Be("AI人", because: "the table is regenerated from ICU's NFKC; run the tests with ICU (not DOTNET_SYSTEM_GLOBALIZATION_INVARIANT)");
    }

    [Fact]
    public void The_committed_table_source_is_the_regenerated_one()
    {
        var path = FoldingTableSource.CommittedPath();
        var generated = FoldingTableSource.Generate();
        var committed = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n") : null;
        if (committed != generated
            && Environment.GetEnvironmentVariable("AIGOV_ACCEPT_SNAPSHOTS") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(path, generated, new UTF8Encoding(false));
            committed = generated;
        }

        committed.Should().Be(generated, because: path + " must be the table regenerated from Unicode data (AIGOV_ACCEPT_SNAPSHOTS=1 rewrites it; review the git diff)");
    }

    [Fact]
    public void Mappings_are_the_regenerated_entries()
    {
        CatalogTextFolding.Mappings.Should().Equal(FoldingTableSource.Entries());
    }

    [Fact]
    public void Every_unit_of_the_covered_blocks_folds_as_NFKC_then_quotation_marks_then_lower_case()
    {
        foreach (var (first, last, name) in FoldingTableSource.Blocks)
        {
            for (var code = first; code <= last; code++)
            {
                var unit = ((char)code).ToString();
                CatalogTextFolding.Fold(unit).Should().Be(FoldingTableSource.Reference(unit), because: $"U+{code:X4} ({name})");
            }
        }
    }

    [Fact]
    public void The_table_holds_the_named_foldings()
    {
        var table = CatalogTextFolding.Mappings.ToDictionary(m => m.From, m => m.To);

        table['\u2F08'].Should().Be("人", because: "Kangxi radical MAN, as in PDF text");
        table['\u2F2F'].Should().Be("工");
        table['\u2E9F'].Should().Be("母", because: "CJK radicals supplement MOTHER");
        table['\uF900'].Should().Be("豈", because: "a CJK compatibility ideograph");
        table['\uFF21'].Should().Be("a", because: "full-width A folds to width and case at once");
        table['\uFF11'].Should().Be("1");
        table['\u3000'].Should().Be(" ", because: "ideographic space");
        table['\u201C'].Should().Be("\"");
        table['\u300C'].Should().Be("\"");
        table['\u2019'].Should().Be("'");
        table['A'].Should().Be("a");
        table['\u00C9'].Should().Be("é");
        table['\u00A0'].Should().Be(" ", because: "no-break space");
        table.Should().NotContainKey('a').And.NotContainKey('人').And.NotContainKey('"');
    }

    [Fact]
    public void Every_entry_is_a_real_change_and_folds_to_folded_text()
    {
        var froms = CatalogTextFolding.Mappings.Select(m => m.From).ToList();
        froms.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        foreach (var (from, to) in CatalogTextFolding.Mappings)
        {
            to.Should().NotBeEmpty().And.NotBe(from.ToString());
            CatalogTextFolding.Fold(to).Should().Be(to, because: $"folding U+{(int)from:X4} once is enough");
        }
    }
}
