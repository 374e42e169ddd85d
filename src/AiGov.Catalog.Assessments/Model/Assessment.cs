using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// An organisation's self-assessment against one edition of the framework: per risk, a status, owner, controls,
/// evidence and notes. Read one from a file with <see cref="AssessmentReader"/>, write one with
/// <see cref="AssessmentWriter"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The file format (<c>format: aigov-assessment</c>, <c>format-version: 2</c>; version 1, without measure checklists, is still read) is described in
/// <c>samples/assessments/README.md</c> and by the JSON Schema <c>catalog/schema/assessment.schema.json</c>.
/// </remarks>
public sealed class Assessment
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "aigov-assessment";

    /// <summary>The format version this library writes (it reads 1 and 2).</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The oldest format version this library reads.</summary>
    public const int OldestFormatVersion = 1;

    private readonly Dictionary<string, AssessmentEntry> _byRisk;

    /// <summary>Creates an assessment.</summary>
    /// <param name="edition">The edition assessed.</param>
    /// <param name="organisation">The organisation.</param>
    /// <param name="assessed">The date of the assessment; reports show it instead of the clock, so they are deterministic.</param>
    /// <param name="entries">The entries, one per risk (a risk appears at most once).</param>
    /// <param name="scope">What the assessment covers (systems, products), if stated.</param>
    /// <param name="notes">Free text, if any.</param>
    /// <param name="previousEdition">The edition the assessment was migrated from, if it was.</param>
    /// <param name="retired">Answers to risks of an earlier edition that this edition removed (kept by migration).</param>
    /// <param name="file">The file it was read from, as named by the caller, if any.</param>
    /// <param name="formatVersion">The format version it was read from (<see cref="CurrentFormatVersion"/> for one made in code).</param>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty, or two entries name the same risk.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public Assessment(
        Edition edition,
        string organisation,
        DateOnly assessed,
        IEnumerable<AssessmentEntry> entries,
        string? scope = null,
        string? notes = null,
        Edition? previousEdition = null,
        IEnumerable<PriorAnswer>? retired = null,
        string? file = null,
        int formatVersion = CurrentFormatVersion)
    {
        if (string.IsNullOrWhiteSpace(organisation))
        {
            throw new ArgumentException("An assessment names the organisation.", nameof(organisation));
        }

        ArgumentNullException.ThrowIfNull(entries);
        Edition = edition;
        Organisation = organisation;
        Assessed = assessed;
        Entries = entries.ToImmutableArray();
        Scope = scope;
        Notes = notes;
        PreviousEdition = previousEdition;
        Retired = retired is null ? ImmutableArray<PriorAnswer>.Empty : retired.ToImmutableArray();
        File = file;
        FormatVersion = formatVersion;
        _byRisk = new Dictionary<string, AssessmentEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!_byRisk.TryAdd(entry.RiskId, entry))
            {
                throw new ArgumentException("The risk " + entry.RiskId + " is assessed twice.", nameof(entries));
            }
        }
    }

    /// <summary>Gets the format version the assessment was read from (1 or 2); writers always write <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; }

    /// <summary>Gets the edition assessed.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the organisation.</summary>
    public string Organisation { get; }

    /// <summary>Gets the date of the assessment.</summary>
    public DateOnly Assessed { get; }

    /// <summary>Gets the date as written in files and reports, <c>yyyy-MM-dd</c>.</summary>
    public string AssessedText => Assessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Gets what the assessment covers, or null.</summary>
    public string? Scope { get; }

    /// <summary>Gets free-text notes, or null.</summary>
    public string? Notes { get; }

    /// <summary>Gets the edition the assessment was migrated from, or null.</summary>
    public Edition? PreviousEdition { get; }

    /// <summary>Gets the entries, in the order of the file (migration writes them in the edition's document order).</summary>
    public ImmutableArray<AssessmentEntry> Entries { get; }

    /// <summary>Gets answers to risks of an earlier edition that this edition removed (kept by migration, never lost).</summary>
    public ImmutableArray<PriorAnswer> Retired { get; }

    /// <summary>Gets the file the assessment was read from, as named by the caller, or null.</summary>
    public string? File { get; }

    /// <summary>Finds the entry of a risk by its canonical ID.</summary>
    /// <param name="riskId">The canonical ID, e.g. <c>1.0:3.1.1.a</c>.</param>
    /// <returns>The entry, or null when the risk is not assessed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="riskId"/> is null.</exception>
    public AssessmentEntry? Find(string riskId)
    {
        ArgumentNullException.ThrowIfNull(riskId);
        return _byRisk.TryGetValue(riskId, out var entry) ? entry : null;
    }

    /// <summary>Returns the organisation, edition and number of entries.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() =>
        Organisation + ", edition " + Edition + " (" + Entries.Length.ToString(CultureInfo.InvariantCulture) + " entries)";
}
