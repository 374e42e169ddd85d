using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A law, rule, standard or initiative related to the framework, as the registry <c>catalog/instruments.yaml</c>
/// records it: every fact with its status and sources, conflicts kept. Immutable once the catalogue is built.
/// </summary>
public sealed class Instrument
{
    internal Instrument(
        string key,
        SourcedFact titleZh,
        SourcedFact titleEn,
        SourcedFact level,
        SourcedFact issuers,
        SourcedFact issued,
        SourcedFact effective,
        SourcedFact status,
        SourcedFact url,
        SourcedFact binding,
        string? statedRelation,
        string? notes)
    {
        Key = key;
        TitleZh = titleZh;
        TitleEn = titleEn;
        Level = level;
        Issuers = issuers;
        Issued = issued;
        Effective = effective;
        Status = status;
        Url = url;
        Binding = binding;
        StatedRelation = statedRelation;
        Notes = notes;
    }

    /// <summary>Gets the kebab-case key (e.g. <c>generative-ai-interim-measures</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the Chinese title, exactly (null when unknown).</summary>
    public SourcedFact TitleZh { get; }

    /// <summary>Gets the English title; its note says whose translation it is.</summary>
    public SourcedFact TitleEn { get; }

    /// <summary>Gets the type: a key of <see cref="InstrumentLevel"/>; <see cref="SourcedFact.Conflicts"/> holds types that other sources give.</summary>
    public SourcedFact Level { get; }

    /// <summary>Gets the issuing bodies, as one text.</summary>
    public SourcedFact Issuers { get; }

    /// <summary>Gets the issue (signature or promulgation) date, <c>yyyy-MM-dd</c>; the note gives adoption and publication dates.</summary>
    public SourcedFact Issued { get; }

    /// <summary>Gets the effective date, <c>yyyy-MM-dd</c>, or null when unknown or not applicable.</summary>
    public SourcedFact Effective { get; }

    /// <summary>Gets the standing: <c>current</c>, <c>amended</c>, <c>draft</c> or <c>superseded</c>.</summary>
    public SourcedFact Status { get; }

    /// <summary>Gets the official URL as a source gives it (none was opened).</summary>
    public SourcedFact Url { get; }

    /// <summary>Gets whether the instrument creates legal obligations for the parties it covers: <c>true</c>, <c>false</c> or null.</summary>
    public SourcedFact Binding { get; }

    /// <summary>Gets whether the instrument is binding, or null when unknown.</summary>
    public bool? IsBinding => Binding.AsBoolean;

    /// <summary>Gets what a source states about how the instrument relates to the framework or its neighbours, in our words.</summary>
    public string? StatedRelation { get; }

    /// <summary>Gets editorial notes, if any.</summary>
    public string? Notes { get; }

    /// <summary>Gets the links from framework elements to this instrument, in registry order.</summary>
    public ImmutableArray<InstrumentLink> Links { get; internal set; } = ImmutableArray<InstrumentLink>.Empty;

    /// <summary>Gets the framework elements linked to this instrument (links to a whole edition have none), each once, in link order.</summary>
    public ImmutableArray<CatalogElement> Elements { get; internal set; } = ImmutableArray<CatalogElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => Key;
}
