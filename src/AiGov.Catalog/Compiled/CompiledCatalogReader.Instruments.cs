using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>The instrument records of the compiled data, in the order <c>CatalogEmitter.Instruments</c> writes them.</summary>
internal static partial class CompiledCatalogReader
{
    private static FrameworkCharacter Character(ref CompiledDataCursor r)
    {
        if (r.Number() == 0)
        {
            return FrameworkCharacter.Unknown;
        }

        var type = Fact(ref r);
        var binding = Fact(ref r);
        var authority = r.Number() == 0 ? null : Text(ref r);
        var classifications = new ThirdPartyClassification[r.Number()];
        for (var i = 0; i < classifications.Length; i++)
        {
            classifications[i] = new ThirdPartyClassification(r.String(), r.String(), r.OptionalString());
        }

        return new FrameworkCharacter(type, binding, authority, Wrap(classifications));
    }

    private static SourcedFact Fact(ref CompiledDataCursor r)
    {
        var value = r.OptionalString();
        var status = (FactStatus)r.Number();
        var sources = r.Strings();
        var note = r.OptionalString();
        var conflicts = new SourcedFact[r.Number()];
        for (var i = 0; i < conflicts.Length; i++)
        {
            conflicts[i] = Fact(ref r);
        }

        return new SourcedFact(value, status, sources, note, Wrap(conflicts));
    }

    private static InstrumentRegistryData Instruments(ref CompiledDataCursor r)
    {
        var levels = new InstrumentLevel[r.Number()];
        for (var i = 0; i < levels.Length; i++)
        {
            var key = r.String();
            var rank = r.Number();
            levels[i] = new InstrumentLevel(key, rank == 0 ? null : rank, r.String(), r.String(), r.String(), r.String(), (FactStatus)r.Number(), r.Strings(), r.OptionalString());
        }

        var instruments = new Instrument[r.Number()];
        for (var i = 0; i < instruments.Length; i++)
        {
            var key = r.String();
            instruments[i] = new Instrument(
                key, Fact(ref r), Fact(ref r), Fact(ref r), Fact(ref r), Fact(ref r), Fact(ref r), Fact(ref r), Fact(ref r), Fact(ref r),
                r.OptionalString(), r.OptionalString());
        }

        var links = new InstrumentLink[r.Number()];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new InstrumentLink(
                r.String(), Edition.Parse(r.String()), r.OptionalString(), r.String(),
                (InstrumentRelation)r.Number(), (LinkDirection)r.Number(), (MappingBasis)r.Number(), r.Strings(), r.String());
        }

        return new InstrumentRegistryData(Wrap(levels), Wrap(instruments), Wrap(links));
    }
}
