using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>What migration did with one entry of the earlier edition, and why. Immutable.</summary>
public sealed class MigrationStep
{
    internal MigrationStep(AssessmentEntry entry, Risk risk, MigrationOutcome outcome, DiffEntry? diffEntry, ImmutableArray<Risk> targets, string note)
    {
        Entry = entry;
        Risk = risk;
        Outcome = outcome;
        DiffEntry = diffEntry;
        Targets = targets;
        Note = note;
    }

    /// <summary>Gets the earlier edition's entry.</summary>
    public AssessmentEntry Entry { get; }

    /// <summary>Gets the earlier edition's risk.</summary>
    public Risk Risk { get; }

    /// <summary>Gets what migration did.</summary>
    public MigrationOutcome Outcome { get; }

    /// <summary>Gets the diff entry (lineage) that decided it, or null when the lineage does not track the risk.</summary>
    public DiffEntry? DiffEntry { get; }

    /// <summary>Gets how the risk changed (the lineage relation), or <see cref="ChangeKind.Removed"/> when no lineage tracks it.</summary>
    public ChangeKind Change => DiffEntry?.ChangeKind ?? ChangeKind.Removed;

    /// <summary>Gets the newer edition's risks the answer went to (empty when dropped).</summary>
    public ImmutableArray<Risk> Targets { get; }

    /// <summary>Gets what happened, in words.</summary>
    public string Note { get; }

    /// <summary>Returns the risk and outcome.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Risk.Id + ": " + Outcome;
}
