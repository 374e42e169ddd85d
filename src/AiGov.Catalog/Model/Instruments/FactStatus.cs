namespace AiGov.Catalog;

/// <summary>
/// How sure a sourced fact is, in the marks of the reference (VERIFIED, PARTIAL, INFERRED, UNKNOWN). Unlike
/// <see cref="ProvenanceStatus"/> it can say that a fact is unknown: the value is then null.
/// </summary>
public enum FactStatus
{
    /// <summary>Seen in an official text, or in a secondary source that quotes it or agrees with another.</summary>
    Verified,

    /// <summary>Seen in one secondary source only, or not all of it is seen.</summary>
    Partial,

    /// <summary>Inferred from the form or context; no source states it.</summary>
    Inferred,

    /// <summary>No source consulted gives it; the value is null.</summary>
    Unknown,
}
