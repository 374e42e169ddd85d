namespace AiGov.Catalog;

/// <summary>How sure the catalogue is about an element (see the reference notes' status legend).</summary>
public enum ProvenanceStatus
{
    /// <summary>Seen verbatim in the official text or in a verbatim copy of it.</summary>
    Verified,

    /// <summary>Certainly exists, but something is missing or rests on weaker ground.</summary>
    Partial,

    /// <summary>Not attested as such; reasoned from structure or layout. May be wrong.</summary>
    Inferred,
}
