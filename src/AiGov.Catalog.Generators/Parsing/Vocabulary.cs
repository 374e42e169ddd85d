using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>The closed value sets of the format (open vocabularies such as stages live in catalog/vocabularies).</summary>
internal static class Vocabulary
{
    public static readonly string[] TitleStatuses = { "verified", "partial", "unknown", "translation" };
    public static readonly string[] ProvenanceStatuses = { "verified", "partial", "inferred" };
    public static readonly string[] Bases = { "normative", "editorial" };
    public static readonly string[] Completeness = { "complete", "partial", "outline" };
    public static readonly string[] Trust = { "official", "official-platform-commentary", "reputable-secondary", "secondary", "low" };
    public static readonly string[] Relations = { "same", "reworded", "renamed", "moved", "split", "merged", "removed", "added" };
    public static readonly string[] Confidences = { "high", "medium", "low" };
    public static readonly string[] ActorGroups = { "framework-1.0-addressee", "framework-2.0-stage-role", "governance-body" };
    public static readonly string[] Languages = { "zh", "en" };

    public static readonly Regex Key = new(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    public static readonly Regex Clause = new(@"^[0-9]+(\.[0-9]+)*(\((\?[0-9]*|[a-z])\))?$", RegexOptions.CultureInvariant);

    /// <summary>An appendix label as printed (附件1, 附件2, …): the clause of an appendix; the element's ID is then built from its key.</summary>
    public static readonly Regex AppendixLabel = new(@"^附件[0-9]+$", RegexOptions.CultureInvariant);
    public static readonly Regex Edition = new(@"^[0-9]+\.[0-9]+$", RegexOptions.CultureInvariant);
    public static readonly Regex SourceId = new(@"^SRC-[0-9]{2,}$", RegexOptions.CultureInvariant);
    public static readonly Regex Date = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant);
    public static readonly Regex Page = new(@"^[0-9]+(-[0-9]+)?$", RegexOptions.CultureInvariant);
    public static readonly Regex DataVersion = new(@"^[0-9]{4}\.[0-9]+\.[0-9]+$", RegexOptions.CultureInvariant);

    public static bool Contains(IEnumerable<string> set, string value)
    {
        foreach (var v in set)
        {
            if (v == value)
            {
                return true;
            }
        }

        return false;
    }
}
