namespace AiGov.Catalog;

/// <summary>Whether a mapping (stage, actor, risk area, measure → risk, element → instrument) is stated by the framework or is the project's judgement.</summary>
public enum MappingBasis
{
    /// <summary>The framework states it (its text, its own mirrored numbering, or the addressee of a guideline).</summary>
    Normative,

    /// <summary>The project's editorial judgement; the mapping carries a one-line rationale.</summary>
    Editorial,

    /// <summary>A source other than the framework states it (an instrument link); the mapping names the sources.</summary>
    StatedBySource,
}
