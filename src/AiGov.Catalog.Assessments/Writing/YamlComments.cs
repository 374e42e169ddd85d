using System;
using System.Collections.Generic;

namespace AiGov.Catalog.Assessments.Writing;

/// <summary>Comments the YAML writer adds: header lines, lines above each entry, and one line after each measure ID.</summary>
internal sealed class YamlComments
{
    private readonly Func<string, IEnumerable<string>> _risk;
    private readonly Func<string, string?> _measure;

    public YamlComments(IReadOnlyList<string> header, Func<string, IEnumerable<string>> risk, Func<string, string?> measure)
    {
        Header = header;
        _risk = risk;
        _measure = measure;
    }

    public IReadOnlyList<string> Header { get; }

    public IEnumerable<string> ForRisk(string riskId) => _risk(riskId);

    public string? ForMeasure(string measureId) => _measure(measureId);
}
