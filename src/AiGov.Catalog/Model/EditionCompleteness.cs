namespace AiGov.Catalog;

/// <summary>How much of an edition the catalogue holds.</summary>
public enum EditionCompleteness
{
    /// <summary>Every element and title is known.</summary>
    Complete,

    /// <summary>The structure is known; some titles, items or pages are not.</summary>
    Partial,

    /// <summary>Only an outline is known.</summary>
    Outline,
}
