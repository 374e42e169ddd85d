using System;
using System.Collections.Generic;
using System.Globalization;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// How many risks of a group (a category, a stage, the whole edition…) have each status, and a score. Immutable.
/// </summary>
/// <remarks>
/// The score is the share of applicable risks that are addressed, counting a partially addressed risk as half:
/// <c>(addressed + ½ × partially addressed) ÷ (total − not applicable)</c>, in whole percent rounded half up. Unassessed
/// risks and risks that need review count as not addressed. It is null when no risk of the group applies.
/// </remarks>
public sealed class StatusTally
{
    internal StatusTally(IEnumerable<AssessmentStatus?> statuses)
    {
        foreach (var status in statuses)
        {
            Total++;
            switch (status)
            {
                case null or AssessmentStatus.Unassessed: Unassessed++; break;
                case AssessmentStatus.Addressed: Addressed++; break;
                case AssessmentStatus.PartiallyAddressed: PartiallyAddressed++; break;
                case AssessmentStatus.NotAddressed: NotAddressed++; break;
                case AssessmentStatus.NotApplicable: NotApplicable++; break;
                case AssessmentStatus.NeedsReview: NeedsReview++; break;
            }
        }
    }

    /// <summary>Gets the number of risks in the group.</summary>
    public int Total { get; }

    /// <summary>Gets the number addressed.</summary>
    public int Addressed { get; }

    /// <summary>Gets the number partially addressed.</summary>
    public int PartiallyAddressed { get; }

    /// <summary>Gets the number not addressed.</summary>
    public int NotAddressed { get; }

    /// <summary>Gets the number not applicable.</summary>
    public int NotApplicable { get; }

    /// <summary>Gets the number that migration marked as needing review.</summary>
    public int NeedsReview { get; }

    /// <summary>Gets the number with no entry or with the status <c>unassessed</c>.</summary>
    public int Unassessed { get; }

    /// <summary>Gets the number with a decided status (addressed, partially, not addressed, not applicable).</summary>
    public int Assessed => Addressed + PartiallyAddressed + NotAddressed + NotApplicable;

    /// <summary>Gets the number that apply (all but the not applicable).</summary>
    public int Applicable => Total - NotApplicable;

    /// <summary>Gets the score in whole percent (see the remarks), or null when no risk applies.</summary>
    public int? ScorePercent => Applicable == 0 ? null : ((200 * Addressed) + (100 * PartiallyAddressed) + Applicable) / (2 * Applicable);

    /// <summary>Gets the number of risks with a status (null for unassessed).</summary>
    /// <param name="status">The status, or null.</param>
    /// <returns>The count.</returns>
    public int Count(AssessmentStatus? status) => status switch
    {
        null or AssessmentStatus.Unassessed => Unassessed,
        AssessmentStatus.Addressed => Addressed,
        AssessmentStatus.PartiallyAddressed => PartiallyAddressed,
        AssessmentStatus.NotAddressed => NotAddressed,
        AssessmentStatus.NotApplicable => NotApplicable,
        AssessmentStatus.NeedsReview => NeedsReview,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a status."),
    };

    /// <summary>Returns "assessed/total, score".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() =>
        Assessed.ToString(CultureInfo.InvariantCulture) + "/" + Total.ToString(CultureInfo.InvariantCulture) + " assessed, score "
        + (ScorePercent is { } s ? s.ToString(CultureInfo.InvariantCulture) + "%" : "n/a");
}
