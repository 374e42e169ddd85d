namespace AiGov.Catalog.Assessments.Tests;

public sealed class MeasureChecklistTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    private static Risk RiskWithMeasures(Edition edition, int atLeast) => Catalog.Edition(edition).Risks.First(r => r.Measures.Length >= atLeast);

    private static string V2(Edition edition, string entries) =>
        "format: aigov-assessment\nformat-version: 2\nedition: \"" + edition + "\"\norganisation: Org\nassessed: \"2026-12-01\"\nentries:\n" + entries;

    [Fact]
    public void A_measure_that_does_not_address_the_risk_is_a_located_error_with_the_measures_that_do()
    {
        var risk = RiskWithMeasures(Edition.V2_0, 1);
        var other = Catalog.Edition(Edition.V2_0).Measures.First(m => !risk.Measures.Contains(m));
        var text = V2(Edition.V2_0, "  - risk: \"" + risk.Id + "\"\n    status: unassessed\n    measures:\n      - measure: \"" + other.Id + "\"\n        state: implemented\n");

        var result = AssessmentReader.Parse(text, "m.yaml", AssessmentFileFormat.Yaml);

        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(AssessmentProblemCode.UnknownMeasure);
        error.Line.Should().Be(10);
        error.Column.Should().Be(18);
        error.Path.Should().Be("entries[1].measures[1].measure");
        error.Message.Should().Contain("does not address " + risk.Id).And.Contain(risk.Measures[0].Id);
    }

    [Fact]
    public void Unknown_states_measures_and_duplicates_are_errors()
    {
        var risk = RiskWithMeasures(Edition.V2_0, 1);
        var m = risk.Measures[0].Id;
        var text = V2(Edition.V2_0, "  - risk: \"" + risk.Id + "\"\n    status: unassessed\n    measures:\n"
            + "      - measure: \"" + m + "\"\n        state: Implemented\n"
            + "      - measure: \"" + m + "\"\n"
            + "      - measure: \"2.0:9.9.9\"\n"
            + "      - measure: \"1.0:" + Catalog.Edition(Edition.V1_0).Measures[0].Key + "\"\n");

        var result = AssessmentReader.Parse(text, "m.yaml", AssessmentFileFormat.Yaml);

        result.Errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (AssessmentProblemCode.UnknownValue, "entries[1].measures[1].state"),
            (AssessmentProblemCode.Duplicate, "entries[1].measures[2].measure"),
            (AssessmentProblemCode.UnknownMeasure, "entries[1].measures[3].measure"),
            (AssessmentProblemCode.UnknownMeasure, "entries[1].measures[4].measure"));
        result.Errors[0].Message.Should().Contain("did you mean 'implemented'");
    }

    [Fact]
    public void A_risk_marked_addressed_with_measures_not_implemented_is_a_warning()
    {
        var risk = RiskWithMeasures(Edition.V2_0, 2);
        var text = V2(Edition.V2_0, "  - risk: \"" + risk.Id + "\"\n    status: addressed\n    owner: Me\n    measures:\n"
            + "      - measure: \"" + risk.Measures[0].Id + "\"\n        state: implemented\n"
            + "      - measure: \"" + risk.Measures[1].Id + "\"\n        state: not-implemented\n");

        var result = AssessmentReader.Parse(text, "m.yaml", AssessmentFileFormat.Yaml);

        result.IsValid.Should().BeTrue();
        var warning = result.Warnings.Should().ContainSingle().Which;
        warning.Code.Should().Be(AssessmentProblemCode.MeasureNotImplemented);
        warning.Line.Should().Be(8);
        warning.Message.Should().Contain(risk.Measures[1].Id).And.NotContain(risk.Measures[0].Id);
    }

    [Fact]
    public void A_version_1_file_does_not_accept_measures_or_unassessed()
    {
        var risk = RiskWithMeasures(Edition.V1_0, 1);
        var text = "format: aigov-assessment\nformat-version: 1\nedition: \"1.0\"\norganisation: Org\nassessed: \"2026-12-01\"\nentries:\n"
            + "  - risk: \"" + risk.Id + "\"\n    status: unassessed\n    measures: []\n";

        var result = AssessmentReader.Parse(text, "v1.yaml", AssessmentFileFormat.Yaml);

        result.Errors.Select(e => (e.Code, e.Path)).Should().BeEquivalentTo(new[]
        {
            (AssessmentProblemCode.UnknownValue, "entries[1].status"),
            (AssessmentProblemCode.UnknownField, "entries[1].measures"),
        });
    }

    [Fact]
    public void The_committed_version_1_example_still_loads_as_before()
    {
        var result = AssessmentReader.Read(TestFiles.Sample);

        result.Problems.Should().BeEmpty();
        result.Assessment!.FormatVersion.Should().Be(1);
        result.Assessment.Entries.Should().HaveCount(22).And.OnlyContain(e => e.Measures.IsEmpty);
    }

    [Fact]
    public void Upgrading_the_version_1_example_keeps_every_field()
    {
        var v1 = TestFiles.LoadSample();

        var yaml = AssessmentWriter.ToYaml(v1);
        var v2 = AssessmentReader.Parse(yaml, "up.yaml", AssessmentFileFormat.Yaml);

        yaml.Should().Contain("format-version: 2\n");
        v2.Problems.Should().BeEmpty();
        v2.Assessment!.FormatVersion.Should().Be(2);
        AssessmentWriter.ToJson(v2.Assessment).Should().Be(AssessmentWriter.ToJson(v1));
        foreach (var (before, after) in v1.Entries.Zip(v2.Assessment.Entries))
        {
            after.RiskId.Should().Be(before.RiskId);
            after.Status.Should().Be(before.Status);
            after.Owner.Should().Be(before.Owner);
            after.Controls.Should().Equal(before.Controls);
            after.Evidence.Should().Equal(before.Evidence);
            after.Notes.Should().Be(before.Notes);
        }

        v2.Assessment.Scope.Should().Be(v1.Scope);
        v2.Assessment.Organisation.Should().Be(v1.Organisation);
    }

    [Fact]
    public void Coverage_counts_measure_states_per_risk_and_lists_open_measures()
    {
        var risk = RiskWithMeasures(Edition.V2_0, 2);
        var answers = new[]
        {
            new MeasureAnswer(risk.Measures[0].Id, MeasureState.Implemented),
            new MeasureAnswer(risk.Measures[1].Id, MeasureState.Planned, notes: "Q2"),
        };
        var assessment = new Assessment(Edition.V2_0, "Org", new DateOnly(2026, 12, 1), new[] { new AssessmentEntry(risk.Id, AssessmentStatus.PartiallyAddressed, "Me", measures: answers) });

        var coverage = AssessmentCoverage.Compute(assessment).Measures;

        coverage.HasChecklists.Should().BeTrue();
        var tally = coverage.ByRisk.Should().ContainSingle().Which.Tally;
        tally.Total.Should().Be(risk.Measures.Length);
        tally.Implemented.Should().Be(1);
        tally.Planned.Should().Be(1);
        tally.Unanswered.Should().Be(risk.Measures.Length - 2);
        coverage.Open.Should().HaveCount(risk.Measures.Length - 1);
        coverage.Open[0].Measure.Id.Should().Be(risk.Measures[1].Id);
        coverage.Open[0].State.Should().Be(MeasureState.Planned);
        coverage.ByCategory.Should().ContainSingle().Which.Key.Should().Be(risk.Category.Id);
        coverage.ByActor.Select(g => g.Key).Should().Equal(Catalog.Actors.Where(a => risk.Actors.Any(m => m.Actor.Equals(a))).Select(a => a.Key));
        var report = AssessmentReport.Create(assessment).ToMarkdown();
        report.Should().Contain("## Open measures (" + (risk.Measures.Length - 1) + ")");
    }

    [Fact]
    public void Migration_carries_measure_answers_through_the_lineage_and_lists_every_one_it_could_not_carry()
    {
        var from = Catalog.Edition(Edition.V1_0);
        var entries = from.Risks
            .Where(r => !r.Measures.IsEmpty)
            .Select(r => new AssessmentEntry(r.Id, AssessmentStatus.PartiallyAddressed, "Owner", measures: r.Measures.Select(m => new MeasureAnswer(m.Id, MeasureState.Implemented, notes: "from " + r.Id))))
            .ToList();
        var source = new Assessment(Edition.V1_0, "Org", new DateOnly(2026, 12, 1), entries);
        var total = entries.Sum(e => e.Measures.Length);

        var result = AssessmentMigrator.Migrate(source, Edition.V2_0);

        var carried = result.Migrated.Entries.SelectMany(e => e.Measures).ToList();
        carried.Should().NotBeEmpty("the lineage follows the governance measures");
        result.UncarriedMeasures.Should().NotBeEmpty("the lineage does not follow every measure");
        carried.Should().OnlyContain(m => m.State == MeasureState.Implemented && m.MeasureId.StartsWith("2.0:", StringComparison.Ordinal));
        foreach (var entry in result.Migrated.Entries)
        {
            var risk = (Risk)Catalog.Find(entry.RiskId);
            entry.Measures.All(m => risk.Measures.Any(x => x.Id == m.MeasureId)).Should().BeTrue(entry.RiskId);
        }

        // Every answer is carried somewhere or listed; a listed one is still in the migrated file.
        var kept = result.Migrated.Entries.SelectMany(e => e.MigratedFrom).Concat(result.Migrated.Retired).SelectMany(p => p.Measures.Select(m => (p.RiskId, m.MeasureId))).ToHashSet();
        foreach (var u in result.UncarriedMeasures)
        {
            kept.Should().Contain((u.RiskId, u.Answer.MeasureId));
            u.Reason.Should().NotBeNullOrWhiteSpace();
        }

        var sourceKeys = entries.SelectMany(e => e.Measures.Select(m => (e.RiskId, m.MeasureId))).ToList();
        var uncarried = result.UncarriedMeasures.Select(u => (u.RiskId, u.Answer.MeasureId)).ToHashSet();
        var carriedSources = sourceKeys.Where(k => !uncarried.Contains(k)).ToList();
        foreach (var (riskId, measureId) in carriedSources)
        {
            var successors = Catalog.Successors(Catalog.Find(measureId), Edition.V2_0).Select(c => c.Element.Id).ToHashSet();
            result.Migrated.Entries.SelectMany(e => e.Measures).Should().Contain(m => successors.Contains(m.MeasureId), "the answer for " + measureId + " of " + riskId + " was carried");
        }

        (carriedSources.Count + uncarried.Count).Should().Be(total);
        result.ToMarkdown().Should().Contain("## Measure answers not carried to 2.0 (" + result.UncarriedMeasures.Length + ")");
        var migratedYaml = AssessmentWriter.ToYaml(result.Migrated);
        AssessmentReader.Parse(migratedYaml, "m.yaml", AssessmentFileFormat.Yaml).Errors.Should().BeEmpty();
    }
}
