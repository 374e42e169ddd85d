using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;

namespace AiGov.Catalog.Generators.Emitting;

/// <summary>Pure functions from the linked catalogue to C# source text. Same input, byte-identical output.</summary>
internal static class CatalogEmitter
{
    public const string DataFileName = "AiGov.Catalog.GeneratedCatalogData.g.cs";
    public const string VocabulariesFileName = "AiGov.Catalog.Vocabularies.g.cs";
    public const string AccessorsFileName = "AiGov.Catalog.Aisgf.g.cs";

    private static readonly Dictionary<string, (string Type, string Group, string Method)> Kinds = new()
    {
        ["sections"] = ("Section", "Sections", "Section"),
        ["principles"] = ("Principle", "Principles", "Principle"),
        ["components"] = ("FrameworkComponent", "Components", "FrameworkComponent"),
        ["risk-categories"] = ("RiskCategory", "Categories", "RiskCategory"),
        ["risk-subcategories"] = ("RiskSubcategory", "Subcategories", "RiskSubcategory"),
        ["risks"] = ("Risk", "Risks", "Risk"),
        ["measure-groups"] = ("MeasureGroup", "MeasureGroups", "MeasureGroup"),
        ["technical-measures"] = ("Measure", "TechnicalMeasures", "Measure"),
        ["governance-measures"] = ("Measure", "GovernanceMeasures", "Measure"),
        ["guideline-sets"] = ("GuidelineSet", "GuidelineSets", "GuidelineSet"),
        ["guideline-items"] = ("GuidelineItem", "GuidelineItems", "GuidelineItem"),
        ["appendices"] = ("Appendix", "Appendices", "Appendix"),
        ["grading-factors"] = ("GradingFactor", "GradingFactors", "GradingFactor"),
    };

    /// <summary>The sources to add, as (hint name, text) pairs in a fixed order.</summary>
    public static IReadOnlyList<(string HintName, string Text)> Emit(LinkedCatalog catalog) => new[]
    {
        (DataFileName, EmitData(catalog)),
        (VocabulariesFileName, EmitVocabularies(catalog)),
        (AccessorsFileName, EmitAccessors(catalog)),
    };

    /// <summary>What is emitted when the data has errors: enough for the library to compile, and no data.</summary>
    public static IReadOnlyList<(string HintName, string Text)> EmitFailed() => new[]
    {
        (DataFileName, new CodeWriter()
            .Line(CodeWriter.Header.TrimEnd('\n'))
            .Line("namespace AiGov.Catalog;")
            .Line()
            .Open("internal static partial class GeneratedCatalogData")
            .Line("internal const string DataVersion = \"0.0.0\";")
            .Line()
            .Line("internal static CatalogData Create() => throw new global::System.InvalidOperationException(\"The catalogue data had errors at build time (see the AIGOV diagnostics).\");")
            .Close()
            .ToString()),
    };

    private static string EmitData(LinkedCatalog catalog)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line("using System.Collections.Immutable;");
        w.Line();
        w.Line("namespace AiGov.Catalog;");
        w.Line();
        w.Line("/// <summary>The catalogue data compiled from catalog/**/*.yaml.</summary>");
        w.Open("internal static partial class GeneratedCatalogData");
        w.Line("/// <summary>The data version (catalog/data-version.yaml).</summary>");
        w.Line("internal const string DataVersion = " + CodeWriter.Literal(catalog.DataVersion) + ";");
        w.Line();
        w.Open("internal static CatalogData Create()");
        w.Line("return new CatalogData(");
        w.Line("    DataVersion,");
        w.Line("    CreateSources(),");
        w.Line("    LifecycleStage.All,");
        w.Line("    Actor.All,");
        w.Line("    RiskArea.All,");
        w.Line("    ImmutableArray.Create<EditionCatalog>(" + string.Join(", ", catalog.Editions.Select(e => "CreateEdition" + Suffix(e.Manifest.Edition) + "()")) + "),");
        w.Line("    ImmutableArray.Create<EditionLineage>(" + string.Join(", ", catalog.Lineages.Select(l => "CreateLineage" + Suffix(l.From) + Suffix(l.To) + "()")) + "));");
        w.Close();

        EmitSources(w, catalog.Sources);
        foreach (var edition in catalog.Editions)
        {
            EmitEdition(w, edition);
        }

        foreach (var lineage in catalog.Lineages)
        {
            EmitLineage(w, lineage);
        }

        EmitHelpers(w);
        w.Close();
        return w.ToString();
    }

    private static void EmitSources(CodeWriter w, EquatableArray<SourceModel> sources)
    {
        w.Line();
        w.Open("private static ImmutableArray<CatalogSource> CreateSources()");
        w.Line("var sources = ImmutableArray.CreateBuilder<CatalogSource>(" + sources.Count.ToString(CultureInfo.InvariantCulture) + ");");
        foreach (var s in sources)
        {
            w.Line("sources.Add(new CatalogSource(" + string.Join(", ", new[]
            {
                CodeWriter.Literal(s.Id),
                CodeWriter.Literal(s.Title),
                CodeWriter.Literal(s.Location),
                "Editions(" + string.Join(", ", s.Editions.Select(CodeWriter.Literal)) + ")",
                "SourceTrust." + CodeWriter.Pascal(s.Trust),
                CodeWriter.Literal(s.UsedFor),
                CodeWriter.Literal(s.Note),
            }) + "));");
        }

        w.Line("return sources.MoveToImmutable();");
        w.Close();
    }

    private static void EmitEdition(CodeWriter w, LinkedEdition edition)
    {
        var m = edition.Manifest;
        var suffix = Suffix(m.Edition);
        var parts = m.Released.Split('-');
        w.Line();
        w.Open("private static EditionCatalog CreateEdition" + suffix + "()");
        w.Line("var edition = global::AiGov.Catalog.Edition.Parse(" + CodeWriter.Literal(m.Edition) + ");");
        w.Line("var info = new EditionInfo(");
        w.Line("    edition,");
        w.Line("    " + CodeWriter.Literal(m.Key) + ",");
        w.Line("    " + TitleExpr(m.Title) + ",");
        w.Line("    " + TitleExpr(m.Issuer) + ",");
        w.Line("    new global::System.DateTime(" + int.Parse(parts[0], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", " + int.Parse(parts[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", " + int.Parse(parts[2], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", 0, 0, 0, global::System.DateTimeKind.Unspecified),");
        w.Line("    " + TextExpr(m.ReleaseVenue) + ",");
        w.Line("    " + StringsExpr(m.OfficialSources) + ",");
        w.Line("    " + StringsExpr(m.Languages) + ",");
        w.Line("    EditionCompleteness." + CodeWriter.Pascal(m.Completeness) + ",");
        w.Line("    " + CodeWriter.Literal(m.CompletenessNote) + ",");
        w.Line("    " + CodeWriter.Literal(m.Summary) + ",");
        w.Line("    ImmutableArray.Create<KnownGap>(" + string.Join(", ", m.KnownGaps.Select(g =>
            "new KnownGap(" + CodeWriter.Literal(g.Clause) + ", ProvenanceStatus." + CodeWriter.Pascal(g.Status) + ", " + StringsExpr(g.Sources) + ", " + CodeWriter.Literal(g.Note) + ")")) + "),");
        w.Line("    " + ProvenanceExpr(m.Provenance) + ",");
        w.Line("    " + CodeWriter.Literal(m.Notes) + ");");
        w.Line("var elements = ImmutableArray.CreateBuilder<CatalogElement>(" + edition.Elements.Count.ToString(CultureInfo.InvariantCulture) + ");");
        var kinds = edition.Elements.Select(e => e.Model.Kind).Distinct().ToList();
        foreach (var kind in kinds)
        {
            w.Line("Add" + Kinds[kind].Group + suffix + "(elements, edition);");
        }

        w.Line("return new EditionCatalog(info, elements.MoveToImmutable());");
        w.Close();

        foreach (var kind in kinds)
        {
            w.Line();
            w.Open("private static void Add" + Kinds[kind].Group + suffix + "(ImmutableArray<CatalogElement>.Builder elements, global::AiGov.Catalog.Edition edition)");
            foreach (var element in edition.Elements.Where(e => e.Model.Kind == kind))
            {
                w.Line("elements.Add(" + ElementExpr(element) + ");");
            }

            w.Close();
        }
    }

    private static string ElementExpr(LinkedElement e)
    {
        var m = e.Model;
        var info = "new ElementInfo(" + string.Join(", ", new[]
        {
            CodeWriter.Literal(e.Id),
            "edition",
            CodeWriter.Literal(m.Key),
            CodeWriter.Literal(m.Clause),
            m.ClauseStatus is null ? "null" : "ProvenanceStatus." + CodeWriter.Pascal(m.ClauseStatus),
            CodeWriter.Literal(e.ParentId),
            TitleExpr(m.Title),
            m.Pages is null ? "null" : "Pages(" + CodeWriter.Literal(m.Pages.Zh) + ", " + CodeWriter.Literal(m.Pages.En) + ", " + CodeWriter.Literal(m.Pages.Note) + ")",
            CodeWriter.Literal(m.Summary),
            "ImmutableArray.Create<Alias>(" + string.Join(", ", m.Aliases.Select(a => "new Alias(" + CodeWriter.Literal(a.Text) + ", " + StringsExpr(a.Sources) + ", " + CodeWriter.Literal(a.Note) + ")")) + ")",
            "ImmutableArray.Create<StageMapping>(" + string.Join(", ", m.Stages.Select(s => "new StageMapping(LifecycleStage." + CodeWriter.Pascal(s.Value) + ", MappingBasis." + CodeWriter.Pascal(s.Basis) + ", " + CodeWriter.Literal(s.Note) + ")")) + ")",
            "ImmutableArray.Create<ActorMapping>(" + string.Join(", ", m.Actors.Select(a => "new ActorMapping(Actor." + CodeWriter.Pascal(a.Value) + ", MappingBasis." + CodeWriter.Pascal(a.Basis) + ", " + CodeWriter.Literal(a.Note) + ")")) + ")",
            ProvenanceExpr(m.Provenance),
            CodeWriter.Literal(m.Notes),
        }) + ")";

        return m.Kind switch
        {
            "risks" => "new Risk(" + info + ", RiskArea." + CodeWriter.Pascal(m.Area!) + ", MappingBasis." + CodeWriter.Pascal(m.AreaBasis ?? "normative") + ", " + CodeWriter.Literal(m.AreaNote) + ", "
                + (m.MitId is null ? "null" : "new MitReference(" + CodeWriter.Literal(m.MitId) + ", " + CodeWriter.Literal(m.MitDomain) + ")") + ", " + CodeWriter.Literal(m.UnaddressedNote) + ")",
            "technical-measures" or "governance-measures" => "new Measure(" + info + ", MeasureKind." + (m.Kind == "technical-measures" ? "Technical" : "Governance") + ", ImmutableArray.Create<RiskAddress>("
                + string.Join(", ", e.Addresses.Select(a => "new RiskAddress(" + CodeWriter.Literal(a.TargetId) + ", MappingBasis." + CodeWriter.Pascal(a.Basis) + ", " + CodeWriter.Literal(a.Note) + ")")) + "))",
            "measure-groups" => "new MeasureGroup(" + info + ", " + StringsExpr(e.AnswerIds) + ")",
            _ => "new " + Kinds[m.Kind].Type + "(" + info + ")",
        };
    }

    private static void EmitLineage(CodeWriter w, LinkedLineage lineage)
    {
        w.Line();
        w.Open("private static EditionLineage CreateLineage" + Suffix(lineage.From) + Suffix(lineage.To) + "()");
        w.Line("var links = ImmutableArray.CreateBuilder<LineageLink>(" + lineage.Links.Count.ToString(CultureInfo.InvariantCulture) + ");");
        foreach (var l in lineage.Links)
        {
            w.Line("links.Add(new LineageLink(" + string.Join(", ", new[]
            {
                CodeWriter.Literal(l.FromId),
                StringsExpr(l.ToIds),
                "LineageRelation." + CodeWriter.Pascal(l.Relation),
                "ImmutableArray.Create<LineageRelation>(" + string.Join(", ", l.Also.Select(a => "LineageRelation." + CodeWriter.Pascal(a))) + ")",
                "LineageConfidence." + CodeWriter.Pascal(l.Confidence),
                "MappingBasis." + CodeWriter.Pascal(l.Basis),
                StringsExpr(l.Evidence),
                CodeWriter.Literal(l.Note),
            }) + "));");
        }

        w.Line("return new EditionLineage(global::AiGov.Catalog.Edition.Parse(" + CodeWriter.Literal(lineage.From) + "), global::AiGov.Catalog.Edition.Parse(" + CodeWriter.Literal(lineage.To) + "), links.MoveToImmutable());");
        w.Close();
    }

    private static void EmitHelpers(CodeWriter w)
    {
        w.Line();
        w.Line("private static ImmutableArray<string> Strings(params string[] values) => ImmutableArray.Create(values);");
        w.Line();
        w.Open("private static ImmutableArray<global::AiGov.Catalog.Edition> Editions(params string[] values)");
        w.Line("var editions = ImmutableArray.CreateBuilder<global::AiGov.Catalog.Edition>(values.Length);");
        w.Open("foreach (var value in values)");
        w.Line("editions.Add(global::AiGov.Catalog.Edition.Parse(value));");
        w.Close();
        w.Line("return editions.MoveToImmutable();");
        w.Close();
        w.Line();
        w.Line("private static TitleText Text(string? text, TitleStatus status, ImmutableArray<string> sources, string? note) => new TitleText(text, status, sources, note);");
        w.Line();
        w.Line("private static Pages Pages(string? zh, string? en, string? note) => new Pages(zh is null ? null : PageRange.Parse(zh), en is null ? null : PageRange.Parse(en), note);");
    }

    private static string TitleExpr(TitleModel t) => "new Title(" + TextExpr(t.Zh) + ", " + TextExpr(t.En) + ")";

    private static string TextExpr(TitleTextModel t) =>
        "Text(" + CodeWriter.Literal(t.Text) + ", TitleStatus." + CodeWriter.Pascal(t.Status) + ", " + StringsExpr(t.Sources) + ", " + CodeWriter.Literal(t.Note) + ")";

    private static string ProvenanceExpr(ProvenanceModel p) =>
        "new Provenance(ProvenanceStatus." + CodeWriter.Pascal(p.Status) + ", " + StringsExpr(p.Sources) + ", " + CodeWriter.Literal(p.Note) + ")";

    private static string StringsExpr(IEnumerable<string> values) => "Strings(" + string.Join(", ", values.Select(CodeWriter.Literal)) + ")";

    private static string Suffix(string edition) => "_" + edition.Replace('.', '_');

    private static string EmitVocabularies(LinkedCatalog catalog)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line("using System.Collections.Immutable;");
        w.Line();
        w.Line("namespace AiGov.Catalog;");
        EmitVocabulary(w, "LifecycleStage", "lifecycle stage", catalog.Stages, t =>
            "new LifecycleStage(" + CodeWriter.Literal(t.Key) + ", " + CodeWriter.Literal(t.Parent) + ", " + CodeWriter.Literal(t.Zh) + ", " + CodeWriter.Literal(t.En) + ", " + CodeWriter.Literal(t.Summary)
            + ", ImmutableArray.Create<string>(" + string.Join(", ", t.Iso22989.Select(CodeWriter.Literal)) + "), ImmutableArray.Create<string>(" + string.Join(", ", t.NistAiRmf.Select(CodeWriter.Literal)) + "))");
        EmitVocabulary(w, "Actor", "actor", catalog.Actors, t =>
            "new Actor(" + CodeWriter.Literal(t.Key) + ", ActorGroup." + ActorGroup(t.Group) + ", " + CodeWriter.Literal(t.Zh) + ", " + CodeWriter.Literal(t.En) + ", " + CodeWriter.Literal(t.Summary) + ")");
        EmitVocabulary(w, "RiskArea", "risk area", catalog.Areas, t =>
            "new RiskArea(" + CodeWriter.Literal(t.Key) + ", " + CodeWriter.Literal(t.Zh) + ", " + CodeWriter.Literal(t.En) + ", " + CodeWriter.Literal(t.Summary) + ")");

        w.Line();
        w.Open("public readonly partial struct Edition");
        foreach (var edition in catalog.Editions)
        {
            var m = edition.Manifest;
            w.Line("/// <summary>Edition " + m.Edition + CodeWriter.Xml(Describe(m)) + ".</summary>");
            var parts = m.Edition.Split('.');
            w.Line("public static Edition " + EditionClass(m.Key) + " => new(" + parts[0] + ", " + parts[1] + ");");
            w.Line();
        }

        w.Line("/// <summary>Gets the editions compiled into this build of the library, oldest first.</summary>");
        w.Line("public static ImmutableArray<Edition> Compiled { get; } = ImmutableArray.Create<Edition>(" + string.Join(", ", catalog.Editions.Select(e => "new(" + e.Manifest.Edition.Replace(".", ", ") + ")")) + ");");
        w.Close();
        return w.ToString();
    }

    private static string Describe(EditionManifestModel m) =>
        (m.Title.Zh.Text is null ? string.Empty : ", " + m.Title.Zh.Text) + ", released " + m.Released;

    private static string ActorGroup(string? group) => group switch
    {
        "framework-1.0-addressee" => "Framework10Addressee",
        "framework-2.0-stage-role" => "Framework20StageRole",
        _ => "GovernanceBody",
    };

    private static void EmitVocabulary(CodeWriter w, string type, string label, EquatableArray<VocabularyTermModel> terms, System.Func<VocabularyTermModel, string> create)
    {
        w.Line();
        w.Open("public sealed partial class " + type);
        foreach (var t in terms)
        {
            w.Line("/// <summary>The " + label + " <c>" + t.Key + "</c>: " + CodeWriter.Xml(t.Zh) + " / " + CodeWriter.Xml(t.En) + ".</summary>");
            w.Line("public static " + type + " " + MemberName(t.Key, type) + " { get; } = " + create(t) + ";");
            w.Line();
        }

        w.Line("/// <summary>Gets every " + label + " compiled into the library, in the vocabulary's order.</summary>");
        w.Line("public static ImmutableArray<" + type + "> All { get; } = ImmutableArray.Create<" + type + ">(" + string.Join(", ", terms.Select(t => MemberName(t.Key, type))) + ");");
        w.Close();
    }

    private static string EmitAccessors(LinkedCatalog catalog)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line("namespace AiGov.Catalog;");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Typed, compile-time-checked access to every element of the AI Safety Governance Framework (AISGF), by edition and");
        w.Line("/// kind: <c>Aisgf.V1_0.Risks.Explainability</c>. The instances are those of <see cref=\"GovernanceCatalog.Default\"/>.");
        w.Line("/// </summary>");
        w.Open("public static partial class Aisgf");
        foreach (var edition in catalog.Editions)
        {
            var m = edition.Manifest;
            var className = EditionClass(m.Key);
            w.Line("/// <summary>Edition " + m.Edition + CodeWriter.Xml(Describe(m)) + ".</summary>");
            w.Open("public static class " + className);
            w.Line("/// <summary>Gets this edition's catalogue.</summary>");
            w.Line("public static global::AiGov.Catalog.EditionCatalog Catalog => global::AiGov.Catalog.GovernanceCatalog.Default.Edition(global::AiGov.Catalog.Edition." + className + ");");
            w.Line();
            w.Line("/// <summary>The canonical ID of every element of edition " + m.Edition + ", by key.</summary>");
            w.Open("public static class Ids");
            foreach (var e in edition.Elements)
            {
                w.Line("/// <summary><c>" + CodeWriter.Xml(e.Id) + "</c>: " + CodeWriter.Xml(DocTitle(e.Model)) + ".</summary>");
                w.Line("public const string " + MemberName(e.Model.Key, "Ids") + " = " + CodeWriter.Literal(e.Id) + ";");
            }

            w.Close();
            foreach (var kind in edition.Elements.Select(e => e.Model.Kind).Distinct())
            {
                var (type, group, _) = Kinds[kind];
                w.Line();
                w.Line("/// <summary>The " + group + " of edition " + m.Edition + ".</summary>");
                w.Open("public static class " + group);
                foreach (var e in edition.Elements.Where(x => x.Model.Kind == kind))
                {
                    w.Line("/// <summary>" + CodeWriter.Xml((e.Model.Clause ?? e.Id) + " " + DocTitle(e.Model)) + ".</summary>");
                    w.Line("public static global::AiGov.Catalog." + type + " " + MemberName(e.Model.Key, group) + " { get; } = global::AiGov.Catalog.GovernanceCatalog.Default.Find<global::AiGov.Catalog." + type + ">(" + CodeWriter.Literal(e.Id) + ");");
                }

                w.Close();
            }

            w.Close();
        }

        w.Close();
        return w.ToString();
    }

    private static string DocTitle(ElementModel m)
    {
        var zh = m.Title.Zh.Text;
        var en = m.Title.En.Text is null ? null : m.Title.En.Text + (m.Title.En.Status == "translation" ? " (our translation)" : string.Empty);
        return zh is not null && en is not null ? zh + " / " + en : zh ?? en ?? "(untitled) " + Shorten(m.Summary).TrimEnd('.');
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text.Substring(0, 117).TrimEnd() + "...";

    /// <summary>The C# name of an edition: key <c>v1-0</c> → <c>V1_0</c>.</summary>
    public static string EditionClass(string key) => char.ToUpperInvariant(key[0]) + key.Substring(1).Replace('-', '_');

    private static string MemberName(string key, string containingType)
    {
        var name = CodeWriter.Pascal(key);
        return name == containingType || name is "All" or "Key" or "Summary" or "TitleZh" or "TitleEn" or "Group" or "ParentKey" or "Iso22989" or "NistAiRmf" or "Equals" or "GetHashCode" or "ToString" or "GetType"
            ? name + "Term"
            : name;
    }
}
