using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// The legal character of an edition of the framework, as its manifest records it: the instrument type as the
/// official sources describe it (a key of the instrument-level vocabulary, or unknown), whether it is binding, the
/// authority under whose guidance it was drafted, and what third parties call it. Immutable.
/// </summary>
public sealed class FrameworkCharacter
{
    internal FrameworkCharacter(SourcedFact instrumentType, SourcedFact binding, TitleText? guidingAuthority, ImmutableArray<ThirdPartyClassification> thirdPartyClassifications)
    {
        InstrumentType = instrumentType;
        Binding = binding;
        GuidingAuthority = guidingAuthority;
        ThirdPartyClassifications = thirdPartyClassifications.IsDefault ? ImmutableArray<ThirdPartyClassification>.Empty : thirdPartyClassifications;
    }

    /// <summary>Gets a character of which nothing is known (a manifest that records none).</summary>
    public static FrameworkCharacter Unknown { get; } = new(SourcedFact.Unknown, SourcedFact.Unknown, null, ImmutableArray<ThirdPartyClassification>.Empty);

    /// <summary>Gets the instrument type as official sources describe it: its value is a key of <see cref="InstrumentLevel"/> (e.g. <c>tc260-technical-document</c>), or null when unknown.</summary>
    public SourcedFact InstrumentType { get; }

    /// <summary>Gets whether the edition creates legal obligations: its value is <c>true</c>, <c>false</c> or null (unknown).</summary>
    public SourcedFact Binding { get; }

    /// <summary>Gets whether the edition is binding, or null when unknown.</summary>
    public bool? IsBinding => Binding.AsBoolean;

    /// <summary>Gets the authority under whose guidance the edition was drafted, or null when the manifest records none.</summary>
    public TitleText? GuidingAuthority { get; }

    /// <summary>Gets how third parties classify the edition (never its official type).</summary>
    public ImmutableArray<ThirdPartyClassification> ThirdPartyClassifications { get; }
}
