using AiGov.Catalog;

namespace AiGov.Catalog.WebApi;

/// <summary>The JSON shapes of the API: small records built from the catalogue's types.</summary>
internal static class ApiModels
{
    public static EditionResponse Edition(EditionCatalog e) => new(
        e.Edition.ToString(),
        Title(e.Info.Title),
        e.Info.Released.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Word(e.Info.Completeness),
        new Counts(e.Categories.Length, e.Subcategories.Length, e.Risks.Length, e.TechnicalMeasures.Length, e.GovernanceMeasures.Length, e.GuidelineSets.Length, e.Elements.Length),
        e.Info.KnownGaps.Select(g => g.Clause + ": " + g.Note).ToList(),
        new Dictionary<string, string>
        {
            ["risks"] = "/risks?edition=" + e.Edition,
            ["markdown"] = "/editions/" + e.Edition + "/markdown",
            ["oscal"] = "/editions/" + e.Edition + "/oscal",
        });

    public static RiskSummaryResponse RiskSummary(Risk r) => new(
        r.Id,
        r.Edition.ToString(),
        r.Clause,
        Title(r.Title),
        r.Area.Key,
        r.Stages.Select(s => s.Stage.Key).ToList(),
        r.Summary,
        "/risks/" + r.Id);

    public static RiskDetailResponse RiskDetail(Risk r) => new(
        r.Id,
        r.Edition.ToString(),
        r.Key,
        r.Clause,
        Title(r.Title),
        r.Summary,
        new Reference(r.Category.Id, r.Category.Clause, Title(r.Category.Title)),
        new Reference(r.Subcategory.Id, r.Subcategory.Clause, Title(r.Subcategory.Title)),
        new Mapping(r.Area.Key, Word(r.AreaBasis), r.AreaNote),
        r.Stages.Select(s => new Mapping(s.Stage.Key, Word(s.Basis), s.Note)).ToList(),
        r.Actors.Select(a => new Mapping(a.Actor.Key, Word(a.Basis), a.Note)).ToList(),
        r.Measures.Select(m => new MeasureResponse(m.Id, m.Clause, Word(m.MeasureKind), Title(m.Title), m.Summary)).ToList(),
        r.UnaddressedNote,
        r.Mit is { } mit ? mit.Id : null,
        r.Pages is { } pages ? new PagesResponse(pages.Zh?.ToString(), pages.En?.ToString()) : null,
        new ProvenanceResponse(Word(r.Provenance.Status), r.Provenance.Sources.ToList(), r.Provenance.Note),
        r.Aliases.Select(a => a.Text).ToList());

    private static TitleResponse Title(Title t) => new(t.Zh.Text, Word(t.Zh.Status), t.En.Text, Word(t.En.Status));

    /// <summary>An enumeration value as the words of the catalogue's data: <c>ReputableSecondary</c> → <c>reputable-secondary</c>.</summary>
    private static string Word(Enum value)
    {
        var name = value.ToString();
        var word = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                word.Append('-');
            }

            word.Append(char.ToLowerInvariant(name[i]));
        }

        return word.ToString();
    }
}

/// <summary>GET /.</summary>
internal sealed record IndexResponse(string Name, string DataVersion, List<string> Editions, List<string> Endpoints);

/// <summary>A bilingual title with the status of each language (Translation = the project's own English).</summary>
internal sealed record TitleResponse(string? Zh, string ZhStatus, string? En, string EnStatus);

/// <summary>An edition.</summary>
internal sealed record EditionResponse(string Edition, TitleResponse Title, string Released, string Completeness, Counts Counts, List<string> KnownGaps, Dictionary<string, string> Links);

/// <summary>How many elements of each kind an edition has.</summary>
internal sealed record Counts(int Categories, int Subcategories, int Risks, int TechnicalMeasures, int GovernanceMeasures, int GuidelineSets, int Elements);

/// <summary>A risk in a list.</summary>
internal sealed record RiskSummaryResponse(string Id, string Edition, string? Clause, TitleResponse Title, string Area, List<string> Stages, string Summary, string Url);

/// <summary>One risk with its hierarchy, mappings, measures and provenance.</summary>
internal sealed record RiskDetailResponse(
    string Id,
    string Edition,
    string Key,
    string? Clause,
    TitleResponse Title,
    string Summary,
    Reference Category,
    Reference Subcategory,
    Mapping Area,
    List<Mapping> Stages,
    List<Mapping> Actors,
    List<MeasureResponse> Measures,
    string? UnaddressedNote,
    string? MitId,
    PagesResponse? Pages,
    ProvenanceResponse Provenance,
    List<string> Aliases);

/// <summary>A reference to another element.</summary>
internal sealed record Reference(string Id, string? Clause, TitleResponse Title);

/// <summary>A mapping to a vocabulary term, with its basis (Normative or Editorial) and note.</summary>
internal sealed record Mapping(string Key, string Basis, string? Note);

/// <summary>A measure that addresses a risk.</summary>
internal sealed record MeasureResponse(string Id, string? Clause, string Kind, TitleResponse Title, string Summary);

/// <summary>Pages in the Chinese and English texts.</summary>
internal sealed record PagesResponse(string? Zh, string? En);

/// <summary>Provenance.</summary>
internal sealed record ProvenanceResponse(string Status, List<string> Sources, string? Note);
