using System;
using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>The manifest of an edition: its titles, issuer, release and how complete the data is. Immutable.</summary>
public sealed class EditionInfo
{
    internal EditionInfo(
        Edition edition,
        string key,
        Title title,
        Title issuer,
        DateTime released,
        TitleText releaseVenue,
        ImmutableArray<string> officialSources,
        ImmutableArray<string> languages,
        EditionCompleteness completeness,
        string? completenessNote,
        string summary,
        ImmutableArray<KnownGap> knownGaps,
        ImmutableArray<EditionFact> facts,
        Provenance provenance,
        string? notes)
    {
        Edition = edition;
        Key = key;
        Title = title;
        Issuer = issuer;
        Released = released;
        ReleaseVenue = releaseVenue;
        OfficialSources = officialSources.IsDefault ? ImmutableArray<string>.Empty : officialSources;
        Languages = languages.IsDefault ? ImmutableArray<string>.Empty : languages;
        Completeness = completeness;
        CompletenessNote = completenessNote;
        Summary = summary;
        KnownGaps = knownGaps.IsDefault ? ImmutableArray<KnownGap>.Empty : knownGaps;
        Facts = facts.IsDefault ? ImmutableArray<EditionFact>.Empty : facts;
        Provenance = provenance;
        Notes = notes;
    }

    /// <summary>Gets the edition number.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the kebab-case key (e.g. <c>v1-0</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the document title.</summary>
    public Title Title { get; }

    /// <summary>Gets the issuing body.</summary>
    public Title Issuer { get; }

    /// <summary>Gets the release date (a date; the time part is midnight and has no meaning).</summary>
    public DateTime Released { get; }

    /// <summary>Gets where it was released.</summary>
    public TitleText ReleaseVenue { get; }

    /// <summary>Gets the source IDs of the official document locations.</summary>
    public ImmutableArray<string> OfficialSources { get; }

    /// <summary>Gets the languages of the official text (<c>zh</c>, <c>en</c>).</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Gets how much of the edition the catalogue holds.</summary>
    public EditionCompleteness Completeness { get; }

    /// <summary>Gets what is known and what is not.</summary>
    public string? CompletenessNote { get; }

    /// <summary>Gets a summary of the edition in the project's own words.</summary>
    public string Summary { get; }

    /// <summary>Gets things that may exist but are not encoded, because no source shows them.</summary>
    public ImmutableArray<KnownGap> KnownGaps { get; }

    /// <summary>Gets document facts (aims, acknowledgements, drafting process, …), each with its status and sources, in manifest order.</summary>
    public ImmutableArray<EditionFact> Facts { get; }

    /// <summary>Gets the provenance of the manifest facts.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets editorial notes, if any.</summary>
    public string? Notes { get; }
}
