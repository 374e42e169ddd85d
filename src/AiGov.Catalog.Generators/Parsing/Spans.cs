using AiGov.Catalog.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>Converts YamlDotNet marks (1-based lines and columns) to Roslyn's 0-based positions.</summary>
internal static class Spans
{
    public static SourceSpan Of(string path, YamlNode node) => Of(path, node.Start, node.End);

    public static SourceSpan Of(string path, Mark start, Mark end)
    {
        var startIndex = (int)System.Math.Max(0, start.Index);
        var endIndex = (int)System.Math.Max(startIndex, end.Index);
        return new SourceSpan(
            path,
            startIndex,
            endIndex - startIndex,
            (int)System.Math.Max(0, start.Line - 1),
            (int)System.Math.Max(0, start.Column - 1),
            (int)System.Math.Max(0, end.Line - 1),
            (int)System.Math.Max(0, end.Column - 1));
    }
}
