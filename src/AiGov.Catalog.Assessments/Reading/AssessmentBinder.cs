using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiGov.Catalog.Assessments.Reading;

/// <summary>
/// Checks a parsed document against the assessment format and the catalogue, and builds the <see cref="Assessment"/>.
/// Every problem is reported and the check goes on, so that one run lists all of them.
/// </summary>
internal sealed class AssessmentBinder
{
    private static readonly string[] RootFields =
    {
        "$schema", "format", "format-version", "edition", "organisation", "assessed", "scope", "notes", "previous-edition", "entries", "retired",
    };

    private static readonly string[] EntryFields = { "risk", "status", "owner", "controls", "evidence", "notes", "migrated-from" };

    private static readonly string[] EntryFieldsV2 = { "risk", "status", "owner", "controls", "evidence", "notes", "measures", "migrated-from" };

    private static readonly string[] PriorFields = { "risk", "relation", "note", "status", "owner", "controls", "evidence", "notes" };

    private static readonly string[] PriorFieldsV2 = { "risk", "relation", "note", "status", "owner", "controls", "evidence", "notes", "measures" };

    private static readonly string[] MeasureFields = { "measure", "state", "evidence", "notes" };

    private readonly GovernanceCatalog _catalog;
    private readonly ProblemSink _sink;
    private Edition? _edition;
    private int _formatVersion = Assessment.CurrentFormatVersion;

    private AssessmentBinder(GovernanceCatalog catalog, ProblemSink sink)
    {
        _catalog = catalog;
        _sink = sink;
    }

    public static Assessment? Bind(DocNode root, GovernanceCatalog catalog, ProblemSink sink) => new AssessmentBinder(catalog, sink).BindRoot(root);

    private Assessment? BindRoot(DocNode root)
    {
        if (root.Kind != DocNodeKind.Mapping)
        {
            _sink.Error(root.Location, AssessmentProblemCode.WrongType, string.Empty, "an assessment is a mapping (format, edition, organisation, assessed, entries), not " + root.Describe());
            return null;
        }

        var fields = new MappingFields(root, string.Empty, _sink, RootFields);
        CheckFormat(fields);
        CheckFormatVersion(fields);
        _edition = ReadEdition(fields, "edition", required: true);
        var organisation = fields.RequiredString("organisation");
        var assessed = ReadDate(fields);
        var scope = fields.OptionalString("scope");
        var notes = fields.OptionalString("notes");
        var previous = ReadEdition(fields, "previous-edition", required: false);
        if (previous is { } p && _edition is { } e && p >= e)
        {
            _sink.Error(fields.Get("previous-edition")!.Value.Location, AssessmentProblemCode.WrongEdition, "previous-edition", "the previous edition " + p + " is not older than the assessed edition " + e);
        }

        var entries = new List<AssessmentEntry>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var sequence = fields.Sequence("entries", required: true, " (one entry per risk assessed; an empty list is written [])");
        if (sequence is not null)
        {
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var entry = BindEntry(sequence.Items[i], "entries[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]", seen);
                if (entry is not null)
                {
                    entries.Add(entry);
                }
            }
        }

        var retired = new List<PriorAnswer>();
        var retiredSequence = fields.Sequence("retired", required: false);
        if (retiredSequence is not null)
        {
            for (var i = 0; i < retiredSequence.Items.Count; i++)
            {
                var prior = BindPrior(retiredSequence.Items[i], "retired[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]");
                if (prior is not null)
                {
                    retired.Add(prior);
                }
            }
        }

        if (_sink.HasErrors || _edition is null || organisation is null || assessed is null)
        {
            return null;
        }

        return new Assessment(_edition.Value, organisation.Value.Text, assessed.Value, entries, scope?.Text, notes?.Text, previous, retired, _sink.File, _formatVersion);
    }

    private void CheckFormat(MappingFields fields)
    {
        var format = fields.RequiredString("format", " (write format: " + Assessment.FormatName + ")");
        if (format is { } f && f.Text != Assessment.FormatName)
        {
            _sink.Error(f.Location, AssessmentProblemCode.InvalidValue, "format", "'" + f.Text + "' is not an assessment file: the format is '" + Assessment.FormatName + "'");
        }
    }

    private void CheckFormatVersion(MappingFields fields)
    {
        var property = fields.Get("format-version");
        if (property is null)
        {
            fields.Missing("format-version", " (write format-version: " + Assessment.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture) + ")");
            return;
        }

        var value = property.Value;
        if (value.Kind != DocNodeKind.Scalar || value.ScalarType != ScalarType.Number)
        {
            _sink.Error(value.Location, AssessmentProblemCode.WrongType, "format-version", "expected a number (1 or 2), found " + value.Describe());
        }
        else if (value.Text is "1" or "2")
        {
            _formatVersion = value.Text == "1" ? 1 : 2;
        }
        else
        {
            _sink.Error(value.Location, AssessmentProblemCode.InvalidValue, "format-version", "format-version " + value.Text + " is not supported: this version of the library reads format-version 1 and 2");
        }
    }

    private Edition? ReadEdition(MappingFields fields, string key, bool required)
    {
        var text = required ? fields.RequiredString(key, " (the edition assessed, e.g. edition: \"1.0\")") : fields.OptionalString(key);
        if (text is not { } t)
        {
            // An unquoted 1.0 is reported as a number where text belongs; the edition it names is still used, so that
            // the entries are checked against it and every other problem is reported in the same run.
            return fields.Get(key)?.Value is { Kind: DocNodeKind.Scalar, ScalarType: ScalarType.Number } number
                && Edition.TryParse(number.Text, out var meant) && _catalog.TryGetEdition(meant, out _)
                ? meant
                : null;
        }

        if (!Edition.TryParse(t.Text, out var edition))
        {
            _sink.Error(t.Location, AssessmentProblemCode.InvalidValue, key, "'" + t.Text + "' is not an edition such as \"1.0\" or \"2.0\"");
            return null;
        }

        if (!_catalog.TryGetEdition(edition, out _))
        {
            _sink.Error(t.Location, AssessmentProblemCode.WrongEdition, key, "the catalogue has no edition " + edition + "; it has " + EditionList());
            return null;
        }

        return edition;
    }

    private DateOnly? ReadDate(MappingFields fields)
    {
        var text = fields.RequiredString("assessed", " (the date of the assessment, e.g. assessed: \"2026-11-01\")");
        if (text is not { } t)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(t.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _sink.Error(t.Location, AssessmentProblemCode.InvalidValue, "assessed", "'" + t.Text + "' is not a date written yyyy-MM-dd, e.g. 2026-11-01");
            return null;
        }

        return date;
    }

    private AssessmentEntry? BindEntry(DocNode node, string path, Dictionary<string, SourceLocation> seen)
    {
        if (node.Kind != DocNodeKind.Mapping)
        {
            _sink.Error(node.Location, AssessmentProblemCode.WrongType, path, "an entry is a mapping (risk, status, owner, controls, evidence, notes), not " + node.Describe());
            return null;
        }

        var fields = new MappingFields(node, path, _sink, _formatVersion >= 2 ? EntryFieldsV2 : EntryFields);
        var riskText = fields.RequiredString("risk", " (the risk's ID, e.g. risk: \"1.0:3.1.1.a\")");
        string? riskId = null;
        if (riskText is { } r && _edition is { } edition)
        {
            riskId = ResolveRisk(r.Text, r.Location, fields.Join("risk"), edition, exact: true);
            if (riskId is not null)
            {
                if (seen.TryGetValue(riskId, out var first))
                {
                    _sink.Error(r.Location, AssessmentProblemCode.Duplicate, fields.Join("risk"), "the risk " + riskId + (r.Text == riskId ? string.Empty : " ('" + r.Text + "')") + " is already assessed at line " + first.Line.ToString(CultureInfo.InvariantCulture) + ": one entry per risk");
                    riskId = null;
                }
                else
                {
                    seen[riskId] = r.Location;
                }
            }
        }

        var status = ReadStatus(fields, required: true);
        var owner = fields.OptionalString("owner");
        var controls = fields.OptionalStringList("controls");
        var evidence = ReadEvidence(fields);
        var notes = fields.OptionalString("notes");
        if (status is { } s)
        {
            if (s.Status is AssessmentStatus.Addressed or AssessmentStatus.PartiallyAddressed or AssessmentStatus.NotAddressed)
            {
                RequireWhen(fields, "owner", owner is not null, " (who owns this risk? required when the status is " + AssessmentNames.Of(s.Status) + ")");
            }

            if (s.Status == AssessmentStatus.NotApplicable)
            {
                RequireWhen(fields, "notes", notes is not null, " (say why the risk does not apply; required when the status is not-applicable)");
            }

            if (s.Status == AssessmentStatus.NeedsReview)
            {
                _sink.Warning(s.Location, AssessmentProblemCode.NeedsReview, fields.Join("status"), "migration marked " + (riskId ?? "this risk") + " for review: read the prior answers under migrated-from and choose addressed, partially-addressed, not-addressed or not-applicable");
            }
        }

        var measures = BindMeasures(fields, riskId);
        if (status is { Status: AssessmentStatus.Addressed } addressed)
        {
            var open = measures.Where(m => m.State == MeasureState.NotImplemented).Select(m => m.MeasureId).ToList();
            if (open.Count > 0)
            {
                _sink.Warning(addressed.Location, AssessmentProblemCode.MeasureNotImplemented, fields.Join("status"), (riskId ?? "this risk") + " is marked addressed, but " + (open.Count == 1 ? "its measure " + open[0] + " is" : "its measures " + string.Join(", ", open) + " are") + " not-implemented: implement them, say why they do not apply (not-applicable), or lower the status to partially-addressed");
            }
        }

        var migratedFrom = new List<PriorAnswer>();
        var sequence = fields.Sequence("migrated-from", required: false);
        if (sequence is not null)
        {
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var prior = BindPrior(sequence.Items[i], fields.Join("migrated-from") + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]");
                if (prior is not null)
                {
                    migratedFrom.Add(prior);
                }
            }
        }

        return riskId is null || status is null
            ? null
            : new AssessmentEntry(riskId, status.Value.Status, owner?.Text, controls.Select(c => c.Text), evidence, notes?.Text, migratedFrom, node.Location, measures);
    }

    /// <summary>
    /// The measure checklist of an entry (or of a prior answer, <paramref name="riskId"/> then names the earlier risk):
    /// each measure must be a measure of the risk's edition that addresses the risk.
    /// </summary>
    private List<MeasureAnswer> BindMeasures(MappingFields fields, string? riskId)
    {
        var result = new List<MeasureAnswer>();
        var sequence = _formatVersion >= 2 ? fields.Sequence("measures", required: false) : null;
        if (sequence is null)
        {
            return result;
        }

        var risk = riskId is not null && _catalog.TryFind(riskId, out var found) ? found as Risk : null;
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var node = sequence.Items[i];
            var path = fields.Join("measures") + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
            if (node.Kind != DocNodeKind.Mapping)
            {
                _sink.Error(node.Location, AssessmentProblemCode.WrongType, path, "a measure answer is a mapping (measure, state, evidence, notes), not " + node.Describe());
                continue;
            }

            var item = new MappingFields(node, path, _sink, MeasureFields);
            var measureText = item.RequiredString("measure", " (the measure's ID, e.g. measure: \"2.0:4.1.1.a\")");
            var measureId = measureText is { } m && risk is not null ? ResolveMeasure(m.Text, m.Location, item.Join("measure"), risk) : null;
            if (measureId is not null && measureText is { } at)
            {
                if (seen.TryGetValue(measureId, out var first))
                {
                    _sink.Error(at.Location, AssessmentProblemCode.Duplicate, item.Join("measure"), "the measure " + measureId + " is already answered at line " + first.Line.ToString(CultureInfo.InvariantCulture) + ": one answer per measure");
                    measureId = null;
                }
                else
                {
                    seen[measureId] = at.Location;
                }
            }

            var state = ReadMeasureState(item, out var stateValid);
            var evidence = ReadEvidence(item);
            var notes = item.OptionalString("notes");
            if (state == MeasureState.NotApplicable && notes is null)
            {
                RequireWhen(item, "notes", false, " (say why the measure does not apply; required when the state is not-applicable)");
            }

            if (measureId is not null && stateValid)
            {
                result.Add(new MeasureAnswer(measureId, state, evidence, notes?.Text, node.Location));
            }
        }

        return result;
    }

    /// <summary>A measure state; absent or null means not answered yet (valid). <paramref name="valid"/> is false for a wrong value.</summary>
    private MeasureState? ReadMeasureState(MappingFields fields, out bool valid)
    {
        valid = true;
        var property = fields.Get("state");
        if (property is null || (property.Value.Kind == DocNodeKind.Scalar && property.Value.ScalarType == ScalarType.Null))
        {
            return null;
        }

        var text = fields.OptionalString("state");
        if (text is not { } t)
        {
            valid = false;
            return null;
        }

        if (AssessmentNames.TryParseMeasureState(t.Text, out var state))
        {
            return state;
        }

        valid = false;
        var hint = AssessmentNames.TryParseMeasureState(t.Text.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-'), out var near)
            ? " (did you mean '" + AssessmentNames.Of(near) + "'?)"
            : string.Empty;
        _sink.Error(t.Location, AssessmentProblemCode.UnknownValue, fields.Join("state"), "'" + t.Text + "' is not a measure state" + hint + ": " + MeasureStateList + " (or leave it out while unanswered)");
        return null;
    }

    /// <summary>The measure states, in words for messages.</summary>
    internal static string MeasureStateList => string.Join(", ", AssessmentNames.MeasureStates.Select(AssessmentNames.Of));

    private string? ResolveMeasure(string text, SourceLocation location, string path, Risk risk)
    {
        var id = text.Trim();
        if (!id.Contains(':', StringComparison.Ordinal))
        {
            id = risk.Edition + ":" + id;
        }

        var measures = risk.Measures;
        var hint = measures.IsEmpty
            ? " (no measure of the catalogue addresses " + risk.Id + ")"
            : " (the measures that address " + risk.Id + ": " + string.Join(", ", measures.Select(x => x.Id)) + ")";
        if (!_catalog.TryFind(id, out var element) || element is not Measure measure)
        {
            _sink.Error(location, AssessmentProblemCode.UnknownMeasure, path, (element is null ? "no measure '" + text + "' in the catalogue" : "'" + text + "' is " + KindName(element.Kind) + ", not a measure") + hint);
            return null;
        }

        if (measure.Edition != risk.Edition)
        {
            _sink.Error(location, AssessmentProblemCode.UnknownMeasure, path, "'" + text + "' is a measure of edition " + measure.Edition + "; " + risk.Id + " is a risk of edition " + risk.Edition + hint);
            return null;
        }

        if (!measures.Any(x => x.Id == measure.Id))
        {
            _sink.Error(location, AssessmentProblemCode.UnknownMeasure, path, "the measure " + measure.Id + " does not address " + risk.Id + " in the catalogue" + hint);
            return null;
        }

        return measure.Id;
    }

    /// <summary>A field required by the status: reported when absent or null (a present value of the wrong type is reported already).</summary>
    private void RequireWhen(MappingFields fields, string key, bool present, string why)
    {
        if (present)
        {
            return;
        }

        var property = fields.Get(key);
        if (property is null)
        {
            fields.Missing(key, why);
        }
        else if (property.Value.Kind == DocNodeKind.Scalar && property.Value.ScalarType == ScalarType.Null)
        {
            _sink.Error(property.Value.Location, AssessmentProblemCode.MissingField, fields.Join(key), "the field '" + key + "' has no value" + why);
        }
    }

    private PriorAnswer? BindPrior(DocNode node, string path)
    {
        if (node.Kind != DocNodeKind.Mapping)
        {
            _sink.Error(node.Location, AssessmentProblemCode.WrongType, path, "a prior answer is a mapping (risk, relation, note, status, owner, controls, evidence, notes), not " + node.Describe());
            return null;
        }

        var fields = new MappingFields(node, path, _sink, _formatVersion >= 2 ? PriorFieldsV2 : PriorFields);
        var riskText = fields.RequiredString("risk", " (the earlier edition's risk ID, e.g. risk: \"1.0:3.1.1.d\")");
        string? riskId = null;
        if (riskText is { } r && _edition is { } edition)
        {
            riskId = ResolveRisk(r.Text, r.Location, fields.Join("risk"), edition, exact: false);
        }

        ChangeKind? relation = null;
        var relationText = fields.RequiredString("relation", " (how the earlier risk carries over: unchanged, reworded, renamed, moved, split, merged or removed)");
        if (relationText is { } rel)
        {
            if (AssessmentNames.TryParseRelation(rel.Text, out var parsed) && parsed != ChangeKind.Added)
            {
                relation = parsed;
            }
            else
            {
                _sink.Error(rel.Location, AssessmentProblemCode.UnknownValue, fields.Join("relation"), "'" + rel.Text + "' is not a relation: unchanged, reworded, renamed, moved, split, merged or removed");
            }
        }

        var note = fields.OptionalString("note");
        var status = ReadStatus(fields, required: false);
        var owner = fields.OptionalString("owner");
        var controls = fields.OptionalStringList("controls");
        var evidence = ReadEvidence(fields);
        var notes = fields.OptionalString("notes");
        var measures = BindMeasures(fields, riskId);
        return riskId is null || relation is null
            ? null
            : new PriorAnswer(riskId, relation.Value, note?.Text, status?.Status, owner?.Text, controls.Select(c => c.Text), evidence, notes?.Text, node.Location, measures);
    }

    private (AssessmentStatus Status, SourceLocation Location)? ReadStatus(MappingFields fields, bool required)
    {
        var text = required
            ? fields.RequiredString("status", " (addressed, partially-addressed, not-addressed or not-applicable)")
            : fields.OptionalString("status");
        if (text is not { } t)
        {
            return null;
        }

        if (AssessmentNames.TryParseStatus(t.Text, out var status))
        {
            return (status, t.Location);
        }

        if (_formatVersion >= 2 && t.Text == AssessmentNames.Of(AssessmentStatus.Unassessed))
        {
            return (AssessmentStatus.Unassessed, t.Location);
        }

        var hint = AssessmentNames.TryParseStatus(t.Text.ToLowerInvariant().Replace(' ', '-').Replace('_', '-'), out var near)
            ? " (did you mean '" + AssessmentNames.Of(near) + "'?)"
            : string.Empty;
        _sink.Error(t.Location, AssessmentProblemCode.UnknownValue, fields.Join("status"), "'" + t.Text + "' is not a status" + hint + ": addressed, partially-addressed, not-addressed, not-applicable or needs-review" + (_formatVersion >= 2 ? " (or unassessed while not answered)" : string.Empty));
        return null;
    }

    private List<string> ReadEvidence(MappingFields fields)
    {
        var result = new List<string>();
        var items = fields.OptionalStringList("evidence");
        for (var i = 0; i < items.Count; i++)
        {
            var (text, location) = items[i];
            if (text.Contains("://", StringComparison.Ordinal)
                && (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "file" or "ftp") || text.Any(char.IsWhiteSpace)))
            {
                _sink.Error(location, AssessmentProblemCode.InvalidValue, fields.Join("evidence") + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]", "'" + text + "' is not a valid link (an http(s) URL, or a document reference without '://')");
                continue;
            }

            result.Add(text);
        }

        return result;
    }

    /// <summary>
    /// Resolves a risk ID in any of the catalogue's forms (<c>1.0:3.1.1.a</c>, <c>1.0:3.1.1(a)</c>, <c>1.0:explainability</c>,
    /// or without the edition: <c>3.1.1.a</c>) to its canonical ID. <paramref name="exact"/>: the risk must be of the
    /// assessed edition; otherwise of an earlier one.
    /// </summary>
    private string? ResolveRisk(string text, SourceLocation location, string path, Edition edition, bool exact)
    {
        var id = text.Trim();
        if (!id.Contains(':', StringComparison.Ordinal))
        {
            if (!exact)
            {
                _sink.Error(location, AssessmentProblemCode.UnknownRisk, path, "'" + id + "' names no edition: write the earlier edition's ID in full, e.g. \"1.0:" + id + "\"");
                return null;
            }

            id = edition + ":" + id;
        }

        var prefix = id.Substring(0, id.IndexOf(':', StringComparison.Ordinal));
        if (Edition.TryParse(prefix, out var named) && !_catalog.TryGetEdition(named, out _))
        {
            _sink.Error(location, AssessmentProblemCode.WrongEdition, path, "'" + text + "': the catalogue has no edition " + named + "; it has " + EditionList());
            return null;
        }

        if (!_catalog.TryFind(id, out var element))
        {
            _sink.Error(location, AssessmentProblemCode.UnknownRisk, path, "no risk '" + text + "' in the catalogue (IDs look like 1.0:3.1.1.a, 1.0:3.1.1(a) or 1.0:explainability; `aigov list --edition " + (Edition.TryParse(prefix, out var e) ? e : edition) + "` lists them)");
            return null;
        }

        if (element is not Risk)
        {
            _sink.Error(location, AssessmentProblemCode.UnknownRisk, path, "'" + text + "' is " + KindName(element.Kind) + ", not a risk item: assess the risk items under it");
            return null;
        }

        if (exact && element.Edition != edition)
        {
            _sink.Error(location, AssessmentProblemCode.WrongEdition, path, "'" + text + "' is a risk of edition " + element.Edition + "; this assessment is for edition " + edition);
            return null;
        }

        if (!exact && element.Edition >= edition)
        {
            _sink.Error(location, AssessmentProblemCode.WrongEdition, path, "'" + text + "' is a risk of edition " + element.Edition + "; a prior answer names a risk of an edition older than " + edition);
            return null;
        }

        return element.Id;
    }

    private string EditionList() => string.Join(", ", _catalog.Editions.Select(e => e.Edition.ToString()));

    private static string KindName(ElementKind kind) => kind switch
    {
        ElementKind.RiskCategory => "a risk category",
        ElementKind.RiskSubcategory => "a risk sub-category",
        ElementKind.TechnicalMeasure => "a technical measure",
        ElementKind.GovernanceMeasure => "a governance measure",
        ElementKind.GuidelineItem => "a guideline item",
        ElementKind.GuidelineSet => "a guideline set",
        ElementKind.MeasureGroup => "a measure heading",
        ElementKind.Principle => "a principle",
        ElementKind.Component => "a framework component",
        ElementKind.Section => "a section",
        ElementKind.Appendix => "an appendix",
        ElementKind.GradingFactor => "a grading factor",
        ElementKind.RiskGrade => "a risk grade",
        ElementKind.AppendixPart => "an appendix part",
        ElementKind.AppendixPhase => "an appendix phase",
        ElementKind.AppendixMeasureGroup => "an appendix measure group",
        ElementKind.AppendixMeasure => "an appendix measure",
        _ => "a " + kind,
    };
}
