using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// Measure coverage of an assessment: over every entry that records a measure checklist (format-version 2) and is not
/// <c>not-applicable</c>, one row per (risk, measure that addresses it in the catalogue); a catalogue measure the
/// checklist leaves out counts as unanswered. Per risk, per risk category and per actor, and the open measures. Immutable.
/// </summary>
public sealed class MeasureCoverage
{
    private MeasureCoverage(MeasureTally overall, ImmutableArray<MeasureCoverageGroup> byRisk, ImmutableArray<MeasureCoverageGroup> byCategory, ImmutableArray<MeasureCoverageGroup> byActor, ImmutableArray<OpenMeasure> open)
    {
        Overall = overall;
        ByRisk = byRisk;
        ByCategory = byCategory;
        ByActor = byActor;
        Open = open;
    }

    /// <summary>Gets whether any entry records a measure checklist.</summary>
    public bool HasChecklists => !ByRisk.IsEmpty;

    /// <summary>Gets the states of every row.</summary>
    public MeasureTally Overall { get; }

    /// <summary>Gets one group per risk with a checklist, in document order.</summary>
    public ImmutableArray<MeasureCoverageGroup> ByRisk { get; }

    /// <summary>Gets one group per risk category with a checklist, in document order.</summary>
    public ImmutableArray<MeasureCoverageGroup> ByCategory { get; }

    /// <summary>Gets one group per actor whose risks have a checklist, in vocabulary order.</summary>
    public ImmutableArray<MeasureCoverageGroup> ByActor { get; }

    /// <summary>Gets the open rows (unanswered, planned, partially or not implemented), in document order of the risks, then of the checklist.</summary>
    public ImmutableArray<OpenMeasure> Open { get; }

    internal static MeasureCoverage Compute(Assessment assessment, EditionCatalog edition, GovernanceCatalog catalog)
    {
        var rows = new Dictionary<string, List<(Measure Measure, MeasureAnswer? Answer)>>(System.StringComparer.Ordinal);
        var risks = new List<Risk>();
        foreach (var risk in edition.Risks)
        {
            if (assessment.Find(risk.Id) is not { } entry || entry.Measures.IsEmpty || entry.Status == AssessmentStatus.NotApplicable)
            {
                continue;
            }

            var answers = entry.Measures.ToDictionary(m => m.MeasureId, System.StringComparer.Ordinal);
            var list = new List<(Measure, MeasureAnswer?)>();
            foreach (var answer in entry.Measures)
            {
                if (edition.TryFind(answer.MeasureId, out var found) && found is Measure m)
                {
                    list.Add((m, answer));
                }
            }

            list.AddRange(risk.Measures.Where(m => !answers.ContainsKey(m.Id)).Select(m => (m, (MeasureAnswer?)null)));
            rows[risk.Id] = list;
            risks.Add(risk);
        }

        MeasureTally Tally(IEnumerable<Risk> group) => new(group.Where(r => rows.ContainsKey(r.Id)).SelectMany(r => rows[r.Id]).Select(x => x.Answer?.State));
        ImmutableArray<string> Ids(IEnumerable<Risk> group) => group.Where(r => rows.ContainsKey(r.Id)).Select(r => r.Id).ToImmutableArray();

        var byRisk = risks.Select(r => new MeasureCoverageGroup(r.Id, r.Clause ?? r.Key, r, null, ImmutableArray.Create(r.Id), Tally(new[] { r }))).ToImmutableArray();
        var byCategory = edition.Categories
            .Where(c => c.Risks.Any(r => rows.ContainsKey(r.Id)))
            .Select(c => new MeasureCoverageGroup(c.Id, c.Clause ?? c.Key, c, null, Ids(c.Risks), Tally(c.Risks)))
            .ToImmutableArray();
        var byActor = catalog.Actors
            .Select(a => (Actor: a, Risks: catalog.Risks(edition.Edition).For(a).Where(r => rows.ContainsKey(r.Id)).ToList()))
            .Where(x => x.Risks.Count > 0)
            .Select(x => new MeasureCoverageGroup(x.Actor.Key, x.Actor.TitleEn, null, x.Actor, Ids(x.Risks), Tally(x.Risks)))
            .ToImmutableArray();
        var open = risks
            .SelectMany(r => rows[r.Id].Where(x => x.Answer is null || x.Answer.IsOpen).Select(x => new OpenMeasure(r, x.Measure, x.Answer)))
            .ToImmutableArray();
        return new MeasureCoverage(Tally(risks), byRisk, byCategory, byActor, open);
    }
}
