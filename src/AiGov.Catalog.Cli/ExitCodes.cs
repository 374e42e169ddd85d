namespace AiGov.Catalog.Cli;

/// <summary>The exit codes of <c>aigov</c>, which scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Findings: the assessment has errors (validate, report, migrate).</summary>
    public const int Findings = 1;

    /// <summary>Usage error: unknown command or option, bad value, unknown edition, ID, stage or actor, unreadable file, unavailable format.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected error: a bug, reported without a stack trace.</summary>
    public const int Internal = 3;
}
