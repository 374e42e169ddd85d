using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov show &lt;id&gt;</c>: one element with everything the catalogue knows about it.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id")
        {
            Description = "The element's ID in any form: 1.0:3.1.1.a, 1.0:3.1.1(a), 1.0:explainability (or 3.1.1.a when only one edition has it).",
        };
        var command = new Command("show", "Show one element: titles, place in the framework, summary, pages, provenance, stages, actors, measures and its counterparts in other editions.")
        {
            id,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var element = Resolve.Element(catalog, parse.GetValue(id)!);
            var successors = catalog.Successors(element);
            var predecessors = catalog.Predecessors(element);
            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w => WriteJson(w, element, successors, predecessors)));
                return ExitCodes.Ok;
            }

            var language = context.Language(parse);
            var width = context.Width(parse);
            var o = context.Output;
            o.Write(element.Id + "  " + Show.Kind(element.Kind) + (element.Clause is null ? string.Empty : "  [" + element.Clause + "]") + "\n");
            var lines = new List<(string Label, string Value)>();
            if (language != TitleLanguage.En)
            {
                lines.Add(("Title (zh)", TitleFormatter.Format(element.Title.Zh)));
            }

            if (language != TitleLanguage.Zh)
            {
                lines.Add(("Title (en)", TitleFormatter.Format(element.Title.En)));
            }

            var ancestors = new List<CatalogElement>();
            for (var parent = element.Parent; parent is not null; parent = parent.Parent)
            {
                ancestors.Add(parent);
            }

            if (ancestors.Count > 0)
            {
                lines.Add(("Under", string.Join(" › ", ancestors.Select(a => (a.Clause ?? a.Key) + " " + Show.Title(a, language)))));
            }

            if (element is Risk risk)
            {
                lines.Add(("Risk area", TitleFormatter.Format(risk.Area, language) + " (" + Basis(risk.AreaBasis) + ")"));
            }

            lines.Add(("Summary", element.Summary));
            if (element.Pages is { } pages)
            {
                lines.Add(("Pages", "CN " + (pages.Zh?.ToString() ?? "?") + ", EN " + (pages.En?.ToString() ?? "?")));
            }

            lines.Add(("Provenance", Show.Status(element.Provenance.Status) + (element.Provenance.Sources.IsEmpty ? string.Empty : " (" + string.Join(", ", element.Provenance.Sources) + ")")));
            if (!element.Stages.IsEmpty)
            {
                lines.Add(("Stages", string.Join(", ", element.Stages.Select(s => TitleFormatter.Format(s.Stage, language) + " (" + Basis(s.Basis) + ")"))));
            }

            if (!element.Actors.IsEmpty)
            {
                lines.Add(("Actors", string.Join(", ", element.Actors.Select(a => TitleFormatter.Format(a.Actor, language) + " (" + Basis(a.Basis) + ")"))));
            }

            if (element is MeasureGroup group && !group.Answers.IsEmpty)
            {
                lines.Add(("Answers", string.Join(", ", group.Answers.Select(a => a.TargetId + " (" + Basis(a.Basis) + ")"))));
            }

            foreach (var (label, value) in lines)
            {
                Paragraph.Write(o, width, "  " + (label + ":").PadRight(12), value);
            }

            var related = element switch
            {
                Risk r => ("Addressed by", r.Measures.Cast<CatalogElement>().ToList()),
                Measure m => ("Addresses", m.Risks.Cast<CatalogElement>().ToList()),
                _ => ("Contains", element.Children.ToList()),
            };
            if (related.Item2.Count > 0)
            {
                o.Write("  " + related.Item1 + ":\n");
                foreach (var other in related.Item2)
                {
                    Paragraph.Write(o, width, "    " + other.Id.PadRight(14) + " ", Show.Title(other, language));
                }
            }

            Counterparts(o, width, "In a later edition", successors, language);
            Counterparts(o, width, "In an earlier edition", predecessors, language);
            if (element.Notes is { } notes)
            {
                Paragraph.Write(o, width, "  Notes:      ", notes);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Counterparts(System.IO.TextWriter o, int? width, string label, System.Collections.Immutable.ImmutableArray<Counterpart> counterparts, TitleLanguage language)
    {
        if (counterparts.IsEmpty)
        {
            return;
        }

        o.Write("  " + label + ":\n");
        foreach (var c in counterparts)
        {
            Paragraph.Write(o, width, "    " + c.Element.Id.PadRight(14) + " ", Show.Title(c.Element, language) + " — " + AssessmentNames.Of(c.ChangeKind)
                + (c.Confidence is { } confidence ? ", " + confidence.ToString().ToLowerInvariant() + " confidence" : string.Empty));
        }
    }

    private static string Basis(MappingBasis basis) => basis == MappingBasis.Normative ? "normative" : "editorial";

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, CatalogElement element, System.Collections.Immutable.ImmutableArray<Counterpart> successors, System.Collections.Immutable.ImmutableArray<Counterpart> predecessors)
    {
        w.WriteStartObject();
        w.WriteString("format", "aigov-element/1");
        Json.ElementSummary(w, element);
        w.WriteString("parent", element.ParentId);
        if (element is Risk risk)
        {
            w.WriteString("area", risk.Area.Key);
        }

        w.WriteStartObject("pages");
        w.WriteString("zh", element.Pages?.Zh?.ToString());
        w.WriteString("en", element.Pages?.En?.ToString());
        w.WriteEndObject();
        Json.Strings(w, "sources", element.Provenance.Sources);
        w.WriteStartArray("stages");
        foreach (var s in element.Stages)
        {
            w.WriteStartObject();
            w.WriteString("stage", s.Stage.Key);
            w.WriteString("basis", Basis(s.Basis));
            w.WriteString("note", s.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var a in element.Actors)
        {
            w.WriteStartObject();
            w.WriteString("actor", a.Actor.Key);
            w.WriteString("basis", Basis(a.Basis));
            w.WriteString("note", a.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Json.Strings(w, "measures", element is Risk r ? r.Measures.Select(m => m.Id) : Enumerable.Empty<string>());
        Json.Strings(w, "risks", element is Measure m2 ? m2.Risks.Select(x => x.Id) : Enumerable.Empty<string>());
        if (element is MeasureGroup group)
        {
            w.WriteStartArray("answers");
            foreach (var a in group.Answers)
            {
                w.WriteStartObject();
                w.WriteString("target", a.TargetId);
                w.WriteString("basis", Basis(a.Basis));
                w.WriteString("note", a.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Json.Strings(w, "children", element.Children.Select(c => c.Id));
        foreach (var (name, list) in new[] { ("successors", successors), ("predecessors", predecessors) })
        {
            w.WriteStartArray(name);
            foreach (var c in list)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Element.Id);
                w.WriteString("change", AssessmentNames.Of(c.ChangeKind));
                w.WriteString("confidence", c.Confidence?.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteString("notes", element.Notes);
        w.WriteEndObject();
    }
}
