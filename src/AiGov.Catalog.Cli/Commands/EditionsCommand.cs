using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov editions</c>: the editions in the catalogue, with how complete each is.</summary>
internal static class EditionsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("editions", "List the editions in the catalogue: release date, title, how complete the data is, and counts.");
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-editions/1");
                    w.WriteString("dataVersion", catalog.DataVersion);
                    w.WriteStartArray("editions");
                    foreach (var e in catalog.Editions)
                    {
                        w.WriteStartObject();
                        w.WriteString("edition", e.Edition.ToString());
                        w.WriteString("released", e.Info.Released.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                        Json.Title(w, "title", e.Info.Title);
                        Json.Title(w, "issuer", e.Info.Issuer);
                        w.WriteString("completeness", Json.Kebab(e.Info.Completeness.ToString()));
                        w.WriteNumber("elements", e.Elements.Length);
                        w.WriteNumber("verified", e.Elements.Count(x => x.Provenance.Status == ProvenanceStatus.Verified));
                        w.WriteNumber("riskCategories", e.Categories.Length);
                        w.WriteNumber("risks", e.Risks.Length);
                        w.WriteNumber("measures", e.Measures.Length);
                        w.WriteNumber("guidelineItems", e.GuidelineItems.Length);
                        w.WriteNumber("facts", e.Info.Facts.Length);
                        InstrumentJson.Character(w, e.Info.Character);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var language = context.Language(parse);
            var table = new TextTable("Edition", "Released", "Data", ">Risks", ">Measures", ">Verified");
            foreach (var e in catalog.Editions)
            {
                table.Add(
                    e.Edition.ToString(),
                    e.Info.Released.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    Json.Kebab(e.Info.Completeness.ToString()),
                    Show.N(e.Risks.Length),
                    Show.N(e.Measures.Length),
                    Show.N(e.Elements.Count(x => x.Provenance.Status == ProvenanceStatus.Verified)) + "/" + Show.N(e.Elements.Length));
            }

            var width = context.Width(parse);
            table.Write(context.Output, width);
            context.Output.Write("\n");
            foreach (var e in catalog.Editions)
            {
                Paragraph.Write(context.Output, width, e.Edition + "  ", TitleFormatter.Format(e.Info.Title, language));
            }

            foreach (var e in catalog.Editions)
            {
                var c = e.Info.Character;
                context.Output.Write("\n" + e.Edition + " legal character\n");
                InstrumentText.Line(context.Output, width, "  ", "Type", InstrumentText.Fact(c.InstrumentType) + (c.InstrumentType.IsKnown || c.InstrumentType.Note is not { } why ? string.Empty : " — " + why));
                InstrumentText.Line(context.Output, width, "  ", "Binding", InstrumentText.Binding(c.IsBinding) + InstrumentText.Sources(c.Binding));
                if (c.GuidingAuthority is { Text: { } authority })
                {
                    InstrumentText.Line(context.Output, width, "  ", "Guidance", authority);
                }

                foreach (var t in c.ThirdPartyClassifications)
                {
                    var trust = catalog.TryFindSource(t.By, out var source) ? ", trust " + Json.Kebab(source.Trust.ToString()) : string.Empty;
                    InstrumentText.Line(context.Output, width, "  ", "Called", "\"" + t.Label + "\" by " + t.By + trust + " (a third party's label, not the official type)");
                }
            }

            context.Output.Write("\n");
            Paragraph.Write(context.Output, width, string.Empty, "Catalogue data " + catalog.DataVersion + ". Verified: elements seen in the official text or a verbatim copy. `aigov coverage` lists what the data still lacks.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
