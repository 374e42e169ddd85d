using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AiGov.Catalog.Generators.Diagnostics;

/// <summary>The one catalogue of diagnostic descriptors. Every data error is an error at its YAML file, line and column.</summary>
internal static class CatalogDiagnostics
{
    private const string Category = "AiGov.Catalog";

    public static readonly DiagnosticDescriptor YamlSyntax = Create(DiagnosticIds.YamlSyntax, "YAML syntax error", "YAML syntax error: {0}");

    public static readonly DiagnosticDescriptor MissingField = Create(DiagnosticIds.MissingField, "Missing required field", "Missing required field '{0}' in {1}");

    public static readonly DiagnosticDescriptor WrongType = Create(DiagnosticIds.WrongType, "Wrong value type", "Field '{0}' must be {1}, found {2}");

    public static readonly DiagnosticDescriptor UnknownField = Create(DiagnosticIds.UnknownField, "Unknown field", "Unknown field '{0}' in {1}{2}; allowed: {3}");

    public static readonly DiagnosticDescriptor Duplicate = Create(DiagnosticIds.Duplicate, "Duplicate ID or key", "Duplicate {0} '{1}' (first defined at {2})");

    public static readonly DiagnosticDescriptor DanglingReference = Create(DiagnosticIds.DanglingReference, "Dangling reference", "{0} '{1}' does not resolve to {2}");

    public static readonly DiagnosticDescriptor UnknownVocabulary = Create(DiagnosticIds.UnknownVocabulary, "Unknown vocabulary value", "Unknown {0} '{1}'; expected one of: {2}");

    public static readonly DiagnosticDescriptor InvalidValue = Create(DiagnosticIds.InvalidValue, "Invalid value", "Invalid value for '{0}': {1}");

    public static readonly DiagnosticDescriptor Manifest = Create(DiagnosticIds.Manifest, "Edition manifest error", "Edition manifest error: {0}");

    public static readonly DiagnosticDescriptor UnaddressedRisk = Create(DiagnosticIds.UnaddressedRisk, "Risk addressed by no measure", "Risk '{0}' is addressed by no measure and has no 'unaddressed-note' saying why");

    public static readonly DiagnosticDescriptor LineageMissingElement = Create(DiagnosticIds.LineageMissingElement, "Lineage link to a missing element", "Lineage {0}: '{1}' is not an element of edition {2}");

    public static readonly DiagnosticDescriptor LineageCoverage = Create(DiagnosticIds.LineageCoverage, "Lineage coverage", "Lineage {0}: {1}");

    public static readonly DiagnosticDescriptor UnknownFramework = Create(DiagnosticIds.UnknownFramework, "Unknown crosswalk framework", "Unknown framework '{0}' version '{1}'; crosswalks/frameworks.yaml lists: {2}");

    public static readonly DiagnosticDescriptor UnknownTerm = Create(DiagnosticIds.UnknownTerm, "Unknown framework term", "'{0}' is not a term of {1} (see {2})");

    public static readonly DiagnosticDescriptor TermIdPattern = Create(DiagnosticIds.TermIdPattern, "Term ID does not fit the framework's pattern", "'{0}' does not fit the ID pattern of {1}: {2}");

    public static readonly DiagnosticDescriptor RetiredField = Create(DiagnosticIds.RetiredField, "Retired field", "The field '{0}' was retired in data {1}: {2}");

    public static readonly DiagnosticDescriptor Internal = Create(DiagnosticIds.Internal, "Internal generator error", "Internal error in the AiGov.Catalog generator: {0}. Please report it with the catalogue that caused it.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [YamlSyntax.Id] = YamlSyntax,
        [MissingField.Id] = MissingField,
        [WrongType.Id] = WrongType,
        [UnknownField.Id] = UnknownField,
        [Duplicate.Id] = Duplicate,
        [DanglingReference.Id] = DanglingReference,
        [UnknownVocabulary.Id] = UnknownVocabulary,
        [InvalidValue.Id] = InvalidValue,
        [Manifest.Id] = Manifest,
        [UnaddressedRisk.Id] = UnaddressedRisk,
        [LineageMissingElement.Id] = LineageMissingElement,
        [LineageCoverage.Id] = LineageCoverage,
        [UnknownFramework.Id] = UnknownFramework,
        [UnknownTerm.Id] = UnknownTerm,
        [TermIdPattern.Id] = TermIdPattern,
        [RetiredField.Id] = RetiredField,
        [Internal.Id] = Internal,
    };

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
