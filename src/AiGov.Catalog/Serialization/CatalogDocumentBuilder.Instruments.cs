using System.Collections.Immutable;

namespace AiGov.Catalog.Serialization;

/// <summary>The instrument part of a data file: an edition's character and the registry, both optional (older files have neither).</summary>
internal sealed partial class CatalogDocumentBuilder
{
    private FrameworkCharacter CharacterOf(CharacterDto? c, JsonPath owner)
    {
        if (c is null)
        {
            return FrameworkCharacter.Unknown;
        }

        var path = owner.Property("character");
        return new FrameworkCharacter(
            FactOf(c.InstrumentType, path, "instrumentType"),
            FactOf(c.Binding, path, "binding"),
            c.GuidingAuthority is null ? null : TextOf(c.GuidingAuthority, path, "guidingAuthority", english: true),
            Each(c.ThirdPartyClassifications, path, "thirdPartyClassifications", (t, p) => new ThirdPartyClassification(Required(t.Label, p, "label"), Required(t.By, p, "by"), t.Note)));
    }

    private SourcedFact FactOf(SourcedFactDto? f, JsonPath owner, string property)
    {
        if (f is null)
        {
            Problem(owner.Property(property), "is missing");
            return SourcedFact.Unknown;
        }

        return FactAt(f, owner.Property(property));
    }

    private SourcedFact FactAt(SourcedFactDto f, JsonPath path)
    {
        var status = Enum(WireNames.Fact, f.Status, path, "status");
        if ((status == FactStatus.Unknown) != (f.Value is null))
        {
            Problem(path.Property("value"), "a fact is unknown exactly when its value is null");
        }

        var conflicts = Each(f.Conflicts, path, "conflicts", (c, p) => FactAt(c, p));
        return new SourcedFact(f.Value, status, Strings(f.Sources, path, "sources"), f.Note, conflicts);
    }

    private InstrumentRegistryData InstrumentsOf(InstrumentRegistryDto? d)
    {
        if (d is null)
        {
            return InstrumentRegistryData.Empty;
        }

        var path = _root.Property("instruments");
        var levels = Each(d.Levels, path, "levels", (l, p) => new InstrumentLevel(
            Key(l.Key, p, "key"), l.Rank, Required(l.TitleZh, p, "titleZh"), Required(l.TitleEn, p, "titleEn"), Required(l.IssuedBy, p, "issuedBy"),
            Required(l.LegalForce, p, "legalForce"), Enum(WireNames.Fact, l.Status, p, "status"), Strings(l.Sources, p, "sources"), l.Note));
        var instruments = Each(d.Instruments, path, "instruments", (i, p) => new Instrument(
            Key(i.Key, p, "key"), FactOf(i.TitleZh, p, "titleZh"), FactOf(i.TitleEn, p, "titleEn"), FactOf(i.Level, p, "level"), FactOf(i.Issuers, p, "issuers"),
            FactOf(i.Issued, p, "issued"), FactOf(i.Effective, p, "effective"), FactOf(i.Status, p, "status"), FactOf(i.Url, p, "url"), FactOf(i.Binding, p, "binding"),
            i.Relation, i.Notes));
        var links = Each(d.Links, path, "links", (l, p) => new InstrumentLink(
            Required(l.Id, p, "id"), EditionOf(l.Edition, p.Property("edition")) ?? default, l.Element, Required(l.Instrument, p, "instrument"),
            Enum(WireNames.InstrumentRelation, l.Relation, p, "relation"), Enum(WireNames.Direction, l.Direction, p, "direction"),
            Enum(WireNames.Basis, l.Basis, p, "basis"), Strings(l.Sources, p, "sources"), Required(l.Note, p, "note")));
        return new InstrumentRegistryData(levels, instruments, links);
    }
}
