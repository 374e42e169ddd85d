namespace AiGov.Catalog;

/// <summary>The status of one language of a title.</summary>
public enum TitleStatus
{
    /// <summary>Seen verbatim in the official text or a verbatim copy (possibly as quoted by a secondary source, see <see cref="TitleText.Sources"/>).</summary>
    Verified,

    /// <summary>Exists, but the wording or its attribution rests on weaker ground.</summary>
    Partial,

    /// <summary>No source shows it; <see cref="TitleText.Text"/> is null.</summary>
    Unknown,

    /// <summary>An English rendering of the project's own, never an official title.</summary>
    Translation,
}
