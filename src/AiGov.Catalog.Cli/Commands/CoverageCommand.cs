using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov coverage</c>: what the catalogue data still lacks (unknown titles, clauses, pages; known gaps).</summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition("Only this edition (default: every edition).");
        var format = CommonOptions.Format("text (tables, the default) or md (the full Markdown report).", "text", "md");
        var command = new Command("coverage", "Show how much of each edition the catalogue data knows: elements by provenance status, and every title, clause or page still unknown or unconfirmed.")
        {
            edition, format,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var coverages = Resolve.Editions(catalog, parse.GetValue(edition)).Select(e => catalog.Coverage(e.Edition)).ToList();
            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-data-coverage/1");
                    w.WriteString("dataVersion", catalog.DataVersion);
                    w.WriteStartArray("editions");
                    foreach (var c in coverages)
                    {
                        w.WriteStartObject();
                        w.WriteString("edition", c.Edition.ToString());
                        w.WriteString("completeness", Json.Kebab(c.Completeness.ToString()));
                        w.WriteStartArray("counts");
                        foreach (var count in c.Counts.Where(x => x.Total > 0))
                        {
                            w.WriteStartObject();
                            w.WriteString("kind", Json.Kebab(count.Kind.ToString()));
                            w.WriteNumber("verified", count.Verified);
                            w.WriteNumber("partial", count.Partial);
                            w.WriteNumber("inferred", count.Inferred);
                            w.WriteNumber("total", count.Total);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteStartArray("gaps");
                        foreach (var gap in c.Gaps)
                        {
                            w.WriteStartObject();
                            w.WriteString("element", gap.ElementId);
                            w.WriteString("clause", gap.Clause);
                            w.WriteString("field", gap.Field);
                            w.WriteString("status", Json.Kebab(gap.Status.ToString()));
                            w.WriteString("note", gap.Note);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var markdown = parse.GetValue(format) == "md";
            for (var i = 0; i < coverages.Count; i++)
            {
                var c = coverages[i];
                if (i > 0)
                {
                    context.Output.Write("\n");
                }

                if (markdown)
                {
                    context.Output.Write(c.ToMarkdown());
                    continue;
                }

                context.Output.Write("Edition " + c.Edition + ": data " + Json.Kebab(c.Completeness.ToString()) + ", " + Show.N(c.Total) + " elements, " + Show.N(c.Gaps.Length) + " gaps\n\n");
                var counts = new TextTable("Kind", ">Verified", ">Partial", ">Inferred", ">Total");
                foreach (var count in c.Counts.Where(x => x.Total > 0))
                {
                    counts.Add(Show.Kind(count.Kind), Show.N(count.Verified), Show.N(count.Partial), Show.N(count.Inferred), Show.N(count.Total));
                }

                counts.Write(context.Output, context.Width(parse));
                context.Output.Write("\n");
                var gaps = new TextTable("^Element", "Field", "Status");
                foreach (var gap in c.Gaps)
                {
                    gaps.Add(gap.ElementId ?? c.Edition + ":" + (gap.Clause ?? "?") + " (not encoded)", gap.Field, Json.Kebab(gap.Status.ToString()));
                }

                gaps.Write(context.Output, context.Width(parse));
            }

            var registryGaps = context.Catalog.InstrumentFactGaps();
            if (registryGaps.Count > 0)
            {
                context.Output.Write(markdown
                    ? "\n## Related instruments: facts unknown or in conflict\n\n| Instrument | Field | Gap |\n|---|---|---|\n"
                    : "\nRelated instruments: " + Show.N(registryGaps.Count) + " facts unknown or in conflict\n\n");
                var table = new TextTable("Instrument", "Field", "Gap");
                foreach (var gap in registryGaps)
                {
                    var what = gap.IsConflict ? "conflict: " + (gap.Fact.Value ?? "unknown") + " / " + string.Join(" / ", gap.Fact.Conflicts.Select(c => c.Value ?? "unknown")) : "unknown";
                    if (markdown)
                    {
                        context.Output.Write("| `" + gap.InstrumentKey + "` | " + gap.Field + " | " + what + (gap.Fact.Note is { } note ? " — " + note.Replace("|", "\\|") : string.Empty) + " |\n");
                    }
                    else
                    {
                        table.Add(gap.InstrumentKey, gap.Field, what);
                    }
                }

                if (!markdown)
                {
                    table.Write(context.Output, context.Width(parse));
                }
            }

            if (!markdown)
            {
                context.Output.Write("\n`aigov coverage --format md` gives the full report with a note on each gap.\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
