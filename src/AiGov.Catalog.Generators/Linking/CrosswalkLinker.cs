using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;

namespace AiGov.Catalog.Generators.Linking;

/// <summary>
/// Checks the crosswalk files against each other and the catalogue: every term list and mapping set names a
/// framework version of the registry, every term ID fits the framework's pattern, every mapped object is a term of
/// that version, and every subject is an element of the set's edition.
/// </summary>
internal static class CrosswalkLinker
{
    public static LinkedCrosswalks Link(IReadOnlyList<ParsedFile> files, Func<string, string?> elementKind, Action<string, SourceSpan, string[]> report)
    {
        var crosswalkFiles = files.Where(f => f.Crosswalk is not null).OrderBy(f => f.LogicalPath, StringComparer.Ordinal).ToList();
        var frameworks = new Dictionary<string, FrameworkModel>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var framework in crosswalkFiles.SelectMany(f => f.Crosswalk!.Frameworks))
        {
            var key = Key(framework.Id, framework.Version);
            if (frameworks.TryGetValue(key, out var first))
            {
                report(DiagnosticIds.Duplicate, framework.Span, new[] { "framework", key, first.Span.ToString() });
                continue;
            }

            frameworks[key] = framework;
            order.Add(key);
        }

        var known = string.Join(", ", order);
        var terms = new Dictionary<string, (TermListModel List, Dictionary<string, FrameworkTermModel> ById, string Path)>(StringComparer.Ordinal);
        foreach (var file in crosswalkFiles.Where(f => f.Crosswalk!.Terms is not null))
        {
            var list = file.Crosswalk!.Terms!;
            var key = Key(list.Framework, list.Version);
            if (!frameworks.TryGetValue(key, out var framework))
            {
                report(DiagnosticIds.UnknownFramework, list.HeaderSpan, new[] { list.Framework, list.Version, known });
                continue;
            }

            if (terms.ContainsKey(key))
            {
                report(DiagnosticIds.Duplicate, list.HeaderSpan, new[] { "term list of", key, terms[key].Path });
                continue;
            }

            var pattern = new Regex(framework.IdPattern, RegexOptions.CultureInvariant);
            var byId = new Dictionary<string, FrameworkTermModel>(StringComparer.Ordinal);
            foreach (var term in list.Terms)
            {
                if (!pattern.IsMatch(term.Id))
                {
                    report(DiagnosticIds.TermIdPattern, term.Span, new[] { term.Id, key, framework.IdPattern });
                }

                if (byId.TryGetValue(term.Id, out var firstTerm))
                {
                    report(DiagnosticIds.Duplicate, term.Span, new[] { "term", term.Id, firstTerm.Span.ToString() });
                    continue;
                }

                byId[term.Id] = term;
            }

            foreach (var term in list.Terms.Where(t => t.Parent is not null && !byId.ContainsKey(t.Parent)))
            {
                report(DiagnosticIds.DanglingReference, term.Span, new[] { "parent", term.Parent!, "a term of " + key });
            }

            terms[key] = (list, byId, file.LogicalPath);
        }

        foreach (var key in order.Where(k => !terms.ContainsKey(k)))
        {
            report(DiagnosticIds.InvalidValue, frameworks[key].Span, new[] { "framework", key + " has no term list (crosswalks/terms/" + frameworks[key].Id + "-" + frameworks[key].Version + ".yaml)" });
        }

        var sets = new Dictionary<string, MappingSetModel>(StringComparer.Ordinal);
        foreach (var file in crosswalkFiles.Where(f => f.Crosswalk!.Set is not null))
        {
            var set = file.Crosswalk!.Set!;
            if (sets.TryGetValue(set.Id, out var firstSet))
            {
                report(DiagnosticIds.Duplicate, set.Span, new[] { "mapping set", set.Id, firstSet.Span.ToString() });
                continue;
            }

            sets[set.Id] = set;
            var key = Key(set.Framework, set.FrameworkVersion);
            if (!frameworks.TryGetValue(key, out var framework))
            {
                report(DiagnosticIds.UnknownFramework, set.FrameworkSpan, new[] { set.Framework, set.FrameworkVersion, known });
                continue;
            }

            var pattern = new Regex(framework.IdPattern, RegexOptions.CultureInvariant);
            terms.TryGetValue(key, out var termList);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in set.Rows)
            {
                if (!row.Subject.StartsWith(set.Edition + ":", StringComparison.Ordinal) || elementKind(row.Subject) is null)
                {
                    report(DiagnosticIds.DanglingReference, row.SubjectSpan, new[] { "subject", row.Subject, "an element of edition " + set.Edition + " (write its canonical ID, e.g. " + set.Edition + ":3.1.1.a)" });
                }

                if (!pattern.IsMatch(row.Object))
                {
                    report(DiagnosticIds.TermIdPattern, row.ObjectSpan, new[] { row.Object, key, framework.IdPattern });
                }
                else if (termList.ById is not null && !termList.ById.ContainsKey(row.Object))
                {
                    report(DiagnosticIds.UnknownTerm, row.ObjectSpan, new[] { row.Object, key, "crosswalks/" + termList.Path });
                }

                if (!seen.Add(row.Subject + "|" + row.Object))
                {
                    report(DiagnosticIds.Duplicate, row.SubjectSpan, new[] { "mapping", row.Subject + " -> " + row.Object, "an earlier row of this set (one row per subject and object)" });
                }
            }
        }

        return new LinkedCrosswalks(
            order.Where(terms.ContainsKey).Select(k => new LinkedFramework(frameworks[k], terms[k].List.Terms)).ToEquatableArray(),
            sets.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToEquatableArray());
    }

    private static string Key(string id, string version) => id + "@" + version;
}
