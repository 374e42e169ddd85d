using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov list</c>: risks (or measures, guideline items) filtered by edition, category, stage, actor and provenance status.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition("Only this edition (default: every edition).");
        var kind = new Option<string>("--kind", "-k")
        {
            Description = "What to list: risk (default), measure or guideline.",
            HelpName = "risk|measure|guideline",
            DefaultValueFactory = _ => "risk",
        };
        kind.AcceptOnlyFromAmong("risk", "measure", "guideline");
        var category = new Option<string?>("--category", "-c")
        {
            Description = "Only risks of this risk category or sub-category: an ID, clause or key, e.g. 3.1, 3.1.1 or 1.0:3.2.",
            HelpName = "id",
        };
        var stage = new Option<string?>("--stage", "-s")
        {
            Description = "Only elements at this lifecycle stage or one of its phases, e.g. design, training, deployment, operation.",
            HelpName = "key",
        };
        var actor = new Option<string?>("--actor", "-a")
        {
            Description = "Only elements mapped to this actor, e.g. model-developer, service-provider, user.",
            HelpName = "key",
        };
        var status = new Option<string?>("--status")
        {
            Description = "Only elements with this provenance status: verified, partial or inferred.",
            HelpName = "verified|partial|inferred",
        };
        var command = new Command("list", "List risks (or measures, or guideline items), filtered by edition, category, stage, actor and provenance status.")
        {
            edition, kind, category, stage, actor, status,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var what = parse.GetValue(kind)!;
            var categoryText = parse.GetValue(category);
            if (categoryText is not null && what != "risk")
            {
                throw new CliUsageException("--category applies to risks only (--kind risk).");
            }

            var stageValue = parse.GetValue(stage) is { } s ? Resolve.Stage(catalog, s) : null;
            var actorValue = parse.GetValue(actor) is { } a ? Resolve.Actor(catalog, a) : null;
            var statusValue = parse.GetValue(status) is { } st ? Resolve.Status(st) : (ProvenanceStatus?)null;
            var editions = Resolve.Editions(catalog, parse.GetValue(edition));
            var items = new List<CatalogElement>();
            var matchedCategory = categoryText is null;
            foreach (var e in editions)
            {
                IEnumerable<CatalogElement> found;
                switch (what)
                {
                    case "measure":
                        var measures = catalog.Measures(e.Edition);
                        measures = stageValue is null ? measures : measures.At(stageValue);
                        measures = actorValue is null ? measures : measures.For(actorValue);
                        found = measures;
                        break;
                    case "guideline":
                        var guidelines = catalog.Guidelines(e.Edition);
                        guidelines = stageValue is null ? guidelines : guidelines.At(stageValue);
                        guidelines = actorValue is null ? guidelines : guidelines.For(actorValue);
                        found = guidelines;
                        break;
                    default:
                        var risks = catalog.Risks(e.Edition);
                        if (categoryText is not null)
                        {
                            var group = Resolve.Category(e, categoryText);
                            if (group is null)
                            {
                                continue;
                            }

                            matchedCategory = true;
                            risks = group is RiskCategory c ? risks.In(c) : risks.In((RiskSubcategory)group);
                        }

                        risks = stageValue is null ? risks : risks.At(stageValue);
                        risks = actorValue is null ? risks : risks.For(actorValue);
                        found = risks;
                        break;
                }

                items.AddRange(found.Where(x => statusValue is null || x.Provenance.Status == statusValue));
            }

            if (!matchedCategory)
            {
                throw new CliUsageException("no risk category or sub-category '" + categoryText + "' in " + (editions.Count == 1 ? "edition " + editions[0].Edition : "any edition")
                    + ". Categories look like 3.1 or 1.0:3.2, sub-categories like 3.1.1; `aigov list --kind risk` shows the clauses.");
            }

            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-list/1");
                    w.WriteString("kind", what);
                    w.WriteNumber("count", items.Count);
                    w.WriteStartArray("items");
                    foreach (var item in items)
                    {
                        w.WriteStartObject();
                        Json.ElementSummary(w, item);
                        Json.Strings(w, "stages", item.Stages.Select(m => m.Stage.Key));
                        Json.Strings(w, "actors", item.Actors.Select(m => m.Actor.Key));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var language = context.Language(parse);
            var table = new TextTable("^ID", "Clause", "Provenance", Show.TitleStatusHeader, "*Title");
            foreach (var item in items)
            {
                table.Add(item.Id, item.Clause ?? "—", Show.Status(item.Provenance.Status), Show.TitleStatus(item, language), Show.Title(item, language));
            }

            var noun = what == "risk" ? "risk(s)" : what == "measure" ? "measure(s)" : "guideline item(s)";
            if (table.Count > 0)
            {
                table.Write(context.Output, context.Width(parse));
                Paragraph.Write(context.Output, context.Width(parse), string.Empty, Show.TitleStatusLegend);
            }

            context.Output.Write(Show.N(items.Count) + " " + noun + ".\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}
