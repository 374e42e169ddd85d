namespace AiGov.Catalog;

/// <summary>How far a field of the data is from what the official text would give (see <see cref="DataGap"/>).</summary>
public enum GapStatus
{
    /// <summary>No value: no source shows it (a title with no text, a clause or page that is not known).</summary>
    Unknown,

    /// <summary>An English title exists only as the project's own translation; the official one is not known.</summary>
    Translation,

    /// <summary>A value exists but rests on weaker ground: wording not confirmed, a letter not printed, a position deduced from its neighbours.</summary>
    Partial,

    /// <summary>A value exists but is inferred from structure or layout, and may be wrong.</summary>
    Inferred,
}
