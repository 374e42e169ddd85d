using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// Writes a catalogue as the JSON data file: model → DTOs → UTF-8 through the source-generated context. The bytes are a
/// pure function of the catalogue: fixed property order, "\n" newlines, two-space indentation, invariant formats,
/// Chinese text written as is (not \u-escaped), and a final newline.
/// </summary>
internal static partial class CatalogJsonWriter
{
    public static byte[] Write(GovernanceCatalog catalog)
    {
        var document = ToDto(catalog);
        return DeterministicJson.Write(writer => JsonSerializer.Serialize(writer, document, CatalogJsonContext.Default.CatalogDocumentDto));
    }

    private static CatalogDocumentDto ToDto(GovernanceCatalog catalog) => new()
    {
        Format = CatalogDocumentDto.FormatName,
        FormatVersion = CatalogDocumentDto.CurrentFormatVersion,
        DataVersion = catalog.DataVersion,
        Vocabularies = new VocabulariesDto
        {
            Stages = Map(catalog.Stages, s => new StageTermDto
            {
                Key = s.Key,
                Parent = s.ParentKey,
                TitleZh = s.TitleZh,
                TitleEn = s.TitleEn,
                Summary = s.Summary,
                Iso22989 = Strings(s.Iso22989),
                NistAiRmf = Strings(s.NistAiRmf),
            }),
            Actors = Map(catalog.Actors, a => new ActorTermDto
            {
                Key = a.Key,
                Group = WireNames.Group.Name(a.Group),
                TitleZh = a.TitleZh,
                TitleEn = a.TitleEn,
                Summary = a.Summary,
            }),
            Areas = Map(catalog.Areas, a => new AreaTermDto
            {
                Key = a.Key,
                TitleZh = a.TitleZh,
                TitleEn = a.TitleEn,
                Summary = a.Summary,
            }),
        },
        Sources = Map(catalog.Sources, s => new SourceDto
        {
            Id = s.Id,
            Title = s.Title,
            Location = s.Location,
            Editions = Map(s.Editions, e => e.ToString()),
            Trust = WireNames.Trust.Name(s.Trust),
            UsedFor = s.UsedFor,
            Note = s.Note,
        }),
        Editions = Map(catalog.Editions, ToDto),
        Lineages = Map(catalog.Lineages, l => new LineageDto
        {
            From = l.From.ToString(),
            To = l.To.ToString(),
            Links = Map(l.Links, k => new LineageLinkDto
            {
                From = k.FromId,
                To = Strings(k.ToIds),
                Relation = WireNames.Relation.Name(k.Relation),
                Also = Map(k.Also, r => WireNames.Relation.Name(r)),
                Confidence = WireNames.Confidence.Name(k.Confidence),
                Basis = WireNames.Basis.Name(k.Basis),
                Evidence = Strings(k.Evidence),
                Note = k.Note,
            }),
        }),
        Instruments = catalog.Instruments.IsEmpty ? null : InstrumentsDto(catalog),
        Crosswalks = CrosswalksDto(catalog),
    };

    private static EditionDto ToDto(EditionCatalog edition)
    {
        var info = edition.Info;
        return new EditionDto
        {
            Edition = info.Edition.ToString(),
            Key = info.Key,
            Title = ToDto(info.Title),
            Issuer = ToDto(info.Issuer),
            Released = info.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ReleaseVenue = ToDto(info.ReleaseVenue),
            OfficialSources = Strings(info.OfficialSources),
            Languages = Strings(info.Languages),
            Completeness = WireNames.Completeness.Name(info.Completeness),
            CompletenessNote = info.CompletenessNote,
            Summary = info.Summary,
            KnownGaps = Map(info.KnownGaps, g => new KnownGapDto
            {
                Clause = g.Clause,
                Status = WireNames.Status.Name(g.Status),
                Sources = Strings(g.Sources),
                Note = g.Note,
            }),
            Facts = Map(info.Facts, f => new FactDto
            {
                Topic = f.Topic,
                Text = f.Text,
                Status = WireNames.Status.Name(f.Status),
                Sources = Strings(f.Sources),
                Note = f.Note,
            }),
            Character = ToDto(info.Character),
            Provenance = ToDto(info.Provenance),
            Notes = info.Notes,
            Elements = Map(edition.Elements, ToDto),
        };
    }

    private static ElementDto ToDto(CatalogElement e) => new()
    {
        Kind = WireNames.Kind.Name(e.Kind),
        Id = e.Id,
        Key = e.Key,
        Clause = e.Clause,
        ClauseStatus = e.ClauseStatus is { } status ? WireNames.Status.Name(status) : null,
        Parent = e.ParentId,
        Title = ToDto(e.Title),
        Pages = e.Pages is { } pages ? new PagesDto { Zh = pages.Zh?.ToString(), En = pages.En?.ToString(), Note = pages.Note } : null,
        Summary = e.Summary,
        Aliases = Map(e.Aliases, a => new AliasDto { Text = a.Text, Sources = Strings(a.Sources), Note = a.Note }),
        Stages = Map(e.Stages, s => new StageMappingDto { Stage = s.Stage.Key, Basis = WireNames.Basis.Name(s.Basis), Note = s.Note }),
        Actors = Map(e.Actors, a => new ActorMappingDto { Actor = a.Actor.Key, Basis = WireNames.Basis.Name(a.Basis), Note = a.Note }),
        Provenance = ToDto(e.Provenance),
        Notes = e.Notes,
        Risk = e is Risk risk
            ? new RiskPartDto
            {
                Area = risk.Area.Key,
                AreaBasis = WireNames.Basis.Name(risk.AreaBasis),
                AreaNote = risk.AreaNote,
                // Only the legacy value of a file read from an older format: MIT's codings are a mapping set now.
                Mit = risk.LegacyMit is { } mit ? new MitDto { Id = mit.Id, Domain = mit.Domain } : null,
                UnaddressedNote = risk.UnaddressedNote,
            }
            : null,
        Measure = e is Measure measure
            ? new MeasurePartDto { Addresses = Map(measure.Addresses, ToDto) }
            : null,
        MeasureGroup = e is MeasureGroup group ? new MeasureGroupPartDto { Answers = Map(group.Answers, ToDto) } : null,
    };

    private static RiskAddressDto ToDto(RiskAddress a) => new() { Target = a.TargetId, Basis = WireNames.Basis.Name(a.Basis), Note = a.Note };

    private static TitleDto ToDto(Title title) => new() { Zh = ToDto(title.Zh), En = ToDto(title.En) };

    private static TitleTextDto ToDto(TitleText text) => new()
    {
        Text = text.Text,
        Status = WireNames.TitleState.Name(text.Status),
        Sources = Strings(text.Sources),
        Note = text.Note,
    };

    private static ProvenanceDto ToDto(Provenance provenance) => new()
    {
        Status = WireNames.Status.Name(provenance.Status),
        Sources = Strings(provenance.Sources),
        Note = provenance.Note,
    };

    private static List<string?> Strings(ImmutableArray<string> values) => Map(values, v => v);

    private static List<TOut?> Map<TIn, TOut>(ImmutableArray<TIn> values, System.Func<TIn, TOut> map)
        where TOut : class
    {
        var list = new List<TOut?>(values.Length);
        foreach (var value in values)
        {
            list.Add(map(value));
        }

        return list;
    }
}
