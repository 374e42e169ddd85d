using System.CommandLine;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov search &lt;text&gt;</c>: titles (Chinese and English), summaries, aliases and clauses.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "What to look for, in Chinese or English, e.g. 信息茧房 or \"information cocoon\". Width, case and quotation marks are folded." };
        var edition = CommonOptions.Edition("Only this edition (default: every edition).");
        var command = new Command("search", "Search titles (Chinese and English), summaries, aliases and clauses of every element.") { text, edition };
        command.SetAction(parse =>
        {
            var query = parse.GetValue(text)!;
            if (string.IsNullOrWhiteSpace(query))
            {
                throw new CliUsageException("search for what? Give some text, e.g. aigov search 信息茧房.");
            }

            var editionText = parse.GetValue(edition);
            var hits = editionText is null
                ? context.Catalog.Search(query)
                : context.Catalog.Search(query, Resolve.Edition(context.Catalog, editionText).Edition);
            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-search/1");
                    w.WriteString("query", query);
                    w.WriteNumber("count", hits.Length);
                    w.WriteStartArray("items");
                    foreach (var hit in hits)
                    {
                        w.WriteStartObject();
                        Json.ElementSummary(w, hit);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var language = context.Language(parse);
            var table = new TextTable("^ID", "Kind", Show.TitleStatusHeader, "*Title");
            foreach (var hit in hits)
            {
                table.Add(hit.Id, Show.Kind(hit.Kind), Show.TitleStatus(hit, language), Show.Title(hit, language));
            }

            if (table.Count > 0)
            {
                table.Write(context.Output, context.Width(parse));
                Paragraph.Write(context.Output, context.Width(parse), string.Empty, Show.TitleStatusLegend);
            }

            context.Output.Write(Show.N(hits.Length) + " match(es) for \"" + query + "\".\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}
