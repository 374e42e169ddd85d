using System.IO;

namespace AiGov.Catalog.Site;

/// <summary>The static assets embedded in the assembly (<c>Assets/</c>): the stylesheet and the script.</summary>
internal static class SiteAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("AiGov.Catalog.Site.Assets." + name)
            ?? throw new FileNotFoundException("The site asset " + name + " is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
