using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary>
/// <c>aigov map &lt;id&gt; [--to framework]</c>: an element's crosswalk mappings; <c>aigov map --from framework
/// "MAP 5.1"</c>: the catalogue elements mapped to one term, each relation read from the term's side.
/// </summary>
internal static class MapCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id")
        {
            Description = "An element ID (1.0:3.1.1.a), or with --from a term ID of that framework (\"MAP 5.1\", A.6.2.4, \"Art. 50\", 7.4).",
        };
        var to = new Option<string?>("--to") { Description = "Only mappings to this framework (nist-ai-rmf, nist-ai-600-1, mit-ai-risk-repository, eu-ai-act, iso-iec-42001)." };
        var from = new Option<string?>("--from") { Description = "Read the argument as a term of this framework and list the elements mapped to it." };
        var command = new Command("map", "Show crosswalk mappings: an element's mappings to NIST AI RMF, NIST AI 600-1, MIT, the EU AI Act and ISO/IEC 42001, or (--from) the elements mapped to one term.")
        {
            id, to, from,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var text = parse.GetValue(id)!;
            var fromFramework = parse.GetValue(from);
            var toFramework = parse.GetValue(to);
            if (fromFramework is not null && toFramework is not null)
            {
                throw new CliUsageException("--from and --to cannot be combined: --from lists the elements mapped to a term, --to filters an element's mappings.");
            }

            ImmutableArray<CrosswalkMapping> rows;
            bool reverse;
            string heading;
            if (fromFramework is not null)
            {
                var framework = Framework(catalog, fromFramework);
                if (!framework.TryFindTerm(text, out var term))
                {
                    throw new CliUsageException("'" + text + "' is not a term of " + framework + ". IDs are written as the framework writes them, e.g. " + string.Join(", ", framework.Terms.Take(3).Select(t => "\"" + t.Id + "\"")) + ".");
                }

                rows = catalog.MappedFrom(framework.Id + "@" + framework.Version, term.Id);
                reverse = true;
                heading = framework.Id + " " + term.PinnedId + "  " + term.Label;
            }
            else
            {
                var element = Resolve.Element(catalog, text);
                TargetFramework? filter = toFramework is null ? null : Framework(catalog, toFramework);
                rows = filter is null
                    ? catalog.MappingsOf(element)
                    : catalog.MappingsOf(element).Where(m => ReferenceEquals(m.Set.Framework, filter)).ToImmutableArray();
                reverse = false;
                heading = element.Id + "  " + element.Title.En.Text;
            }

            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-map/1");
                    w.WriteStartArray("mappings");
                    foreach (var m in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("set", m.Set.Id);
                        w.WriteString("subject", m.SubjectId);
                        w.WriteString("predicate", m.Predicate.ToCurie());
                        w.WriteString("predicateModifier", m.IsNegated ? "Not" : null);
                        w.WriteString("framework", m.Term.Framework.Id);
                        w.WriteString("frameworkVersion", m.Term.Framework.Version);
                        w.WriteString("object", m.ObjectId);
                        w.WriteString("justification", m.Justification);
                        w.WriteString("author", m.Author);
                        w.WriteString("confidence", m.Confidence?.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture));
                        w.WriteString("rationale", m.Rationale);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var width = context.Width(parse);
            var o = context.Output;
            Paragraph.Write(o, width, string.Empty, heading);
            o.Write("\n");
            if (rows.IsEmpty)
            {
                Paragraph.Write(o, width, string.Empty, "No mappings. Silence means not yet looked at; a considered non-match is shown as 'not'.");
                return ExitCodes.Ok;
            }

            foreach (var m in rows)
            {
                var relation = (m.IsNegated ? "not " : string.Empty) + (reverse ? m.InversePredicate : m.Predicate).ToCurie();
                var target = reverse ? m.SubjectId : m.Term.Framework.Id + " " + m.Term.PinnedId;
                var confidence = m.Confidence is { } c ? ", confidence " + c.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                Paragraph.Write(o, width, string.Empty, relation + " " + target + (reverse ? string.Empty : "  " + m.Term.Label));
                Paragraph.Write(o, width, "    ", m.Rationale + " (" + m.Author + confidence + ")");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static TargetFramework Framework(GovernanceCatalog catalog, string id) =>
        catalog.TryFindFramework(id, out var framework)
            ? framework
            : throw new CliUsageException("Unknown framework '" + id + "'. Known: " + string.Join(", ", catalog.Frameworks.Select(f => f.Id)) + ".");
}
