using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A level of the hierarchy of Chinese legal and standards instruments (law, administrative regulation, departmental
/// rule, normative document, mandatory and recommended national standards, TC260 technical documents, international
/// initiatives), with who issues it, its legal force and the sources. A term of
/// <c>catalog/vocabularies/instrument-levels.yaml</c>. Immutable.
/// </summary>
public sealed class InstrumentLevel
{
    internal InstrumentLevel(string key, int? rank, string zh, string en, string issuedBy, string legalForce, FactStatus status, ImmutableArray<string> sources, string? note)
    {
        Key = key;
        Rank = rank;
        Zh = zh;
        En = en;
        IssuedBy = issuedBy;
        LegalForce = legalForce;
        Status = status;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
    }

    /// <summary>Gets the kebab-case key (e.g. <c>departmental-rule</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the place in the hierarchy (1 = law), or null for an instrument outside the domestic hierarchy.</summary>
    public int? Rank { get; }

    /// <summary>Gets the Chinese name of the level (e.g. 部门规章).</summary>
    public string Zh { get; }

    /// <summary>Gets the English name of the level (our rendering).</summary>
    public string En { get; }

    /// <summary>Gets who issues instruments of this level.</summary>
    public string IssuedBy { get; }

    /// <summary>Gets the legal force of the level, in our words.</summary>
    public string LegalForce { get; }

    /// <summary>Gets how sure the description is.</summary>
    public FactStatus Status { get; }

    /// <summary>Gets the sources of the description.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets qualifiers, if any.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => Key;
}
