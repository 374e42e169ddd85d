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
        var carriedKeys = new HashSet<(string Risk, string Measure)>();
        var reasons = new Dictionary<(string Risk, string Measure), string>();
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
                var carriedOne = CarryMeasures(catalog, to, target, new[] { (risk, prior) }, carriedKeys, reasons);
                var left = prior.Measures.Where(m => !carriedKeys.Contains((risk.Id, m.MeasureId))).ToList();
                var reference = new PriorAnswer(risk.Id, diffEntry.ChangeKind, Describe(diffEntry, risk, target) + (left.Count == 0 ? string.Empty : " Measure answers that could not be carried are kept here."), measures: left);
                entries.Add(new AssessmentEntry(target.Id, prior.Status, prior.Owner, prior.Controls, prior.Evidence, prior.Notes, new[] { reference }, measures: carriedOne));
                continue;
            }

            review.Add(target.Id);
            var priors = sources.Select(c =>
            {
                var answer = source.Find(c.Risk.Id);
                var note = Describe(c.Entry, c.Risk, target) + (answer is null ? " Not assessed in " + source.Edition + "." : string.Empty);
                return answer is null
                    ? new PriorAnswer(c.Risk.Id, c.Entry.ChangeKind, note)
                    : new PriorAnswer(c.Risk.Id, c.Entry.ChangeKind, note, answer.Status, answer.Owner, answer.Controls, answer.Evidence, answer.Notes, measures: answer.Measures);
            }).ToList();
            var owners = answered.Select(c => source.Find(c.Risk.Id)!.Owner).Distinct().ToList();
            var carried = CarryMeasures(catalog, to, target, answered.Select(c => (c.Risk, source.Find(c.Risk.Id)!)), carriedKeys, reasons);
            entries.Add(new AssessmentEntry(target.Id, AssessmentStatus.NeedsReview, owners.Count == 1 ? owners[0] : null, migratedFrom: priors, measures: carried));
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
                retired.Add(new PriorAnswer(risk.Id, ChangeKind.Removed, why + " The answer is kept here.", entry.Status, entry.Owner, entry.Controls, entry.Evidence, entry.Notes, measures: entry.Measures));
                foreach (var answer in entry.Measures)
                {
                    reasons.TryAdd((risk.Id, answer.MeasureId), "the risk has no successor in " + to + "; the answer is kept under retired");
                }

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

        var uncarried = ImmutableArray.CreateBuilder<UncarriedMeasureAnswer>();
        foreach (var risk in fromEdition.Risks)
        {
            if (source.Find(risk.Id) is not { } entry)
            {
                continue;
            }

            foreach (var answer in entry.Measures.Where(m => !carriedKeys.Contains((risk.Id, m.MeasureId))))
            {
                uncarried.Add(new UncarriedMeasureAnswer(risk.Id, answer, reasons.TryGetValue((risk.Id, answer.MeasureId), out var why) ? why : "no successor measure addresses the successor risk"));
            }
        }

        var migrated = new Assessment(to, source.Organisation, source.Assessed, entries, source.Scope, source.Notes, source.Edition, retired);
        var sourcesByTarget = contributions.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
        return new MigrationResult(source, migrated, catalog.DataVersion, steps.ToImmutable(), newRisks.ToImmutable(), unassessed.ToImmutable(), catalog, sourcesByTarget, uncarried.ToImmutable());
    }

    /// <summary>
    /// Carries the measure answers of the earlier entries that lead to <paramref name="target"/> through the measure
    /// lineage: an answer goes to each successor measure that addresses the target risk. Two answers that reach the same
    /// measure with different states are both left out (a person must choose). Records what was carried and why not.
    /// </summary>
    private static List<MeasureAnswer> CarryMeasures(
        GovernanceCatalog catalog,
        Edition to,
        Risk target,
        IEnumerable<(Risk Risk, AssessmentEntry Entry)> sources,
        HashSet<(string Risk, string Measure)> carriedKeys,
        Dictionary<(string Risk, string Measure), string> reasons)
    {
        var targetMeasures = new HashSet<string>(target.Measures.Select(m => m.Id), StringComparer.Ordinal);
        var candidates = new Dictionary<string, List<(string Risk, MeasureAnswer Answer)>>(StringComparer.Ordinal);
        foreach (var (risk, entry) in sources)
        {
            foreach (var answer in entry.Measures)
            {
                var key = (risk.Id, answer.MeasureId);
                var measure = catalog.TryFind(answer.MeasureId, out var found) ? found : null;
                var successors = measure is null ? new List<Measure>() : catalog.Successors(measure, to).Select(c => c.Element).OfType<Measure>().ToList();
                var fitting = successors.Where(m => targetMeasures.Contains(m.Id)).ToList();
                if (fitting.Count == 0)
                {
                    reasons.TryAdd(key, successors.Count == 0
                        ? "the lineage gives " + answer.MeasureId + " no successor measure in " + to
                        : "its successor " + string.Join(", ", successors.Select(m => m.Id)) + " does not address " + target.Id);
                    continue;
                }

                foreach (var successor in fitting)
                {
                    if (!candidates.TryGetValue(successor.Id, out var list))
                    {
                        candidates[successor.Id] = list = new List<(string, MeasureAnswer)>();
                    }

                    list.Add((risk.Id, answer));
                }
            }
        }

        var result = new List<MeasureAnswer>();
        foreach (var measure in target.Measures)
        {
            if (!candidates.TryGetValue(measure.Id, out var list))
            {
                continue;
            }

            if (list.Select(x => x.Answer.State).Distinct().Count() > 1)
            {
                foreach (var (risk, answer) in list)
                {
                    reasons[(risk, answer.MeasureId)] = "answers from " + string.Join(", ", list.Select(x => x.Risk + " (" + AssessmentNames.Label(x.Answer.State).ToLowerInvariant() + ")")) + " disagree about " + measure.Id;
                }

                continue;
            }

            var first = list[0].Answer;
            var evidence = list.SelectMany(x => x.Answer.Evidence).Distinct(StringComparer.Ordinal).ToList();
            var notes = list.Select(x => x.Answer.Notes).Where(n => n is not null).Distinct(StringComparer.Ordinal).ToList();
            result.Add(new MeasureAnswer(measure.Id, first.State, evidence, notes.Count == 0 ? null : string.Join(" ", notes)));
            foreach (var (risk, answer) in list)
            {
                carriedKeys.Add((risk, answer.MeasureId));
            }
        }

        return result;
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
