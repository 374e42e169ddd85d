using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov frameworks</c>: the target frameworks of the crosswalks and the mapping sets to each.</summary>
internal static class FrameworksCommand
{
    public static Command Create(CliContext context)
    {
        var matrix = new Option<string?>("--matrix") { Description = "Instead of the list: the coverage matrix of this framework. Rows: the risk categories and the measure and guideline headings of the edition, for the kinds mapped to it; columns: its functions or groups (EU AI Act: chapters and annexes); per row the elements mapped, with only non-matches, not yet looked at." };
        var edition = CommonOptions.Edition("The edition of the matrix (default: 1.0).");
        var format = CommonOptions.Format("The matrix as text (the default), md or csv.", "text", "md", "csv");
        var command = new Command("frameworks", "List the frameworks the catalogue is mapped to (NIST AI RMF, NIST AI 600-1, MIT, EU AI Act, ISO/IEC 42001): version, terms, mappings, licence; or a coverage matrix.")
        {
            matrix, edition, format,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            if (parse.GetValue(matrix) is { } matrixFramework)
            {
                var target = catalog.TryFindFramework(matrixFramework, out var found)
                    ? found
                    : throw new CliUsageException("Unknown framework '" + matrixFramework + "'. Known: " + string.Join(", ", catalog.Frameworks.Select(f => f.Id)) + ".");
                var editionCatalog = Resolve.Edition(catalog, parse.GetValue(edition) ?? "1.0");
                context.Output.Write(CrosswalkMatrix.Write(catalog, editionCatalog, target, parse.GetValue(format) ?? "text", context.Width(parse)));
                return ExitCodes.Ok;
            }

            if (parse.GetValue(edition) is not null || parse.GetValue(format) is not null)
            {
                throw new CliUsageException("--edition and --format go with --matrix.");
            }

            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-frameworks/1");
                    w.WriteStartArray("frameworks");
                    foreach (var f in catalog.Frameworks)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", f.Id);
                        w.WriteString("version", f.Version);
                        w.WriteString("title", f.Title);
                        w.WriteString("publisher", f.Publisher);
                        w.WriteString("licence", f.Licence);
                        w.WriteString("citation", f.Citation);
                        w.WriteString("url", f.Url);
                        w.WriteNumber("terms", f.Terms.Length);
                        w.WriteNumber("mappings", catalog.Crosswalk(f.Id + "@" + f.Version).Length);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var width = context.Width(parse);
            var table = new TextTable("Framework", "Version", ">Terms", ">Mappings", "Sets");
            foreach (var f in catalog.Frameworks)
            {
                var sets = catalog.MappingSets.Where(s => ReferenceEquals(s.Framework, f)).Select(s => s.Edition.ToString());
                table.Add(f.Id, f.Version, Show.N(f.Terms.Length), Show.N(catalog.Crosswalk(f.Id + "@" + f.Version).Length), string.Join(", ", sets));
            }

            table.Write(context.Output, width);
            context.Output.Write("\n");
            foreach (var f in catalog.Frameworks)
            {
                Paragraph.Write(context.Output, width, f.Id + "  ", f.Title + ". " + f.Licence + ".");
            }

            context.Output.Write("\n");
            Paragraph.Write(context.Output, width, string.Empty, "`aigov map <id>` shows an element's mappings; `aigov map --from <framework> <term>` the elements mapped to a term.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
