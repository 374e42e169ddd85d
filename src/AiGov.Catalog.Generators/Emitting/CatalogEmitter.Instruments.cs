using AiGov.Catalog.Generators.Model;

namespace AiGov.Catalog.Generators.Emitting;

/// <summary>
/// The instrument records of the compiled data: an edition's legal character (after the manifest's facts) and the
/// registry (levels, instruments, links; after the lineages). <c>CompiledCatalogReader.Instruments</c> reads them in the
/// same order.
/// </summary>
internal static partial class CatalogEmitter
{
    private static void WriteCharacter(DataTableWriter t, CharacterModel? character)
    {
        t.Number(character is null ? 0 : 1);
        if (character is null)
        {
            return;
        }

        WriteFact(t, character.InstrumentType);
        WriteFact(t, character.Binding);
        t.Number(character.GuidingAuthority is null ? 0 : 1);
        if (character.GuidingAuthority is not null)
        {
            WriteText(t, character.GuidingAuthority);
        }

        t.Number(character.Classifications.Count);
        foreach (var c in character.Classifications)
        {
            t.String(c.Label).String(c.By).String(c.Note);
        }
    }

    private static void WriteFact(DataTableWriter t, SourcedFactModel fact)
    {
        t.String(fact.Value).Enum("FactStatus", fact.Status).Strings(fact.Sources).String(fact.Note).Number(fact.Conflicts.Count);
        foreach (var conflict in fact.Conflicts)
        {
            WriteFact(t, conflict);
        }
    }

    private static void WriteInstruments(DataTableWriter t, LinkedInstruments registry)
    {
        t.Line("instrument levels").Number(registry.Levels.Count);
        foreach (var l in registry.Levels)
        {
            t.Line(l.Key).String(l.Key).Number(l.Rank ?? 0).String(l.Zh).String(l.En).String(l.IssuedBy).String(l.LegalForce)
                .Enum("FactStatus", l.Status).Strings(l.Sources).String(l.Note);
        }

        t.Line("instruments").Number(registry.Instruments.Count);
        foreach (var i in registry.Instruments)
        {
            t.Line(i.Key).String(i.Key);
            foreach (var fact in new[] { i.TitleZh, i.TitleEn, i.Level, i.Issuers, i.Issued, i.Effective, i.Status, i.Url, i.Binding })
            {
                WriteFact(t, fact);
            }

            t.String(i.Relation).String(i.Notes);
        }

        t.Line("instrument links").Number(registry.Links.Count);
        foreach (var l in registry.Links)
        {
            t.Line(l.Id + " " + (l.ElementId ?? l.Edition) + " -> " + l.Instrument)
                .String(l.Id).String(l.Edition).String(l.ElementId).String(l.Instrument)
                .Enum("InstrumentRelation", l.Relation).Enum("LinkDirection", l.Direction)
                .Enum("MappingBasis", l.Basis == "stated" ? "stated-by-source" : l.Basis).Strings(l.Sources).String(l.Note);
        }
    }
}
