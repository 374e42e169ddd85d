using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using AiGov.Catalog.Cli.Commands;
using AiGov.Catalog.Cli.Export;

namespace AiGov.Catalog.Cli;

/// <summary>
/// The <c>aigov</c> command line: builds the commands, parses, runs, and maps every outcome to an exit code
/// (<see cref="ExitCodes"/>). Output goes through the writers given, so tests run it in-process.
/// </summary>
internal static class AigovCli
{
    /// <summary>Runs <c>aigov</c> with the given arguments.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages go (standard error).</param>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <param name="exporters">The export formats available; <see cref="CatalogExporters.Available"/> when null.</param>
    /// <param name="width">The terminal width in columns that tables and text fit; detected (<c>COLUMNS</c>, the console, else 80) when null.</param>
    /// <returns>The exit code: 0 ok, 1 findings, 2 usage error, 3 internal error.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, GovernanceCatalog? catalog = null, IReadOnlyDictionary<string, ICatalogExporter>? exporters = null, int? width = null)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Write JSON for machines instead of tables for people.",
            Recursive = true,
        };
        var lang = new Option<string>("--lang")
        {
            Description = "Which title languages to show: zh, en or both. Our own English renderings are marked (our translation), titles no source gives (unknown).",
            Recursive = true,
            HelpName = "zh|en|both",
            DefaultValueFactory = _ => "both",
        };
        lang.AcceptOnlyFromAmong("zh", "en", "both");

        var wide = new Option<bool>("--wide")
        {
            Description = "Full rows and lines, whatever the terminal width (by default tables and text fit it: COLUMNS, the console, else 80 columns).",
            Recursive = true,
        };

        var context = new CliContext(output, error, catalog, exporters ?? CatalogExporters.Available)
        {
            Json = json,
            Lang = lang,
            Wide = wide,
            TerminalWidth = width ?? Output.TerminalWidth.Detect(),
        };
        var root = new RootCommand(
            "aigov: China's AI Safety Governance Framework (TC260, editions 1.0 and 2.0) on the command line — look risks up, "
            + "search, diff editions, and run a self-assessment: validate, report, migrate from 1.0 to 2.0.\n"
            + "Exit codes: 0 ok, 1 findings (an assessment with errors), 2 usage error (unknown command, option, edition, ID or file).");
        root.HelpName = "aigov";
        root.Options.Add(json);
        root.Options.Add(lang);
        root.Options.Add(wide);
        // A command line runs one command: when the first argument names one, only that command is built (building the
        // others costs JIT time at every start of the framework-dependent tool). Anything else (help, --version,
        // an option first, an unknown command) builds them all, so help, suggestions and errors are unchanged.
        var first = args.Count > 0 ? args[0] : null;
        var named = first is not null && Array.Exists(Commands, c => c.Name == first);
        foreach (var (name, create) in Commands)
        {
            if (!named || name == first)
            {
                root.Subcommands.Add(create(context));
            }
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var parse = root.Parse(args.ToArray());
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            if (command.Subcommands.Count > 0 && command.Action is null && parse.Errors.Count == 1 && parse.UnmatchedTokens.Count == 0)
            {
                // A command group without its subcommand (`aigov`, `aigov assess`): show its help.
                root.Parse(args.Append("--help").ToArray()).Invoke(configuration);
                return ExitCodes.Usage;
            }

            if (command.Subcommands.Count > 0 && command.Action is null && parse.UnmatchedTokens.Count > 0)
            {
                // An unknown command: one line, not the parser's "required command" and "unrecognized" pair.
                var token = parse.UnmatchedTokens[0];
                error.Write("aigov: unknown " + (token.StartsWith('-') ? "option" : "command") + " '" + token + "' for '" + PathOf(parse.CommandResult) + "'. Run '" + PathOf(parse.CommandResult) + " --help' for usage.\n");
                return ExitCodes.Usage;
            }

            // One line per mistake, the last one ending with where to look: one mistake, one line.
            for (var i = 0; i < parse.Errors.Count; i++)
            {
                error.Write("aigov: " + parse.Errors[i].Message + (i == parse.Errors.Count - 1 ? " Run '" + PathOf(parse.CommandResult) + " --help' for usage." : string.Empty) + "\n");
            }

            return ExitCodes.Usage;
        }

        if (Conflict(parse, json) is { } conflict)
        {
            error.Write("aigov: " + conflict + " Run '" + PathOf(parse.CommandResult) + " --help' for usage.\n");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (CliUsageException ex)
        {
            error.Write("aigov: " + ex.Message + "\n");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.Write("aigov: " + ex.Message + "\n");
            return ExitCodes.Usage;
        }
        catch (Exception ex)
        {
            error.Write("aigov: internal error (please report it): " + ex.GetType().Name + ": " + ex.Message + "\n");
            return ExitCodes.Internal;
        }
    }

    /// <summary>The commands of <c>aigov</c>, in the order its help lists them, each with what builds it.</summary>
    internal static readonly (string Name, Func<CliContext, Command> Create)[] Commands =
    [
        ("editions", EditionsCommand.Create),
        ("list", ListCommand.Create),
        ("show", ShowCommand.Create),
        ("instruments", InstrumentsCommand.Create),
        ("search", SearchCommand.Create),
        ("diff", DiffCommand.Create),
        ("matrix", MatrixCommand.Create),
        ("coverage", CoverageCommand.Create),
        ("map", MapCommand.Create),
        ("frameworks", FrameworksCommand.Create),
        ("export", ExportCommand.Create),
        ("site", SiteCommand.Create),
        ("assess", AssessCommand.Create),
        ("source", SourceCommand.Create),
    ];

    /// <summary>
    /// Options that contradict each other: <c>--json</c> with a <c>--format</c> other than json (every command with a
    /// <c>--format</c>). Null when there is none. A choice between them would be silent, so it is an error.
    /// </summary>
    private static string? Conflict(ParseResult parse, Option<bool> json)
    {
        if (parse.GetResult(json) is not { Implicit: false } || !parse.GetValue(json))
        {
            return null;
        }

        var format = parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--format");
        if (format is null || parse.GetResult(format) is not { Implicit: false, Tokens.Count: > 0 } given)
        {
            return null;
        }

        var value = given.Tokens[given.Tokens.Count - 1].Value;
        return value == "json"
            ? null
            : "--json and --format " + value + " conflict: give one of them.";
    }

    private static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        SymbolResult? current = result;
        while (current is CommandResult command)
        {
            names.Insert(0, command.Parent is null ? "aigov" : command.Command.Name);
            current = command.Parent;
        }

        return string.Join(" ", names);
    }
}
