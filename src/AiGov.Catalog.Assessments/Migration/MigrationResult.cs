using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// The result of <see cref="AssessmentMigrator.Migrate(Assessment, Edition, GovernanceCatalog?)"/>: the migrated
/// assessment, what happened to each earlier entry, and the newer edition's risks left unassessed. Immutable.
/// </summary>
/// <remarks>No answer is lost: each earlier entry is kept, moved, attached to an entry that needs review, or kept under
/// <see cref="Assessment.Retired"/>; <see cref="Steps"/> accounts for every one of them.</remarks>
public sealed class MigrationResult
{
    internal MigrationResult(
        Assessment source,
        Assessment migrated,
        string dataVersion,
        ImmutableArray<MigrationStep> steps,
        ImmutableArray<Risk> newRisks,
        ImmutableArray<Risk> unassessedPredecessors,
        GovernanceCatalog catalog,
        IReadOnlyDictionary<string, ImmutableArray<(Risk Risk, DiffEntry Entry)>> sources,
        ImmutableArray<UncarriedMeasureAnswer> uncarriedMeasures)
    {
        UncarriedMeasures = uncarriedMeasures;
        Source = source;
        Migrated = migrated;
        DataVersion = dataVersion;
        Steps = steps;
        NewRisks = newRisks;
        UnassessedPredecessors = unassessedPredecessors;
        Catalog = catalog;
        Sources = sources;
    }

    /// <summary>Gets the assessment migrated from.</summary>
    public Assessment Source { get; }

    /// <summary>Gets the migrated assessment (entries in the newer edition's document order).</summary>
    public Assessment Migrated { get; }

    /// <summary>Gets the edition migrated from.</summary>
    public Edition From => Source.Edition;

    /// <summary>Gets the edition migrated to.</summary>
    public Edition To => Migrated.Edition;

    /// <summary>Gets the catalogue data version used.</summary>
    public string DataVersion { get; }

    /// <summary>Gets one step per earlier entry, in the earlier edition's document order.</summary>
    public ImmutableArray<MigrationStep> Steps { get; }

    /// <summary>Gets the newer edition's risks that are new (no predecessor): unassessed.</summary>
    public ImmutableArray<Risk> NewRisks { get; }

    /// <summary>Gets the newer edition's risks left unassessed because none of their predecessors was assessed.</summary>
    public ImmutableArray<Risk> UnassessedPredecessors { get; }

    /// <summary>
    /// Gets every measure answer migration could not carry to the newer edition's measures (no successor measure in the
    /// lineage, a successor that does not address the successor risk, disagreeing answers, or a removed risk), in the
    /// earlier edition's document order. Each is still in the migrated file, under <c>migrated-from</c> or <c>retired</c>.
    /// </summary>
    public ImmutableArray<UncarriedMeasureAnswer> UncarriedMeasures { get; }

    /// <summary>Gets the migrated entries that need review.</summary>
    public ImmutableArray<AssessmentEntry> NeedsReview => Migrated.Entries.Where(e => e.Status == AssessmentStatus.NeedsReview).ToImmutableArray();

    internal GovernanceCatalog Catalog { get; }

    /// <summary>For each risk of the newer edition, the earlier risks that lead to it and the diff entry of each (read forwards).</summary>
    internal IReadOnlyDictionary<string, ImmutableArray<(Risk Risk, DiffEntry Entry)>> Sources { get; }

    /// <summary>Counts the earlier entries with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Count(MigrationOutcome outcome) => Steps.Count(s => s.Outcome == outcome);

    /// <summary>Renders the migration report as Markdown: a summary, what happened to each earlier entry, the entries that need review with their prior answers, the new and the unassessed risks, and the dropped answers. Deterministic.</summary>
    /// <param name="language">The language(s) of titles.</param>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown(TitleLanguage language = TitleLanguage.Both) => Migration.MigrationMarkdown.Render(this, language);

    /// <summary>
    /// Renders the migration report as JSON (<c>aigov-migration-report/1</c>): <c>format</c>, <c>organisation</c>,
    /// <c>from</c>, <c>to</c>, <c>assessed</c>, <c>dataVersion</c>, <c>summary</c>, <c>steps</c>, <c>review</c>,
    /// <c>new</c>, <c>unassessedPredecessors</c> and <c>dropped</c>. Deterministic.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Migration.MigrationJson.Render(this);
}
