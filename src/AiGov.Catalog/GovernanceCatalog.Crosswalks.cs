using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using EditionNumber = AiGov.Catalog.Edition;

namespace AiGov.Catalog;

/// <summary>Crosswalks: the target frameworks, the mapping sets, and lookups in both directions.</summary>
public sealed partial class GovernanceCatalog
{
    private CrosswalkData? _crosswalks;

    /// <summary>Gets the target frameworks of the crosswalks (one entry per framework version), in registry order.</summary>
    public ImmutableArray<TargetFramework> Frameworks => CrosswalkIndex.Frameworks;

    /// <summary>Gets the mapping sets (one per source edition and target framework version), by ID.</summary>
    public ImmutableArray<MappingSet> MappingSets => CrosswalkIndex.Sets;

    private CrosswalkData CrosswalkIndex => _crosswalks ??= CrosswalkHolder.Instance;

    /// <summary>Finds a target framework by ID (its latest version), e.g. <c>nist-ai-rmf</c>, or by pinned ID, e.g. <c>nist-ai-rmf@1.0</c>.</summary>
    /// <param name="framework">The framework ID, optionally with <c>@version</c>.</param>
    /// <param name="result">The framework version, when found.</param>
    /// <returns>Whether it is in the registry.</returns>
    public bool TryFindFramework(string framework, [NotNullWhen(true)] out TargetFramework? result)
    {
        if (framework is null)
        {
            throw new ArgumentNullException(nameof(framework));
        }

        return CrosswalkIndex.TryFindFramework(framework, out result);
    }

    /// <summary>Finds a target framework like <see cref="TryFindFramework"/>, and throws when there is none.</summary>
    /// <param name="framework">The framework ID, optionally with <c>@version</c>.</param>
    /// <returns>The framework version.</returns>
    /// <exception cref="KeyNotFoundException">No framework has that ID; the message lists those there are.</exception>
    public TargetFramework FindFramework(string framework) =>
        TryFindFramework(framework, out var result)
            ? result
            : throw new KeyNotFoundException("No target framework '" + framework + "'; known: " + string.Join(", ", Frameworks.Select(f => f.Id).Distinct()) + ".");

    /// <summary>Gets the crosswalk mappings whose subject is the element with this canonical ID (no allocation).</summary>
    /// <param name="elementId">The canonical ID, e.g. <c>1.0:3.1.1.a</c>.</param>
    /// <returns>The mappings, in set and row order; empty when none.</returns>
    public ImmutableArray<CrosswalkMapping> MappingsOf(string elementId)
    {
        if (elementId is null)
        {
            throw new ArgumentNullException(nameof(elementId));
        }

        return CrosswalkIndex.OfSubject(elementId);
    }

    /// <summary>Gets the crosswalk mappings of an element (no allocation).</summary>
    /// <param name="element">The element.</param>
    /// <returns>The mappings, in set and row order; empty when none.</returns>
    public ImmutableArray<CrosswalkMapping> MappingsOf(CatalogElement element)
    {
        if (element is null)
        {
            throw new ArgumentNullException(nameof(element));
        }

        return CrosswalkIndex.OfSubject(element.Id);
    }

    /// <summary>Gets every mapping to a target framework version, in set and row order (no allocation).</summary>
    /// <param name="framework">The framework ID (latest version) or pinned ID, e.g. <c>nist-ai-rmf</c>.</param>
    /// <returns>The mappings; empty when none.</returns>
    /// <exception cref="KeyNotFoundException">No framework has that ID.</exception>
    public ImmutableArray<CrosswalkMapping> Crosswalk(string framework) => CrosswalkIndex.OfFramework(FindFramework(framework));

    /// <summary>
    /// Gets the mappings to one term of a target framework ("which TC260 risks touch MAP 5.1?"), in set and row
    /// order, with no allocation. Read each row from the term's side with <see cref="CrosswalkMapping.InversePredicate"/>.
    /// </summary>
    /// <param name="framework">The framework ID (latest version) or pinned ID, e.g. <c>nist-ai-rmf</c>.</param>
    /// <param name="termId">The term ID as the framework writes it, e.g. <c>MAP 5.1</c>.</param>
    /// <returns>The mappings; empty when the term exists but nothing maps to it.</returns>
    /// <exception cref="KeyNotFoundException">No framework has that ID, or the term is not one of its terms.</exception>
    public ImmutableArray<CrosswalkMapping> MappedFrom(string framework, string termId)
    {
        if (termId is null)
        {
            throw new ArgumentNullException(nameof(termId));
        }

        var target = FindFramework(framework);
        return target.TryFindTerm(termId, out var term)
            ? term.MappedFrom
            : throw new KeyNotFoundException("'" + termId + "' is not a term of " + target + ".");
    }

    /// <summary>
    /// Writes a mapping set as SSSOM/TSV: the metadata block with a CURIE map for every prefix used, then one row per
    /// mapping (<c>subject_id</c>, <c>predicate_id</c>, <c>object_id</c>, <c>mapping_justification</c> and the
    /// labels, modifier, author, confidence and rationale). Deterministic.
    /// </summary>
    /// <param name="set">A set of <see cref="MappingSets"/>.</param>
    /// <returns>The TSV text, with <c>\n</c> line endings.</returns>
    public string ToSssomTsv(MappingSet set)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        return AiGov.Catalog.Export.SssomExporter.WriteTsv(this, set);
    }

    /// <summary>
    /// Writes a mapping set as SSSOM/JSON: one object with the set's metadata slots (<c>curie_map</c>,
    /// <c>mapping_set_id</c>, <c>license</c>, <c>creator_label</c>, …, the same values as the TSV metadata block) and a
    /// <c>mappings</c> array with one object per row (the TSV columns as properties; <c>author_label</c> an array,
    /// <c>confidence</c> a number; slots with no value left out). Deterministic.
    /// </summary>
    /// <param name="set">A set of <see cref="MappingSets"/>.</param>
    /// <returns>The JSON text (two-space indentation, <c>\n</c> line endings, a final newline).</returns>
    public string ToSssomJson(MappingSet set)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        return AiGov.Catalog.Export.SssomJsonExporter.Write(this, set);
    }

    /// <summary>
    /// The coverage report of a crosswalk: the elements of one kind and edition that no row of any set to the framework
    /// names, neither as a mapping nor as a considered non-match. Silence means "not yet looked at", never "no match".
    /// </summary>
    /// <param name="edition">The edition, e.g. <c>Edition.V1_0</c>.</param>
    /// <param name="kind">The element kind, e.g. <see cref="ElementKind.Risk"/>.</param>
    /// <param name="framework">The framework ID (latest version) or pinned ID.</param>
    /// <returns>The elements not yet looked at, in document order.</returns>
    /// <exception cref="KeyNotFoundException">No framework has that ID.</exception>
    public ImmutableArray<CatalogElement> NotYetMapped(EditionNumber edition, ElementKind kind, string framework)
    {
        var target = FindFramework(framework);
        var builder = ImmutableArray.CreateBuilder<CatalogElement>();
        foreach (var element in Edition(edition).Elements)
        {
            if (element.Kind != kind)
            {
                continue;
            }

            var mapped = false;
            foreach (var mapping in CrosswalkIndex.OfSubject(element.Id))
            {
                if (ReferenceEquals(mapping.Set.Framework, target))
                {
                    mapped = true;
                    break;
                }
            }

            if (!mapped)
            {
                builder.Add(element);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The MIT framework's ID: a row of a set to it with an evidence ID is MIT's own coding.</summary>
    internal const string MitFrameworkId = "mit-ai-risk-repository";

    /// <summary>MIT's own coding of a risk (the first row to the MIT framework with MIT's evidence ID), or null.</summary>
    internal MitReference? MitCodingOf(string riskId)
    {
        foreach (var mapping in CrosswalkIndex.OfSubject(riskId))
        {
            if (mapping.Evidence is { } evidence && !mapping.IsNegated && mapping.Set.Framework.Id == MitFrameworkId)
            {
                return new MitReference(evidence, mapping.ObjectId);
            }
        }

        return null;
    }

    private static class CrosswalkHolder
    {
        internal static readonly CrosswalkData Instance = GeneratedCatalogData.CreateCrosswalkData();
    }
}
