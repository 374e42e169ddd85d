using System.Collections.Generic;
using System.Globalization;
using AiGov.Catalog.Generators.Model;

namespace AiGov.Catalog.Generators.Emitting;

/// <summary>
/// Emits the crosswalks (frameworks, terms, mapping sets) as the body of <c>GeneratedCatalogData.CreateCrosswalks</c>,
/// in a file of their own that exists only when the catalogue has crosswalk files. Same input, byte-identical output.
/// </summary>
internal static class CrosswalkEmitter
{
    public const string FileName = "AiGov.Catalog.Crosswalks.g.cs";

    private static readonly Dictionary<string, string> Predicates = new()
    {
        ["skos:exactMatch"] = "ExactMatch",
        ["skos:closeMatch"] = "CloseMatch",
        ["skos:broadMatch"] = "BroadMatch",
        ["skos:narrowMatch"] = "NarrowMatch",
        ["skos:relatedMatch"] = "RelatedMatch",
    };

    public static bool HasContent(LinkedCatalog catalog) =>
        catalog.Crosswalks is { } c && (c.Frameworks.Count > 0 || c.Sets.Count > 0);

    public static string Emit(LinkedCrosswalks crosswalks)
    {
        var w = new CodeWriter()
            .Line(CodeWriter.Header.TrimEnd('\n'))
            .Line("namespace AiGov.Catalog;")
            .Line()
            .Open("internal static partial class GeneratedCatalogData")
            .Open("static partial void CreateCrosswalks(ref CrosswalkData? data)");
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < crosswalks.Frameworks.Count; i++)
        {
            var f = crosswalks.Frameworks[i].Framework;
            index[f.Id + "@" + f.Version] = i;
            w.Line("var f" + i.ToString(CultureInfo.InvariantCulture) + " = new TargetFramework(");
            w.Line("    " + L(f.Id) + ", " + L(f.Version) + ", " + L(f.Title) + ", " + L(f.Publisher) + ",");
            w.Line("    " + L(f.Licence) + ", " + L(f.Citation) + ", " + L(f.Url) + ", " + L(f.Prefix) + ", " + L(f.Base) + ", " + L(f.IdPattern) + ",");
            w.Line("    new FrameworkTerm[]");
            w.Line("    {");
            foreach (var t in crosswalks.Frameworks[i].Terms)
            {
                w.Line("        new(" + L(t.Id) + ", " + L(t.Kind) + ", " + L(t.Parent) + ", " + L(t.Title) + ", " + L(t.Statement) + "),");
            }

            w.Line("    });");
        }

        var frameworks = new List<string>();
        for (var i = 0; i < crosswalks.Frameworks.Count; i++)
        {
            frameworks.Add("f" + i.ToString(CultureInfo.InvariantCulture));
        }

        w.Line("data = new CrosswalkData(");
        w.Line("    new TargetFramework[] { " + string.Join(", ", frameworks) + " },");
        w.Line("    new MappingSet[]");
        w.Line("    {");
        foreach (var s in crosswalks.Sets)
        {
            var f = "f" + index[s.Framework + "@" + s.FrameworkVersion].ToString(CultureInfo.InvariantCulture);
            var authors = new List<string>();
            foreach (var a in s.Authors)
            {
                authors.Add(L(a));
            }

            w.Line("        new(");
            w.Line("            " + L(s.Id) + ", " + L(s.Edition) + ", " + f + ", " + L(s.Title) + ", " + L(s.Version) + ", " + L(s.Date) + ", " + L(s.Licence) + ",");
            w.Line("            new string[] { " + string.Join(", ", authors) + " }, " + L(s.Citation) + ",");
            w.Line("            new CrosswalkMapping[]");
            w.Line("            {");
            foreach (var r in s.Rows)
            {
                var confidence = r.Confidence is { } c ? c.ToString("R", CultureInfo.InvariantCulture) : "null";
                w.Line("                new(" + L(r.Subject) + ", MappingPredicate." + Predicates[r.Predicate] + ", " + (r.Negated ? "true" : "false") + ", " + L(r.Object) + ", "
                    + L(r.Justification) + ", " + L(r.Author) + ", " + confidence + ", " + L(r.Rationale) + ", " + L(r.Evidence) + "),");
            }

            w.Line("            }),");
        }

        w.Line("    });");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string L(string? value) => CodeWriter.Literal(value);
}
