namespace AiGov.Catalog.Generators.Diagnostics;

/// <summary>The IDs of every diagnostic the generator reports (see <see cref="CatalogDiagnostics"/>).</summary>
internal static class DiagnosticIds
{
    public const string YamlSyntax = "AIGOV001";
    public const string MissingField = "AIGOV002";
    public const string WrongType = "AIGOV003";
    public const string UnknownField = "AIGOV004";
    public const string Duplicate = "AIGOV005";
    public const string DanglingReference = "AIGOV006";
    public const string UnknownVocabulary = "AIGOV007";
    public const string InvalidValue = "AIGOV008";
    public const string Manifest = "AIGOV009";
    public const string UnaddressedRisk = "AIGOV010";
    public const string LineageMissingElement = "AIGOV011";
    public const string LineageCoverage = "AIGOV012";
    public const string UnknownFramework = "AIGOV013";
    public const string UnknownTerm = "AIGOV014";
    public const string TermIdPattern = "AIGOV015";
    public const string RetiredField = "AIGOV016";
    public const string Internal = "AIGOV099";
}
