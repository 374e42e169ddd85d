using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Serialization;

namespace AiGov.Catalog.Export;

/// <summary>The instrument parts of an edition's Markdown: its legal character and the related instruments of each element.</summary>
internal sealed partial class MarkdownExporter
{
    private void WriteCharacter(EditionInfo info)
    {
        var c = info.Character;
        if (ReferenceEquals(c, FrameworkCharacter.Unknown))
        {
            return;
        }

        Line("## Legal character");
        Line();
        Line("- **Instrument type:** " + Fact(c.InstrumentType));
        Line("- **Binding:** " + (c.IsBinding switch { true => "yes", false => "no", _ => "unknown" }) + " — " + Fact(c.Binding));
        if (c.GuidingAuthority is { Text: { } authority } text)
        {
            Line("- **Drafted under the guidance of:** " + Escape(authority) + (text.Sources.IsEmpty ? string.Empty : " (" + string.Join(", ", text.Sources) + ")"));
        }

        foreach (var t in c.ThirdPartyClassifications)
        {
            var trust = _catalog.TryFindSource(t.By, out var source) ? ", trust " + WireNames.Trust.Name(source.Trust) : string.Empty;
            Line("- **Classified by a third party (not the official type):** “" + Escape(t.Label) + "” by " + t.By + trust + (t.Note is { } note ? ". *" + Escape(note) + "*" : string.Empty));
        }

        if (_catalog.InstrumentLinksFor(info.Edition) is { Length: > 0 } links)
        {
            Line("- **Related instruments (the document as a whole):** " + InstrumentLinkList(links));
        }

        Line();
    }

    private static string Fact(SourcedFact fact) =>
        (fact.Value is { } value ? "`" + value + "`" : "unknown") + " (" + WireNames.Fact.Name(fact.Status)
        + (fact.Sources.IsEmpty ? string.Empty : "; " + string.Join(", ", fact.Sources)) + ")"
        + (fact.Note is { } note ? " *" + Escape(note) + "*" : string.Empty);

    private static string InstrumentLinkList(ImmutableArray<InstrumentLink> links) => string.Join("; ", links.Select(l =>
        "`" + l.InstrumentKey + "` " + WireNames.InstrumentRelation.Name(l.Relation)
        + (l.Direction == LinkDirection.ElementToInstrument ? " (by the framework)" : string.Empty)
        + " (" + l.Id + ", " + WireNames.Basis.Name(l.Basis) + (l.Sources.IsEmpty ? string.Empty : "; " + string.Join(", ", l.Sources)) + ")"));
}
