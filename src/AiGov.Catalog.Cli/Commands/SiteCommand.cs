using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using AiGov.Catalog.Cli.Output;
using AiGov.Catalog.Site;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov site --out DIR</c>: the static catalogue website (see <see cref="SiteGenerator"/>).</summary>
internal static class SiteCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The folder to write the site to (created when missing; must be empty unless --force).",
            HelpName = "folder",
            Required = true,
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The absolute URL the site will be published at, for canonical links and sitemap.xml (links between pages stay relative).",
            HelpName = "url",
        };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty (files of the site are replaced)." };
        var command = new Command(
            "site",
            "Generate the static catalogue website: home, each edition's hierarchy, a page per element, diffs, the stage × category matrix, coverage, sources and an in-page search. "
            + "Works from file://, any web server or a sub-path; no network at view time.")
        {
            output, baseUrl, force,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            Uri? url = null;
            if (parse.GetValue(baseUrl) is { } text && (!Uri.TryCreate(text, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
            {
                throw new CliUsageException("--base-url '" + text + "' is not an absolute URL; write it like https://example.org/aigov/.");
            }

            // A site is a folder: a new or empty one, or any folder with --force (the site's files are replaced, others kept).
            var full = Path.GetFullPath(folder);
            if (File.Exists(full))
            {
                throw new CliUsageException("--out '" + folder + "' is a file; name a folder.");
            }

            var forced = parse.GetValue(force);
            if (!forced && Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            {
                throw new CliUsageException("the folder '" + folder + "' is not empty; use --force to write the site into it.");
            }

            // Render in memory, check every path together (none may be a folder), then write each file atomically.
            var files = SiteGenerator.Render(context.Catalog, url);
            var plan = new OutputPlan(forced);
            var targets = files.Select(f => f.Path.Replace('/', Path.DirectorySeparatorChar)).Select(p => plan.Output(Path.Combine(folder, p), Path.Combine(full, p))).ToArray();
            plan.Check(folder);
            for (var i = 0; i < files.Length; i++)
            {
                plan.Write(targets[i], files[i].Content);
            }

            var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            context.Output.Write("Wrote the site to " + folder + ": " + Show.N(pages) + " pages, " + Show.N(files.Length) + " files. Open "
                + Path.Combine(folder, "index.html") + " in a browser.\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}
