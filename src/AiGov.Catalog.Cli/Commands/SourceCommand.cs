using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiGov.Catalog.Cli.Output;
using AiGov.Catalog.SourceCheck;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov source check</c>: the catalogue against an official PDF or its text, and the YAML edits it proposes.</summary>
internal static class SourceCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("source", "Work with the official text of an edition: check the catalogue against it.");
        command.Subcommands.Add(Check(context));
        return command;
    }

    private static Command Check(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The official PDF of the edition, or its text (pdftotext output, or text copied from a viewer; UTF-8)." };
        var edition = CommonOptions.Edition("The edition the document is.");
        edition.Required = true;
        var language = new Option<string?>("--language", "-l")
        {
            Description = "The language of the document's titles: zh or en (default: detected from the text).",
            HelpName = "zh|en",
        };
        language.AcceptOnlyFromAmong("zh", "en");
        var format = CommonOptions.Format("text (the default), md (a Markdown report) or json.", "text", "md", "json");
        var propose = new Option<string?>("--propose")
        {
            Description = "Write the proposed edits into this folder, as edited copies of the catalogue's YAML files (editions/<E>/*.yaml, sources.yaml with a new source entry for the document). Never into catalog/ itself.",
            HelpName = "folder",
        };
        var catalogDir = new Option<string?>("--catalog")
        {
            Description = "The catalogue's YAML folder that --propose copies and edits (default: catalog/ in the current folder or the nearest one above it).",
            HelpName = "folder",
        };
        var force = CommonOptions.Force();
        var command = new Command("check", "Check the catalogue's titles, clauses and printed pages of an edition against its official PDF or text: what matches, "
            + "what can be promoted to verified, what contradicts verified data (an error), what the catalogue lacks. Exit codes: 0 nothing contradicts verified data, "
            + "1 something does, 2 bad input (unreadable, encrypted or damaged file; not the edition).")
        {
            file, edition, language, format, propose, catalogDir, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var target = Resolve.Edition(context.Catalog, parse.GetValue(edition)!);
            if (!File.Exists(path))
            {
                throw new CliUsageException(Directory.Exists(path) ? path + " is a folder: give the PDF or text file." : path + ": no such file.");
            }

            SourceCheckReport report;
            try
            {
                report = SourceChecker.Check(SourceDocument.Read(path), target, parse.GetValue(language));
            }
            catch (SourceReadException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            var json = context.WantsJson(parse) || parse.GetValue(format) == "json";
            var proposalDir = parse.GetValue(propose);
            ProposalSummary? proposal = null;
            if (proposalDir is not null)
            {
                proposal = Propose(report, proposalDir, parse.GetValue(catalogDir), parse.GetValue(force), path);
            }

            if (json)
            {
                context.Output.Write(SourceCheckRendering.Json(report, proposal));
            }
            else if (parse.GetValue(format) == "md")
            {
                context.Output.Write(SourceCheckRendering.Markdown(report, proposal));
            }
            else
            {
                SourceCheckRendering.Text(context.Output, report, proposal, context.Width(parse));
            }

            return report.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static ProposalSummary Propose(SourceCheckReport report, string folder, string? catalogOption, bool force, string input)
    {
        var catalog = catalogOption ?? FindCatalog();
        if (!Directory.Exists(Path.Combine(catalog, "editions")) || !File.Exists(Path.Combine(catalog, "sources.yaml")))
        {
            throw new CliUsageException((catalogOption is null ? "no catalog/ folder found here or above (give --catalog)" : "--catalog " + catalogOption + " is not the catalogue's YAML folder (it has no editions/ and sources.yaml)") + ".");
        }

        var realCatalog = RealPath.Of(catalog);
        var realTarget = RealPath.Of(folder);
        if (RealPath.Same(realTarget, realCatalog) || realTarget.StartsWith(realCatalog.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, RealPath.Comparison))
        {
            throw new CliUsageException("--propose " + folder + " is inside the catalogue folder " + catalog + ": proposals never go into catalog/; give another folder, then review and copy.");
        }

        if (File.Exists(realTarget))
        {
            throw new CliUsageException("--propose " + folder + " is a file: give a folder.");
        }

        CatalogProposal result;
        try
        {
            result = CatalogProposal.Create(report, catalog);
        }
        catch (CatalogProposalException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var plan = new OutputPlan(force);
        plan.Input(input);
        var writes = new List<(string Real, string Text, string Shown)>();
        foreach (var file in result.Files)
        {
            plan.Input(Path.Combine(catalog, file.RelativePath));
            var shown = Path.Combine(folder, file.RelativePath);
            writes.Add((plan.Output("--propose " + shown, shown), file.Text, shown));
        }

        plan.Check(folder);
        foreach (var (real, text, _) in writes)
        {
            plan.Write(real, text);
        }

        return new ProposalSummary(folder, catalog, result, writes.Select(w => w.Shown).ToList());
    }

    /// <summary>catalog/ in the current folder or the nearest folder above it that has one.</summary>
    private static string FindCatalog()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "catalog");
            if (Directory.Exists(Path.Combine(candidate, "editions")))
            {
                return candidate;
            }
        }

        return "catalog";
    }
}

/// <summary>What <c>--propose</c> wrote.</summary>
internal sealed record ProposalSummary(string Folder, string Catalog, CatalogProposal Proposal, IReadOnlyList<string> Written);
