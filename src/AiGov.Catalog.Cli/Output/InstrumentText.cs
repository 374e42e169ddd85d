using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;

namespace AiGov.Catalog.Cli.Output;

/// <summary>The text forms of instrument facts and links shared by <c>aigov instruments</c>, <c>show</c> and <c>editions</c> (at most 80 columns).</summary>
internal static class InstrumentText
{
    /// <summary>A sourced fact on one line: value, status, sources, and the number of conflicting claims.</summary>
    public static string Fact(SourcedFact fact)
    {
        var text = new StringBuilder(fact.Value ?? "unknown");
        if (fact.Status != FactStatus.Unknown)
        {
            text.Append(" [").Append(Status(fact.Status)).Append(']');
        }

        if (!fact.Sources.IsEmpty)
        {
            text.Append(" (").Append(string.Join(", ", fact.Sources)).Append(')');
        }

        foreach (var conflict in fact.Conflicts)
        {
            text.Append("; conflicts: ").Append(conflict.Value ?? "unknown").Append(" [").Append(Status(conflict.Status)).Append(']');
            if (!conflict.Sources.IsEmpty)
            {
                text.Append(" (").Append(string.Join(", ", conflict.Sources)).Append(')');
            }
        }

        return text.ToString();
    }

    /// <summary>" [status] (sources)" of a fact, or nothing when unknown.</summary>
    public static string Sources(SourcedFact fact) =>
        fact.Status == FactStatus.Unknown ? string.Empty : " [" + Status(fact.Status) + "]" + (fact.Sources.IsEmpty ? string.Empty : " (" + string.Join(", ", fact.Sources) + ")");

    /// <summary>Yes / no / unknown for a binding fact.</summary>
    public static string Binding(bool? binding) => binding switch
    {
        true => "yes",
        false => "no",
        _ => "unknown",
    };

    /// <summary>The kebab-case status word.</summary>
    public static string Status(FactStatus status) => status switch
    {
        FactStatus.Verified => "verified",
        FactStatus.Partial => "partial",
        FactStatus.Inferred => "inferred",
        _ => "unknown",
    };

    /// <summary>The relation word, with the direction when it is the framework that acts.</summary>
    public static string Relation(InstrumentLink link) => link.Relation switch
    {
        InstrumentRelation.Implements => link.Direction == LinkDirection.ElementToInstrument ? "implemented by the framework" : "implements",
        InstrumentRelation.Operationalises => "operationalises",
        InstrumentRelation.Parallel => "parallel",
        _ => link.Direction == LinkDirection.ElementToInstrument ? "cited by the framework" : "cites",
    };

    /// <summary>The basis word.</summary>
    public static string Basis(MappingBasis basis) => basis switch
    {
        MappingBasis.Normative => "normative",
        MappingBasis.StatedBySource => "stated by a source",
        _ => "editorial",
    };

    /// <summary>Writes a labelled value wrapped to 80 columns, continuation lines indented under the value.</summary>
    public static void Line(TextWriter o, string indent, string label, string value, int labelWidth = 12) => Line(o, 80, indent, label, value, labelWidth);

    /// <summary>Writes a labelled value wrapped to the terminal width (<see langword="null"/>: not wrapped, as with --wide).</summary>
    public static void Line(TextWriter o, int? width, string indent, string label, string value, int labelWidth = 12)
    {
        var head = indent + (label + ":").PadRight(labelWidth);
        var pad = new string(' ', head.Length);
        var first = true;
        foreach (var line in width is { } w ? Wrap(value, w - head.Length) : new[] { value })
        {
            o.Write((first ? head : pad) + line + "\n");
            first = false;
        }
    }

    /// <summary>Writes the links of an element (or edition) as an "Instruments:" section; nothing when there are none.</summary>
    public static void Links(TextWriter o, int? width, ImmutableArray<InstrumentLink> links)
    {
        if (links.IsEmpty)
        {
            return;
        }

        o.Write("  Instruments:\n");
        foreach (var link in links)
        {
            Line(o, width, "    ", link.Id, link.InstrumentKey + " — " + Relation(link) + ", " + Basis(link.Basis)
                + (link.Sources.IsEmpty ? string.Empty : " (" + string.Join(", ", link.Sources) + ")"), 5);
        }
    }

    /// <summary>Greedy word wrap; a word longer than the width stays on its own line.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        if (width < 20)
        {
            width = 20;
        }

        var line = new StringBuilder();
        foreach (var word in text.Split(' ').Where(w => w.Length > 0))
        {
            if (line.Length > 0 && TextWidth.Of(line.ToString()) + 1 + TextWidth.Of(word) > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
