using System.IO;
using System.Linq;
using System.Text;
using AiGov.Catalog.Assessments;
using BenchmarkDotNet.Attributes;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Self-assessments: reading and validating the sample (22 entries of edition 1.0), a 200-entry file, and the report.
/// Edition 1.0 has 26 risks, so the 200-entry file repeats risks: besides reading, it measures the validator
/// reporting 174 duplicates with their locations (the worst case a person can hand in).
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private string _sample = string.Empty;
    private string _large = string.Empty;
    private Assessment _assessment = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = typeof(AssessmentBenchmarks).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "AiGovRepositoryRoot").Value!;
        _sample = File.ReadAllText(Path.Combine(root, "samples", "assessments", "example-1.0.yaml"));
        var risks = GovernanceCatalog.Default.Edition(Edition.V1_0).Risks;
        var builder = new StringBuilder("format: aigov-assessment\nformat-version: 1\nedition: \"1.0\"\norganisation: Benchmark Ltd.\nassessed: \"2026-11-01\"\nentries:\n");
        foreach (var i in Enumerable.Range(0, 200))
        {
            builder.Append("  - risk: \"").Append(risks[i % risks.Length].Id).Append("\"\n    status: addressed\n    owner: Team ").Append(i).Append("\n    controls: [control-").Append(i).Append("]\n    evidence: [https://example.org/evidence/").Append(i).Append("]\n");
        }

        _large = builder.ToString();
        _assessment = AssessmentReader.Parse(_sample, "example-1.0.yaml", AssessmentFileFormat.Yaml).Assessment!;
    }

    /// <summary>Baseline: read and validate the sample assessment.</summary>
    [Benchmark(Baseline = true, Description = "Validate the sample (22 entries)")]
    public AssessmentReadResult ValidateSample() => AssessmentReader.Parse(_sample, "example-1.0.yaml", AssessmentFileFormat.Yaml);

    /// <summary>Read and validate 200 entries (174 of them duplicates, each reported with its location).</summary>
    [Benchmark(Description = "Validate 200 entries")]
    public AssessmentReadResult Validate200() => AssessmentReader.Parse(_large, "large.yaml", AssessmentFileFormat.Yaml);

    /// <summary>Coverage and the Markdown report of the sample.</summary>
    [Benchmark(Description = "Report (coverage + Markdown)")]
    public string ReportMarkdown() => AssessmentReport.Create(_assessment).ToMarkdown();

    /// <summary>Coverage and the self-contained HTML report of the sample.</summary>
    [Benchmark(Description = "Report (coverage + HTML)")]
    public string ReportHtml() => AssessmentReport.Create(_assessment).ToHtml();
}
