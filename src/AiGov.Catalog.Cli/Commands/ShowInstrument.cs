using System.CommandLine;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov show &lt;instrument-key&gt;</c>: one related instrument, every fact with its status and sources, and its links.</summary>
internal static class ShowInstrument
{
    public static void Write(CliContext context, ParseResult parse, Instrument instrument)
    {
        if (context.WantsJson(parse))
        {
            context.Output.Write(Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("format", "aigov-instrument/1");
                InstrumentJson.Instrument(w, instrument, withLinks: true);
                w.WriteEndObject();
            }));
            return;
        }

        var o = context.Output;
        o.Write(instrument.Key + "  related instrument\n");
        InstrumentText.Line(o, "  ", "Title (zh)", InstrumentText.Fact(instrument.TitleZh));
        InstrumentText.Line(o, "  ", "Title (en)", InstrumentText.Fact(instrument.TitleEn));
        InstrumentText.Line(o, "  ", "Type", InstrumentText.Fact(instrument.Level));
        InstrumentText.Line(o, "  ", "Issuers", InstrumentText.Fact(instrument.Issuers));
        InstrumentText.Line(o, "  ", "Issued", InstrumentText.Fact(instrument.Issued));
        InstrumentText.Line(o, "  ", "Effective", InstrumentText.Fact(instrument.Effective));
        InstrumentText.Line(o, "  ", "Status", InstrumentText.Fact(instrument.Status));
        InstrumentText.Line(o, "  ", "Binding", InstrumentText.Binding(instrument.IsBinding) + InstrumentText.Sources(instrument.Binding) + (instrument.Binding.Note is { } note ? ". " + note : string.Empty));
        InstrumentText.Line(o, "  ", "URL", InstrumentText.Fact(instrument.Url));
        if (instrument.StatedRelation is { } relation)
        {
            InstrumentText.Line(o, "  ", "Relation", relation);
        }

        if (!instrument.Links.IsEmpty)
        {
            o.Write("  Linked from:\n");
            foreach (var link in instrument.Links)
            {
                InstrumentText.Line(o, "    ", link.Id, (link.ElementId ?? link.Edition + " (whole)") + " — " + InstrumentText.Relation(link) + ", " + InstrumentText.Basis(link.Basis), 5);
            }
        }

        o.Write("  Every fact rests on secondary sources; no official text was opened.\n");
    }
}
