using System.Text.Json;

namespace AiGov.Catalog.Cli.Output;

/// <summary>The JSON forms of instruments, sourced facts, links and an edition's character in <c>aigov</c>'s <c>--json</c> output.</summary>
internal static class InstrumentJson
{
    public static void Fact(Utf8JsonWriter w, string name, SourcedFact fact)
    {
        w.WriteStartObject(name);
        FactBody(w, fact);
        w.WriteEndObject();
    }

    public static void Instrument(Utf8JsonWriter w, Instrument i, bool withLinks)
    {
        w.WriteString("key", i.Key);
        Fact(w, "titleZh", i.TitleZh);
        Fact(w, "titleEn", i.TitleEn);
        Fact(w, "level", i.Level);
        Fact(w, "issuers", i.Issuers);
        Fact(w, "issued", i.Issued);
        Fact(w, "effective", i.Effective);
        Fact(w, "status", i.Status);
        Fact(w, "url", i.Url);
        Fact(w, "binding", i.Binding);
        w.WriteString("statedRelation", i.StatedRelation);
        w.WriteNumber("links", i.Links.Length);
        if (withLinks)
        {
            w.WriteStartArray("linkList");
            foreach (var link in i.Links)
            {
                w.WriteStartObject();
                Link(w, link);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    public static void Link(Utf8JsonWriter w, InstrumentLink link)
    {
        w.WriteString("id", link.Id);
        w.WriteString("edition", link.Edition.ToString());
        w.WriteString("element", link.ElementId);
        w.WriteString("instrument", link.InstrumentKey);
        w.WriteString("relation", Json.Kebab(link.Relation.ToString()));
        w.WriteString("direction", Json.Kebab(link.Direction.ToString()));
        w.WriteString("basis", Json.Kebab(link.Basis.ToString()));
        Json.Strings(w, "sources", link.Sources);
        w.WriteString("note", link.Note);
    }

    public static void Character(Utf8JsonWriter w, FrameworkCharacter c)
    {
        w.WriteStartObject("character");
        Fact(w, "instrumentType", c.InstrumentType);
        Fact(w, "binding", c.Binding);
        if (c.GuidingAuthority is { } authority)
        {
            w.WriteString("guidingAuthority", authority.Text);
        }
        else
        {
            w.WriteNull("guidingAuthority");
        }

        w.WriteStartArray("thirdPartyClassifications");
        foreach (var t in c.ThirdPartyClassifications)
        {
            w.WriteStartObject();
            w.WriteString("label", t.Label);
            w.WriteString("by", t.By);
            w.WriteString("note", t.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void FactBody(Utf8JsonWriter w, SourcedFact fact)
    {
        w.WriteString("value", fact.Value);
        w.WriteString("status", InstrumentText.Status(fact.Status));
        Json.Strings(w, "sources", fact.Sources);
        w.WriteString("note", fact.Note);
        if (fact.IsInConflict)
        {
            w.WriteStartArray("conflicts");
            foreach (var conflict in fact.Conflicts)
            {
                w.WriteStartObject();
                FactBody(w, conflict);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }
}
