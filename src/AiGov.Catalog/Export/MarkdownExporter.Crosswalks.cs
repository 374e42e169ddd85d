using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AiGov.Catalog.Export;

/// <summary>The crosswalk part of an element in an edition's Markdown: its mappings to the target frameworks.</summary>
internal sealed partial class MarkdownExporter
{
    /// <summary>
    /// The "Crosswalk mappings" fact: one nested item per row of every mapping set naming the element, in set and row
    /// order: the predicate (with "not" for a considered non-match), the pinned term and its title (NIST subcategories,
    /// which have none, by ID only: their statements are in the framework registry), the rationale, and
    /// who made it, with the confidence, the source's evidence ID and the set.
    /// </summary>
    private static string? CrosswalkFact(ImmutableArray<CrosswalkMapping> mappings)
    {
        if (mappings.IsEmpty)
        {
            return null;
        }

        var sb = new StringBuilder("**Crosswalk mappings:**");
        foreach (var m in mappings)
        {
            sb.Append("\n  - ").Append(m.IsNegated ? "*not* " : string.Empty).Append('`').Append(m.Predicate.ToCurie()).Append("` ")
                .Append(m.Set.Framework.Id).Append(" **").Append(Escape(m.Term.PinnedId)).Append("**");
            if (m.Term.Title is { } title)
            {
                sb.Append(' ').Append(Escape(title));
            }

            sb.Append(" — ").Append(Escape(m.Rationale)).Append(" (").Append(Escape(m.Author));
            if (m.Confidence is { } confidence)
            {
                sb.Append(", confidence ").Append(confidence.ToString("0.0##", CultureInfo.InvariantCulture));
            }

            if (m.Evidence is { } evidence)
            {
                sb.Append(", evidence ").Append(Escape(evidence));
            }

            sb.Append("; set `").Append(m.Set.Id).Append("`)");
        }

        return sb.ToString();
    }
}
