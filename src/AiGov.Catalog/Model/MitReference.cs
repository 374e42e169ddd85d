namespace AiGov.Catalog;

/// <summary>
/// MIT's coding of a risk in the MIT AI Risk Repository (a crosswalk, reputable secondary): the evidence ID and the
/// sub-domain. Since data 2026.12 it is derived from MIT's mapping set (see <see cref="Risk.Mit"/>). Immutable.
/// </summary>
public sealed class MitReference
{
    internal MitReference(string id, string? domain)
    {
        Id = id;
        Domain = domain;
    }

    /// <summary>Gets the MIT ID, e.g. <c>45.01.01</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the MIT domain-taxonomy code, e.g. <c>7.4</c>.</summary>
    public string? Domain { get; }
}
