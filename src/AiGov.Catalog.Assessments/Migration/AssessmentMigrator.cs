using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// Carries an assessment to a newer edition through the lineage (<see cref="GovernanceCatalog.Diff(Edition, Edition)"/>).
/// Thread-safe.
/// </summary>
/// <remarks>
/// <para>For each risk of the newer edition, the earlier risks that lead to it are gathered from the diff:</para>
/// <list type="bullet">
/// <item>none: the risk is new — it stays unassessed;</item>
/// <item>none of them assessed: it stays unassessed;</item>
/// <item>exactly one, unchanged, reworded or renamed: the answer is kept (<see cref="MigrationOutcome.Kept"/>);</item>
/// <item>exactly one, moved: the answer is kept with a note (<see cref="MigrationOutcome.Moved"/>);</item>
/// <item>a split or a merge, or several earlier risks leading to it: the entry is <see cref="AssessmentStatus.NeedsReview"/>
/// with every prior answer attached under <c>migrated-from</c> (<see cref="MigrationOutcome.NeedsReview"/>).</item>
/// </list>
/// <para>An earlier risk with no successor (removed) has its answer kept under <see cref="Assessment.Retired"/>
/// (<see cref="MigrationOutcome.Dropped"/>): no answer is ever lost silently. Retired answers of the source are carried
/// along. The migrated assessment keeps the organisation, scope, notes and date of the source, so that its reports stay
/// deterministic; <see cref="Assessment.PreviousEdition"/> records where it came from. One step of history is kept:
/// entries record the earlier risk they came from, not that risk's own history.</para>
/// </remarks>
public static class AssessmentMigrator
{
    /// <summary>Migrates an assessment to a newer edition.</summary>
    /// <param name="source">The assessment (valid against the catalogue).</param>
    /// <param name="to">The newer edition, e.g. <c>Edition.V2_0</c>.</param>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <returns>The migrated assessment and what happened to each entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not newer than the assessment's edition.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such edition.</exception>
    /// <exception cref="InvalidOperationException">No chain of lineages connects the two editions.</exception>
    /// <exception cref="ArgumentException">An entry names a risk that is not a risk of the assessment's edition.</exception>
    public static MigrationResult Migrate(Assessment source, Edition to, GovernanceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        catalog ??= GovernanceCatalog.Default;
        if (to <= source.Edition)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Migration goes to a newer edition than " + source.Edition + ".");
        }

        var fromEdition = catalog.Edition(source.Edition);
        var toEdition = catalog.Edition(to);
        var diff = catalog.Diff(source.Edition, to);
        foreach (var entry in source.Entries)
        {
            if (!fromEdition.TryFind(entry.RiskId, out var known) || known is not Risk)
            {
                throw new ArgumentException("The entry '" + entry.RiskId + "' is not a risk of edition " + source.Edition + ".", nameof(source));
            }
        }

        var entryOf = new Dictionary<string, DiffEntry>(StringComparer.Ordinal);
        var contributions = new Dictionary<string, List<(Risk Risk, DiffEntry Entry)>>(StringComparer.Ordinal);
        foreach (var diffEntry in diff.Entries)
        {
            foreach (var before in diffEntry.Before.OfType<Risk>())
            {
                entryOf.TryAdd(before.Id, diffEntry);
                foreach (var after in diffEntry.After.OfType<Risk>())
                {
                    if (!contributions.TryGetValue(after.Id, out var list))
                    {
                        contributions[after.Id] = list = new List<(Risk, DiffEntry)>();
                    }

                    list.Add((before, diffEntry));
                }
            }
        }

        var entries = new List<AssessmentEntry>();
        var review = new HashSet<string>(StringComparer.Ordinal);
        var newRisks = ImmutableArray.CreateBuilder<Risk>();
        var unassessed = ImmutableArray.CreateBuilder<Risk>();
        foreach (var target in toEdition.Risks)
        {
            var sources = contributions.TryGetValue(target.Id, out var found) ? found : new List<(Risk Risk, DiffEntry Entry)>();
            var answered = sources.Where(c => source.Find(c.Risk.Id) is not null).ToList();
            if (sources.Count == 0)
            {
                newRisks.Add(target);
                continue;
            }

            if (answered.Count == 0)
            {
                unassessed.Add(target);
                continue;
            }

            if (sources.Count == 1 && !IsStructural(sources[0].Entry))
            {
                var (risk, diffEntry) = sources[0];
                var prior = source.Find(risk.Id)!;
                var reference = new PriorAnswer(risk.Id, diffEntry.ChangeKind, Describe(diffEntry, risk, target));
                entries.Add(new AssessmentEntry(target.Id, prior.Status, prior.Owner, prior.Controls, prior.Evidence, prior.Notes, new[] { reference }));
                continue;
            }

            review.Add(target.Id);
            var priors = sources.Select(c =>
            {
                var answer = source.Find(c.Risk.Id);
                var note = Describe(c.Entry, c.Risk, target) + (answer is null ? " Not assessed in " + source.Edition + "." : string.Empty);
                return answer is null
                    ? new PriorAnswer(c.Risk.Id, c.Entry.ChangeKind, note)
                    : new PriorAnswer(c.Risk.Id, c.Entry.ChangeKind, note, answer.Status, answer.Owner, answer.Controls, answer.Evidence, answer.Notes);
            }).ToList();
            var owners = answered.Select(c => source.Find(c.Risk.Id)!.Owner).Distinct().ToList();
            entries.Add(new AssessmentEntry(target.Id, AssessmentStatus.NeedsReview, owners.Count == 1 ? owners[0] : null, migratedFrom: priors));
        }

        var steps = ImmutableArray.CreateBuilder<MigrationStep>();
        var retired = new List<PriorAnswer>(source.Retired);
        foreach (var risk in fromEdition.Risks)
        {
            var entry = source.Find(risk.Id);
            if (entry is null)
            {
                continue;
            }

            entryOf.TryGetValue(risk.Id, out var diffEntry);
            var targets = diffEntry is null ? ImmutableArray<Risk>.Empty : diffEntry.After.OfType<Risk>().ToImmutableArray();
            if (targets.IsEmpty)
            {
                var why = diffEntry is null
                    ? "The lineage does not track " + Label(risk) + ": no successor in " + to + "."
                    : diffEntry.After.IsEmpty
                        ? "Removed in " + to + ": " + Label(risk) + " has no successor."
                        : Label(risk) + " became " + string.Join(" and ", diffEntry.After.Select(Label)) + ", which is not a risk item.";
                retired.Add(new PriorAnswer(risk.Id, ChangeKind.Removed, why + " The answer is kept here.", entry.Status, entry.Owner, entry.Controls, entry.Evidence, entry.Notes));
                steps.Add(new MigrationStep(entry, risk, MigrationOutcome.Dropped, diffEntry, targets, why));
                continue;
            }

            var outcome = targets.Any(t => review.Contains(t.Id))
                ? MigrationOutcome.NeedsReview
                : diffEntry!.ChangeKind == ChangeKind.Moved ? MigrationOutcome.Moved : MigrationOutcome.Kept;
            var note = Describe(diffEntry!, risk, null);
            if (outcome == MigrationOutcome.NeedsReview && !IsStructural(diffEntry!))
            {
                note += " Its successor also receives another " + source.Edition + " risk, so it needs review.";
            }

            steps.Add(new MigrationStep(entry, risk, outcome, diffEntry, targets, note));
        }

        var migrated = new Assessment(to, source.Organisation, source.Assessed, entries, source.Scope, source.Notes, source.Edition, retired);
        var sourcesByTarget = contributions.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
        return new MigrationResult(source, migrated, catalog.DataVersion, steps.ToImmutable(), newRisks.ToImmutable(), unassessed.ToImmutable(), catalog, sourcesByTarget);
    }

    private static bool IsStructural(DiffEntry entry) =>
        entry.ChangeKind is ChangeKind.Split or ChangeKind.Merged || entry.Also.Contains(ChangeKind.Split) || entry.Also.Contains(ChangeKind.Merged);

    /// <summary>What the lineage says about one earlier risk, in words, e.g. "Moved: 1.0 3.1.1(e) is 2.0 3.1.1(d)."</summary>
    private static string Describe(DiffEntry entry, Risk from, Risk? to)
    {
        var targets = entry.After.OfType<Risk>().ToList();
        var also = entry.Also.IsEmpty ? string.Empty : " (also " + string.Join(", ", entry.Also.Select(AssessmentNames.Of)) + ")";
        var confidence = entry.Confidence is { } c ? " Lineage confidence: " + c.ToString().ToLowerInvariant() + "." : string.Empty;
        var text = entry.ChangeKind switch
        {
            ChangeKind.Unchanged => "Unchanged: " + Label(from) + " is " + Join(targets) + ".",
            ChangeKind.Reworded => "Reworded: " + Label(from) + " is " + Join(targets) + ".",
            ChangeKind.Renamed => "Renamed: " + Label(from) + " is " + Join(targets) + ".",
            ChangeKind.Moved when IsStructural(entry) => "Moved" + also + ": " + Label(from) + " is now part of " + Join(targets) + ".",
            ChangeKind.Moved => "Moved" + also + ": " + Label(from) + " is " + Join(targets) + "; check that the answer still fits its new place.",
            ChangeKind.Split => "Split" + also + ": " + Label(from) + " became " + Join(targets) + (to is null ? string.Empty : "; " + Label(to) + " is one part") + ".",
            ChangeKind.Merged => "Merged" + also + ": " + Label(from) + " joined others in " + Join(targets) + ".",
            _ => entry.ChangeKind + ": " + Label(from) + ".",
        };
        return text + confidence;
    }

    private static string Join(IEnumerable<CatalogElement> elements) => string.Join(" and ", elements.Select(Label));

    private static string Label(CatalogElement element) => element.Edition + " " + (element.Clause ?? element.Key);
}
