using System.Globalization;
using AiGov.Catalog.Tests.Serialization;

namespace AiGov.Catalog.Tests.Reliability;

/// <summary>Every rendering of the library is byte-identical under the invariant, Turkish, Chinese and Arabic cultures.</summary>
public sealed class RenderingCultureTests
{
    private static readonly (string Name, Func<GovernanceCatalog, string> Render)[] Renderings =
    {
        ("diff md", c => c.Diff(Edition.V1_0, Edition.V2_0).ToMarkdown()),
        ("diff json", c => c.Diff(Edition.V2_0, Edition.V1_0).ToJson()),
        ("diff csv", c => c.Diff(Edition.V1_0, Edition.V2_0).ToCsv()),
        ("matrix md", c => c.StageMatrix(Edition.V1_0).ToMarkdown()),
        ("matrix csv", c => c.StageMatrix(Edition.V2_0, StageMatrixAxis.Area).ToCsv()),
        ("coverage md", c => c.Coverage(Edition.V2_0).ToMarkdown()),
        ("export json", c => Convert.ToBase64String(CatalogJsonTests.Export(c))),
        ("export csv", c => c.ToCsv(CatalogCsvTable.Mappings)),
        ("export md", c => c.ToMarkdown(Edition.V1_0)),
        ("export oscal", c => c.ToOscalJson(Edition.V2_0)),
    };

    public static TheoryData<string> Cultures() => new() { "tr-TR", "zh-CN", "ar-SA" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Renderings_do_not_depend_on_the_current_culture(string culture)
    {
        var catalog = GovernanceCatalog.Default;
        var invariant = Render(CultureInfo.InvariantCulture, catalog);

        var local = Render(CultureInfo.GetCultureInfo(culture), catalog);

        foreach (var (name, _) in Renderings)
        {
            local[name].Should().Be(invariant[name], because: name + " must be culture-invariant");
        }
    }

    private static Dictionary<string, string> Render(CultureInfo culture, GovernanceCatalog catalog)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Renderings.ToDictionary(r => r.Name, r => r.Render(catalog));
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
