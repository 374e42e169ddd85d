namespace AiGov.Catalog;

/// <summary>A risk's entry in the MIT AI Risk Repository (a crosswalk, reputable secondary). Immutable.</summary>
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
