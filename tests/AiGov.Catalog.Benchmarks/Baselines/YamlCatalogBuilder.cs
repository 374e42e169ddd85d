using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using AiGov.Catalog.Generators.Linking;
using AiGov.Catalog.Generators.Model;
using AiGov.Catalog.Generators.Parsing;

namespace AiGov.Catalog.Benchmarks.Baselines;

/// <summary>
/// The baseline for "building the catalogue": what a library without the source generator would do on every start.
/// It reads <c>catalog/**/*.yaml</c> from disk, parses each file with YamlDotNet and validates it (the generator's own
/// <see cref="CatalogFileParser"/>), links and checks across files (<see cref="CatalogLinker"/>), and constructs the same
/// model objects that the generated code constructs (the same internal constructors, in the same order), ending in
/// <c>new GovernanceCatalog(data)</c>. Only the last step is shared with the generated path, so the comparison is fair:
/// both end with an identical, fully indexed catalogue.
/// </summary>
internal static class YamlCatalogBuilder
{
    /// <summary>The YAML files of the catalogue, as (full path, text), in a fixed order.</summary>
    public static IReadOnlyList<(string Path, string Text)> ReadFiles(string catalogDirectory) =>
        Directory.EnumerateFiles(catalogDirectory, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p)))
            .ToList();

    /// <summary>The whole path: read the files, parse, link, construct.</summary>
    public static GovernanceCatalog BuildFromDirectory(string catalogDirectory) => Build(ReadFiles(catalogDirectory));

    /// <summary>Parse, link and construct from file texts already in memory (isolates the cost of the disk reads).</summary>
    public static GovernanceCatalog Build(IReadOnlyList<(string Path, string Text)> files)
    {
        var parsed = ImmutableArray.CreateBuilder<ParsedFile>(files.Count);
        foreach (var (path, text) in files)
        {
            if (FileKinds.TryClassify(path, out var logical, out var kind, out var editionFolder) && logical.EndsWith(".yaml", StringComparison.Ordinal))
            {
                parsed.Add(CatalogFileParser.Parse(path, logical, kind, editionFolder, text));
            }
        }

        var result = CatalogLinker.Link(parsed.ToImmutable());
        if (result.Catalog is null)
        {
            throw new InvalidOperationException("The catalogue YAML has errors: " + string.Join("; ", result.Diagnostics.Select(d => d.Id)));
        }

        return new GovernanceCatalog(Construct(result.Catalog));
    }

    /// <summary>Finds <c>catalog/</c>: next to the executable, else under the repository root recorded at build time.</summary>
    public static string FindCatalogDirectory()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "catalog");
        if (File.Exists(Path.Combine(local, "data-version.yaml")))
        {
            return local;
        }

        var root = typeof(YamlCatalogBuilder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AiGovRepositoryRoot")?.Value;
        var fromRoot = root is null ? null : Path.Combine(root, "catalog");
        return fromRoot is not null && File.Exists(Path.Combine(fromRoot, "data-version.yaml"))
            ? fromRoot
            : throw new DirectoryNotFoundException("catalog/ was found neither next to the executable nor under the repository root.");
    }

    /// <summary>The run-time twin of <c>CatalogEmitter.EmitData</c>: the same constructors with the same arguments.</summary>
    private static CatalogData Construct(LinkedCatalog catalog)
    {
        var stages = new Dictionary<string, LifecycleStage>(StringComparer.Ordinal);
        var stageList = ImmutableArray.CreateBuilder<LifecycleStage>(catalog.Stages.Count);
        foreach (var t in catalog.Stages)
        {
            var stage = new LifecycleStage(t.Key, t.Parent, t.Zh, t.En, t.Summary, Strings(t.Iso22989), Strings(t.NistAiRmf));
            stages[t.Key] = stage;
            stageList.Add(stage);
        }

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var actorList = ImmutableArray.CreateBuilder<Actor>(catalog.Actors.Count);
        foreach (var t in catalog.Actors)
        {
            var actor = new Actor(t.Key, ActorGroupOf(t.Group), t.Zh, t.En, t.Summary);
            actors[t.Key] = actor;
            actorList.Add(actor);
        }

        var areas = new Dictionary<string, RiskArea>(StringComparer.Ordinal);
        var areaList = ImmutableArray.CreateBuilder<RiskArea>(catalog.Areas.Count);
        foreach (var t in catalog.Areas)
        {
            var area = new RiskArea(t.Key, t.Zh, t.En, t.Summary);
            areas[t.Key] = area;
            areaList.Add(area);
        }

        var sources = ImmutableArray.CreateBuilder<CatalogSource>(catalog.Sources.Count);
        foreach (var s in catalog.Sources)
        {
            sources.Add(new CatalogSource(s.Id, s.Title, s.Location, s.Editions.Select(Edition.Parse).ToImmutableArray(), Kebab<SourceTrust>.Parse(s.Trust), s.UsedFor, s.Note));
        }

        var editions = ImmutableArray.CreateBuilder<EditionCatalog>(catalog.Editions.Count);
        foreach (var edition in catalog.Editions)
        {
            editions.Add(ConstructEdition(edition, stages, actors, areas));
        }

        var lineages = ImmutableArray.CreateBuilder<EditionLineage>(catalog.Lineages.Count);
        foreach (var lineage in catalog.Lineages)
        {
            var links = ImmutableArray.CreateBuilder<LineageLink>(lineage.Links.Count);
            foreach (var l in lineage.Links)
            {
                links.Add(new LineageLink(
                    l.FromId,
                    Strings(l.ToIds),
                    Kebab<LineageRelation>.Parse(l.Relation),
                    l.Also.Select(Kebab<LineageRelation>.Parse).ToImmutableArray(),
                    Kebab<LineageConfidence>.Parse(l.Confidence),
                    Kebab<MappingBasis>.Parse(l.Basis),
                    Strings(l.Evidence),
                    l.Note));
            }

            lineages.Add(new EditionLineage(Edition.Parse(lineage.From), Edition.Parse(lineage.To), links.MoveToImmutable()));
        }

        return new CatalogData(catalog.DataVersion, sources.MoveToImmutable(), stageList.MoveToImmutable(), actorList.MoveToImmutable(), areaList.MoveToImmutable(), editions.MoveToImmutable(), lineages.MoveToImmutable());
    }

    private static EditionCatalog ConstructEdition(LinkedEdition edition, Dictionary<string, LifecycleStage> stages, Dictionary<string, Actor> actors, Dictionary<string, RiskArea> areas)
    {
        var m = edition.Manifest;
        var number = Edition.Parse(m.Edition);
        var released = DateTime.ParseExact(m.Released, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
        var info = new EditionInfo(
            number,
            m.Key,
            TitleOf(m.Title),
            TitleOf(m.Issuer),
            released,
            TextOf(m.ReleaseVenue),
            Strings(m.OfficialSources),
            Strings(m.Languages),
            Kebab<EditionCompleteness>.Parse(m.Completeness),
            m.CompletenessNote,
            m.Summary,
            m.KnownGaps.Select(g => new KnownGap(g.Clause, Kebab<ProvenanceStatus>.Parse(g.Status), Strings(g.Sources), g.Note)).ToImmutableArray(),
            m.Facts.Select(f => new EditionFact(f.Topic, f.Text, Kebab<ProvenanceStatus>.Parse(f.Status), Strings(f.Sources), f.Note)).ToImmutableArray(),
            ProvenanceOf(m.Provenance),
            m.Notes);

        // The generated code adds the elements kind by kind, in the order the kinds first appear.
        var elements = ImmutableArray.CreateBuilder<CatalogElement>(edition.Elements.Count);
        foreach (var kind in edition.Elements.Select(e => e.Model.Kind).Distinct())
        {
            foreach (var e in edition.Elements)
            {
                if (e.Model.Kind == kind)
                {
                    elements.Add(ElementOf(e, number, stages, actors, areas));
                }
            }
        }

        return new EditionCatalog(info, elements.MoveToImmutable());
    }

    private static CatalogElement ElementOf(LinkedElement e, Edition edition, Dictionary<string, LifecycleStage> stages, Dictionary<string, Actor> actors, Dictionary<string, RiskArea> areas)
    {
        var m = e.Model;
        var info = new ElementInfo(
            e.Id,
            edition,
            m.Key,
            m.Clause,
            m.ClauseStatus is null ? null : Kebab<ProvenanceStatus>.Parse(m.ClauseStatus),
            e.ParentId,
            TitleOf(m.Title),
            m.Pages is null ? null : new Pages(m.Pages.Zh is null ? null : PageRange.Parse(m.Pages.Zh), m.Pages.En is null ? null : PageRange.Parse(m.Pages.En), m.Pages.Note),
            m.Summary,
            m.Aliases.Select(a => new Alias(a.Text, Strings(a.Sources), a.Note)).ToImmutableArray(),
            m.Stages.Select(s => new StageMapping(stages[s.Value], Kebab<MappingBasis>.Parse(s.Basis), s.Note)).ToImmutableArray(),
            m.Actors.Select(a => new ActorMapping(actors[a.Value], Kebab<MappingBasis>.Parse(a.Basis), a.Note)).ToImmutableArray(),
            ProvenanceOf(m.Provenance),
            m.Notes);

        return m.Kind switch
        {
            "sections" => new Section(info),
            "principles" => new Principle(info),
            "components" => new FrameworkComponent(info),
            "risk-categories" => new RiskCategory(info),
            "risk-subcategories" => new RiskSubcategory(info),
            "risks" => new Risk(info, areas[m.Area!], Kebab<MappingBasis>.Parse(m.AreaBasis ?? "normative"), m.AreaNote, legacyMit: null, m.UnaddressedNote),
            "measure-groups" => new MeasureGroup(info, e.Answers.Select(a => new RiskAddress(a.TargetId, Kebab<MappingBasis>.Parse(a.Basis), a.Note)).ToImmutableArray()),
            "technical-measures" or "governance-measures" => new Measure(
                info,
                m.Kind == "technical-measures" ? MeasureKind.Technical : MeasureKind.Governance,
                e.Addresses.Select(a => new RiskAddress(a.TargetId, Kebab<MappingBasis>.Parse(a.Basis), a.Note)).ToImmutableArray()),
            "guideline-sets" => new GuidelineSet(info),
            "guideline-items" => new GuidelineItem(info),
            "appendices" => new Appendix(info),
            "grading-factors" => new GradingFactor(info),
            "risk-grades" => new RiskGrade(info),
            "appendix-parts" => new AppendixPart(info),
            "appendix-phases" => new AppendixPhase(info),
            "appendix-measure-groups" => new AppendixMeasureGroup(info),
            "appendix-measures" => new AppendixMeasure(info),
            _ => throw new InvalidOperationException("Unknown element kind '" + m.Kind + "'."),
        };
    }

    private static Title TitleOf(TitleModel t) => new(TextOf(t.Zh), TextOf(t.En));

    private static TitleText TextOf(TitleTextModel t) => new(t.Text, Kebab<TitleStatus>.Parse(t.Status), Strings(t.Sources), t.Note);

    private static Provenance ProvenanceOf(ProvenanceModel p) => new(Kebab<ProvenanceStatus>.Parse(p.Status), Strings(p.Sources), p.Note);

    private static ImmutableArray<string> Strings(IEnumerable<string> values) => values.ToImmutableArray();

    private static ActorGroup ActorGroupOf(string? group) => group switch
    {
        "framework-1.0-addressee" => ActorGroup.Framework10Addressee,
        "framework-2.0-stage-role" => ActorGroup.Framework20StageRole,
        _ => ActorGroup.GovernanceBody,
    };

    /// <summary>kebab-case → enum value, through a table built once per enum (so the baseline pays no reflection per value).</summary>
    private static class Kebab<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<string, TEnum> Values = Build();

        public static TEnum Parse(string kebab) =>
            Values.TryGetValue(kebab, out var value) ? value : throw new FormatException("'" + kebab + "' is not a " + typeof(TEnum).Name + ".");

        private static Dictionary<string, TEnum> Build()
        {
            var values = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (var value in Enum.GetValues<TEnum>())
            {
                var name = value.ToString();
                var kebab = new System.Text.StringBuilder();
                for (var i = 0; i < name.Length; i++)
                {
                    if (i > 0 && char.IsUpper(name[i]))
                    {
                        kebab.Append('-');
                    }

                    kebab.Append(char.ToLowerInvariant(name[i]));
                }

                values[kebab.ToString()] = value;
            }

            return values;
        }
    }
}
