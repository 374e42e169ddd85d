using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AiGov.Catalog;

/// <summary>
/// A framework the catalogue is mapped to, in one version (NIST AI RMF 1.0, ISO/IEC 42001:2023, …), with its
/// licence, citation and terms. Immutable.
/// </summary>
public sealed class TargetFramework
{
    private readonly Dictionary<string, FrameworkTerm> _terms;

    internal TargetFramework(
        string id,
        string version,
        string title,
        string publisher,
        string licence,
        string citation,
        string url,
        string prefix,
        string baseIri,
        string idPattern,
        FrameworkTerm[] terms)
    {
        Id = id;
        Version = version;
        Title = title;
        Publisher = publisher;
        Licence = licence;
        Citation = citation;
        Url = url;
        Prefix = prefix;
        BaseIri = baseIri;
        IdPattern = idPattern;
        Terms = ImmutableArray.Create(terms);
        _terms = new Dictionary<string, FrameworkTerm>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            term.Attach(this);
            _terms[term.Id] = term;
        }
    }

    /// <summary>Gets the framework ID, e.g. <c>nist-ai-rmf</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the version the terms and mappings are pinned to, e.g. <c>1.0</c>.</summary>
    public string Version { get; }

    /// <summary>Gets the full title.</summary>
    public string Title { get; }

    /// <summary>Gets the publisher.</summary>
    public string Publisher { get; }

    /// <summary>Gets the licence or reuse terms.</summary>
    public string Licence { get; }

    /// <summary>Gets how to cite the framework.</summary>
    public string Citation { get; }

    /// <summary>Gets where it is published.</summary>
    public string Url { get; }

    /// <summary>Gets the CURIE prefix of the SSSOM exports, e.g. <c>NIST.AI.RMF.1.0</c>.</summary>
    public string Prefix { get; }

    /// <summary>Gets the IRI the prefix expands to.</summary>
    public string BaseIri { get; }

    /// <summary>Gets the regular expression every term ID of this version matches (checked at build time).</summary>
    public string IdPattern { get; }

    /// <summary>Gets the terms in the framework's order.</summary>
    public ImmutableArray<FrameworkTerm> Terms { get; }

    /// <summary>Finds a term by its ID as the framework writes it, e.g. <c>MAP 5.1</c>.</summary>
    /// <param name="id">The term ID.</param>
    /// <param name="term">The term, when found.</param>
    /// <returns>Whether the framework version has the term.</returns>
    public bool TryFindTerm(string id, [NotNullWhen(true)] out FrameworkTerm? term)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return _terms.TryGetValue(id, out term);
    }

    /// <inheritdoc/>
    public override string ToString() => Id + "@" + Version;
}
