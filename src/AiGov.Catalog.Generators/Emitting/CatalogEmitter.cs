using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;

namespace AiGov.Catalog.Generators.Emitting;

/// <summary>Pure functions from the linked catalogue to C# source text. Same input, byte-identical output.</summary>
internal static partial class CatalogEmitter
{
    public const string DataFileName = "AiGov.Catalog.GeneratedCatalogData.g.cs";
    public const string VocabulariesFileName = "AiGov.Catalog.Vocabularies.g.cs";
    public const string AccessorsFileName = "AiGov.Catalog.Aisgf.g.cs";

    private static readonly Dictionary<string, (string Type, string Group)> Kinds = new()
    {
        ["sections"] = ("Section", "Sections"),
        ["principles"] = ("Principle", "Principles"),
        ["components"] = ("FrameworkComponent", "Components"),
        ["risk-categories"] = ("RiskCategory", "Categories"),
        ["risk-subcategories"] = ("RiskSubcategory", "Subcategories"),
        ["risks"] = ("Risk", "Risks"),
        ["measure-groups"] = ("MeasureGroup", "MeasureGroups"),
        ["technical-measures"] = ("Measure", "TechnicalMeasures"),
        ["governance-measures"] = ("Measure", "GovernanceMeasures"),
        ["guideline-sets"] = ("GuidelineSet", "GuidelineSets"),
        ["guideline-items"] = ("GuidelineItem", "GuidelineItems"),
        ["appendices"] = ("Appendix", "Appendices"),
        ["grading-factors"] = ("GradingFactor", "GradingFactors"),
        ["risk-grades"] = ("RiskGrade", "RiskGrades"),
        ["appendix-parts"] = ("AppendixPart", "AppendixParts"),
        ["appendix-phases"] = ("AppendixPhase", "AppendixPhases"),
        ["appendix-measure-groups"] = ("AppendixMeasureGroup", "AppendixMeasureGroups"),
        ["appendix-measures"] = ("AppendixMeasure", "AppendixMeasures"),
    };

    /// <summary>The sources to add, as (hint name, text) pairs in a fixed order.</summary>
    public static IReadOnlyList<(string HintName, string Text)> Emit(LinkedCatalog catalog)
    {
        var sources = new List<(string HintName, string Text)>
        {
            (DataFileName, EmitData(catalog)),
            (VocabulariesFileName, EmitVocabularies(catalog)),
            (AccessorsFileName, EmitAccessors(catalog)),
        };
        if (CrosswalkEmitter.HasContent(catalog))
        {
            sources.Add((CrosswalkEmitter.FileName, CrosswalkEmitter.Emit(catalog.Crosswalks!)));
        }

        return sources;
    }

    /// <summary>
    /// The emitted files that declare public members (the vocabularies and the typed accessors; the data class is
    /// internal): what the public API list adds to the hand-written sources. Null means the catalogue failed to build.
    /// </summary>
    public static IReadOnlyList<(string HintName, string Text)> EmitPublic(LinkedCatalog? catalog) => catalog is null
        ? EmitFailed().Where(s => s.HintName != DataFileName).ToArray()
        : new[] { (VocabulariesFileName, EmitVocabularies(catalog)), (AccessorsFileName, EmitAccessors(catalog)) };

    /// <summary>The marker written at the top of every file emitted for a catalogue that failed to build.</summary>
    public const string FailedMarker = "// The catalogue failed to build (see the AIGOV errors): this file holds no data.";

    /// <summary>
    /// What is emitted when the data has errors: every generated member that the hand-written library compiles
    /// against (the data entry point and the vocabularies' <c>All</c> lists, and <c>Edition.Compiled</c>), with no data,
    /// so that the build output holds only the AIGOV diagnostics. The typed accessors (<c>Aisgf.*</c>, <c>Edition.V1_0</c>,
    /// the vocabulary terms) are not emitted: only consumers use them, and a consumer is never compiled against a
    /// library that failed to build.
    /// </summary>
    public static IReadOnlyList<(string HintName, string Text)> EmitFailed()
    {
        var empty = new LinkedCatalog(
            "0.0.0",
            EquatableArray<SourceModel>.Empty,
            EquatableArray<VocabularyTermModel>.Empty,
            EquatableArray<VocabularyTermModel>.Empty,
            EquatableArray<VocabularyTermModel>.Empty,
            EquatableArray<LinkedEdition>.Empty,
            EquatableArray<LinkedLineage>.Empty,
            LinkedInstruments.Empty);
        return new[]
        {
            (DataFileName, new CodeWriter()
                .Line(CodeWriter.Header.TrimEnd('\n'))
                .Line(FailedMarker)
                .Line("namespace AiGov.Catalog;")
                .Line()
                .Open("internal static partial class GeneratedCatalogData")
                .Line("/// <summary>The catalogue failed to build: <see cref=\"Create\"/> throws.</summary>")
                .Line("internal const bool CatalogueFailedToBuild = true;")
                .Line()
                .Line("/// <summary>No data version: the catalogue failed to build.</summary>")
                .Line("internal const string DataVersion = \"0.0.0\";")
                .Line()
                .Line("/// <summary>Always throws: the catalogue failed to build.</summary>")
                .Line("internal static CatalogData Create() => throw new global::System.InvalidOperationException(\"The catalogue failed to build: the catalog/ data had errors at build time (see the AIGOV diagnostics).\");")
                .Close()
                .ToString()),
            (VocabulariesFileName, EmitVocabularies(empty, FailedMarker)),
        };
    }

    private static string EmitData(LinkedCatalog catalog)
    {
        var table = new DataTableWriter();
        WriteTable(table, catalog);

        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line("namespace AiGov.Catalog;");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The catalogue data compiled from catalog/**/*.yaml, as tables that <see cref=\"CompiledCatalogReader\"/> decodes: every");
        w.Line("/// distinct string once (UTF-8), and the records as numbers (see the format in CompiledCatalogReader).");
        w.Line("/// </summary>");
        w.Open("internal static partial class GeneratedCatalogData");
        w.Line("/// <summary>The data version (catalog/data-version.yaml).</summary>");
        w.Line("internal const string DataVersion = " + CodeWriter.Literal(catalog.DataVersion) + ";");
        w.Line();
        w.Line("private static CompiledStrings? s_strings;");
        w.Line();
        w.Line("/// <summary>Builds a new catalogue from the tables (the strings and string lists are decoded once per process).</summary>");
        w.Line("internal static CatalogData Create() =>");
        w.Line("    CompiledCatalogReader.Read(DataVersion, s_strings ??= CompiledCatalogReader.ReadStrings(Text, TextLengths, Lists), Records);");
        w.Line();
        w.Line("/// <summary>Every distinct string of the data, UTF-8, back to back, in order of first use.</summary>");
        w.Line("private static global::System.ReadOnlySpan<byte> Text =>");
        if (table.StringTable.Count == 0)
        {
            w.Line("    \"\"u8;");
        }
        else
        {
            for (var i = 0; i < table.StringTable.Count; i++)
            {
                w.Line("    " + CodeWriter.Literal(table.StringTable[i]) + "u8" + (i == table.StringTable.Count - 1 ? ";" : " +"));
            }
        }

        w.Line();
        w.Line("/// <summary>The UTF-8 length of each string of <see cref=\"Text\"/>, as LEB128 numbers.</summary>");
        w.Open("private static global::System.ReadOnlySpan<byte> TextLengths => new byte[]");
        table.WriteStringLengths(w);
        w.Close(";");
        w.Line();
        w.Line("/// <summary>The distinct non-empty string lists (sources cited, languages, …): their number, then each length and string references.</summary>");
        w.Open("private static global::System.ReadOnlySpan<byte> Lists => new byte[]");
        table.WriteLists(w);
        w.Close(";");
        w.Line();
        w.Line("/// <summary>The records: sources, editions with their elements, lineages.</summary>");
        w.Open("private static global::System.ReadOnlySpan<byte> Records => new byte[]");
        table.WriteBytes(w);
        w.Close(";");
        w.Close();
        return w.ToString();
    }

    /// <summary>Writes the whole catalogue in the record format that <c>CompiledCatalogReader</c> reads, field by field in the same order.</summary>
    private static void WriteTable(DataTableWriter t, LinkedCatalog catalog)
    {
        t.Line("format version").Number(CompiledFormatVersion);
        t.Line("sources").Number(catalog.Sources.Count);
        foreach (var s in catalog.Sources)
        {
            t.Line(s.Id).String(s.Id).String(s.Title).String(s.Location).Strings(s.Editions).Enum("SourceTrust", s.Trust).String(s.UsedFor).String(s.Note);
        }

        var vocabularies = new VocabularyIndexes(catalog);
        t.Line("editions").Number(catalog.Editions.Count);
        foreach (var edition in catalog.Editions)
        {
            var m = edition.Manifest;
            var parts = m.Released.Split('-');
            t.Line("edition " + m.Edition).String(m.Edition).String(m.Key);
            WriteTitle(t, m.Title);
            WriteTitle(t, m.Issuer);
            t.Number(int.Parse(parts[0], CultureInfo.InvariantCulture)).Number(int.Parse(parts[1], CultureInfo.InvariantCulture)).Number(int.Parse(parts[2], CultureInfo.InvariantCulture));
            WriteText(t, m.ReleaseVenue);
            t.Strings(m.OfficialSources).Strings(m.Languages).Enum("EditionCompleteness", m.Completeness).String(m.CompletenessNote).String(m.Summary);
            t.Number(m.KnownGaps.Count);
            foreach (var g in m.KnownGaps)
            {
                t.String(g.Clause).Enum("ProvenanceStatus", g.Status).Strings(g.Sources).String(g.Note);
            }

            t.Number(m.Facts.Count);
            foreach (var f in m.Facts)
            {
                t.String(f.Topic).String(f.Text).Enum("ProvenanceStatus", f.Status).Strings(f.Sources).String(f.Note);
            }

            WriteCharacter(t, m.Character);
            WriteProvenance(t, m.Provenance);
            t.String(m.Notes);
            t.Line("elements of " + m.Edition).Number(edition.Elements.Count);
            foreach (var element in edition.Elements)
            {
                WriteElement(t, element, vocabularies);
            }
        }

        t.Line("lineages").Number(catalog.Lineages.Count);
        foreach (var lineage in catalog.Lineages)
        {
            t.Line("lineage " + lineage.From + " -> " + lineage.To).String(lineage.From).String(lineage.To).Number(lineage.Links.Count);
            foreach (var l in lineage.Links)
            {
                t.Line((l.FromId ?? "(none)") + " -> " + (l.ToIds.Count == 0 ? "(none)" : string.Join(", ", l.ToIds)))
                    .String(l.FromId).Strings(l.ToIds).Enum("LineageRelation", l.Relation).Number(l.Also.Count);
                foreach (var also in l.Also)
                {
                    t.Enum("LineageRelation", also);
                }

                t.Enum("LineageConfidence", l.Confidence).Enum("MappingBasis", l.Basis).Strings(l.Evidence).String(l.Note);
            }
        }

        WriteInstruments(t, catalog.Instruments);
    }

    /// <summary>The version of the record format; the reader refuses any other.</summary>
    private const int CompiledFormatVersion = 2;

    private static void WriteElement(DataTableWriter t, LinkedElement e, VocabularyIndexes vocabularies)
    {
        var m = e.Model;
        // The record kinds are named after the model types (both measure kinds are a Measure).
        t.Line(e.Id).Enum("CompiledRecord", Kinds[m.Kind].Type).String(e.Id).String(m.Key).String(m.Clause).OptionalEnum("ProvenanceStatus", m.ClauseStatus).String(e.ParentId);
        WriteTitle(t, m.Title);
        if (m.Pages is null)
        {
            t.Number(0);
        }
        else
        {
            t.Number(1).String(m.Pages.Zh).String(m.Pages.En).String(m.Pages.Note);
        }

        t.String(m.Summary).Number(m.Aliases.Count);
        foreach (var a in m.Aliases)
        {
            t.String(a.Text).Strings(a.Sources).String(a.Note);
        }

        t.Number(m.Stages.Count);
        foreach (var s in m.Stages)
        {
            t.Number(vocabularies.Stages[s.Value]).Enum("MappingBasis", s.Basis).String(s.Note);
        }

        t.Number(m.Actors.Count);
        foreach (var a in m.Actors)
        {
            t.Number(vocabularies.Actors[a.Value]).Enum("MappingBasis", a.Basis).String(a.Note);
        }

        WriteProvenance(t, m.Provenance);
        t.String(m.Notes);
        switch (m.Kind)
        {
            case "risks":
                t.Number(vocabularies.Areas[m.Area!]).Enum("MappingBasis", m.AreaBasis ?? "normative").String(m.AreaNote);
                t.String(m.UnaddressedNote);
                break;
            case "technical-measures" or "governance-measures":
                t.Enum("MeasureKind", m.Kind == "technical-measures" ? "technical" : "governance").Number(e.Addresses.Count);
                foreach (var a in e.Addresses)
                {
                    t.String(a.TargetId).Enum("MappingBasis", a.Basis).String(a.Note);
                }

                break;
            case "measure-groups":
                t.Number(e.Answers.Count);
                foreach (var a in e.Answers)
                {
                    t.String(a.TargetId).Enum("MappingBasis", a.Basis).String(a.Note);
                }

                break;
        }
    }

    private static void WriteTitle(DataTableWriter t, TitleModel title)
    {
        WriteText(t, title.Zh);
        WriteText(t, title.En);
    }

    private static void WriteText(DataTableWriter t, TitleTextModel text) =>
        t.String(text.Text).Enum("TitleStatus", text.Status).Strings(text.Sources).String(text.Note);

    private static void WriteProvenance(DataTableWriter t, ProvenanceModel p) =>
        t.Enum("ProvenanceStatus", p.Status).Strings(p.Sources).String(p.Note);

    private static string EmitVocabularies(LinkedCatalog catalog, string? marker = null)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        if (marker is not null)
        {
            w.Line(marker);
        }

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
        w.Line("public static ImmutableArray<Edition> Compiled { get; } = ImmutableArray.Create<Edition>(" + string.Join(", ", catalog.Editions.Select(e => "new Edition(" + e.Manifest.Edition.Replace(".", ", ") + ")")) + ");");
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
                var (type, group) = Kinds[kind];
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
