using System.Collections.Generic;

namespace AiGov.Catalog.Generators.Parsing;

/// <summary>The kinds of catalogue file, recognised by their path inside <c>catalog/</c>.</summary>
internal static class FileKinds
{
    public const string Sources = "sources";
    public const string DataVersion = "data-version";
    public const string Edition = "edition";
    public const string Lineage = "lineage";
    public const string Stages = "lifecycle-stages";
    public const string Actors = "actors";
    public const string Areas = "risk-areas";
    public const string InstrumentLevels = "instrument-levels";
    public const string Instruments = "instruments";
    public const string CrosswalkRegistry = "crosswalk-frameworks";
    public const string CrosswalkTerms = "crosswalk-terms";
    public const string CrosswalkSet = "crosswalk-set";

    /// <summary>Element list files, in document order of the framework.</summary>
    public static readonly IReadOnlyList<string> ElementKinds = new[]
    {
        "sections", "principles", "components", "risk-categories", "risk-subcategories", "risks",
        "measure-groups", "technical-measures", "governance-measures", "guideline-sets", "guideline-items",
        "appendices", "grading-factors", "risk-grades", "appendix-parts", "appendix-phases", "appendix-measure-groups", "appendix-measures",
    };

    public static bool IsElementKind(string kind)
    {
        foreach (var k in ElementKinds)
        {
            if (k == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Classifies a path. Returns false for files outside a <c>catalog/</c> folder (not ours). For files inside it,
    /// returns the logical path (relative to <c>catalog/</c>, with forward slashes), the kind (null when the file
    /// is not a recognised catalogue file) and the edition folder (for edition files).
    /// </summary>
    public static bool TryClassify(string path, out string logicalPath, out string? kind, out string? editionFolder)
    {
        var normalized = path.Replace('\\', '/');
        var marker = normalized.LastIndexOf("/catalog/", System.StringComparison.Ordinal);
        logicalPath = string.Empty;
        kind = null;
        editionFolder = null;
        if (marker < 0)
        {
            if (!normalized.StartsWith("catalog/", System.StringComparison.Ordinal))
            {
                return false;
            }

            marker = -1;
        }

        logicalPath = normalized.Substring(marker + "/catalog/".Length);
        var parts = logicalPath.Split('/');
        var fileName = parts[parts.Length - 1];
        if (!fileName.EndsWith(".yaml", System.StringComparison.Ordinal))
        {
            return true;
        }

        var stem = fileName.Substring(0, fileName.Length - ".yaml".Length);
        if (parts.Length == 1)
        {
            kind = stem is Sources or DataVersion or Instruments ? stem : null;
        }
        else if (parts.Length == 2 && parts[0] == "vocabularies")
        {
            kind = stem is Stages or Actors or Areas or InstrumentLevels ? stem : null;
        }
        else if (parts.Length == 2 && parts[0] == "lineage")
        {
            kind = Lineage;
        }
        else if (parts[0] == "crosswalks")
        {
            kind = parts.Length == 2 && stem == "frameworks" ? CrosswalkRegistry
                : parts.Length == 3 && parts[1] == "terms" ? CrosswalkTerms
                : parts.Length == 3 && parts[1] == "sets" ? CrosswalkSet
                : null;
        }
        else if (parts.Length == 3 && parts[0] == "editions")
        {
            editionFolder = parts[1];
            kind = stem == Edition || IsElementKind(stem) ? stem : null;
        }

        return true;
    }
}
