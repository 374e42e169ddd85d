namespace AiGov.Catalog;

/// <summary>The hook the generator implements when the catalogue has crosswalk files (none: no crosswalks).</summary>
internal static partial class GeneratedCatalogData
{
    internal static CrosswalkData CreateCrosswalkData()
    {
        CrosswalkData? data = null;
        CreateCrosswalks(ref data);
        return data ?? CrosswalkData.Empty;
    }

    static partial void CreateCrosswalks(ref CrosswalkData? data);
}
