using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov instruments</c>: the registry of related laws, rules, standards and initiatives, filtered by level and binding force.</summary>
internal static class InstrumentsCommand
{
    public static Command Create(CliContext context)
    {
        var level = new Option<string?>("--level", "-l")
        {
            Description = "Only instruments of this hierarchy level (conflicting types count), e.g. law, departmental-rule, recommended-national-standard.",
            HelpName = "key",
        };
        var binding = new Option<string?>("--binding", "-b")
        {
            Description = "Only binding (yes), non-binding (no) or unknown instruments.",
            HelpName = "yes|no|unknown",
        };
        binding.AcceptOnlyFromAmong("yes", "no", "unknown");
        var command = new Command("instruments", "List the instruments related to the framework (laws, rules, standards, initiatives): level, binding force, issue date and links.")
        {
            level, binding,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var items = catalog.Instruments.AsEnumerable();
            if (parse.GetValue(level) is { } levelKey)
            {
                if (!catalog.TryFindInstrumentLevel(levelKey, out _))
                {
                    throw new CliUsageException("no instrument level '" + levelKey + "'. Levels: " + string.Join(", ", catalog.InstrumentLevels.Select(l => l.Key)) + ".");
                }

                items = catalog.InstrumentsAt(levelKey);
            }

            if (parse.GetValue(binding) is { } b)
            {
                bool? wanted = b switch { "yes" => true, "no" => false, _ => null };
                items = items.Where(i => i.IsBinding == wanted);
            }

            var list = items.ToList();
            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-instruments/1");
                    w.WriteString("dataVersion", catalog.DataVersion);
                    w.WriteNumber("count", list.Count);
                    w.WriteStartArray("instruments");
                    foreach (var i in list)
                    {
                        w.WriteStartObject();
                        InstrumentJson.Instrument(w, i, withLinks: false);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var table = new TextTable("Instrument", "Lvl", "Bind", "Issued");
            foreach (var i in list)
            {
                var rank = i.Level.Value is { } key && catalog.TryFindInstrumentLevel(key, out var l) ? (l.Rank is { } r ? Show.N(r) : "-") : "?";
                table.Add(
                    i.Key,
                    rank + (i.Level.IsInConflict ? "*" : string.Empty),
                    i.IsBinding switch { true => "yes", false => "no", _ => "?" },
                    i.Issued.Value ?? "?");
            }

            table.Write(context.Output, context.Width(parse));
            var o = context.Output;
            o.Write("\n" + Show.N(list.Count) + " of " + Show.N(catalog.Instruments.Length) + " instruments.\n");
            InstrumentText.Line(o, string.Empty, "Levels", string.Join(", ", catalog.InstrumentLevels.Select(l => (l.Rank is { } r ? Show.N(r) : "-") + " " + l.Key))
                + "; ? unknown; * sources dispute the type.", 8);
            o.Write("No official text was opened: every fact rests on secondary sources.\n"
                + "`aigov show <instrument>` gives every fact with its sources and links.\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}
