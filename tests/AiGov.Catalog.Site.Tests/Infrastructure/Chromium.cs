namespace AiGov.Catalog.Site.Tests.Infrastructure;

/// <summary>Where the browser tests find Debian's chromium, and whether they may skip without it.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Args =
    {
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    };

    public static bool Available => File.Exists(ExecutablePath);

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason to skip: only locally, and only when the browser is missing. On CI a missing browser fails the tests.</summary>
    public static string? SkipReason => Available || OnCi
        ? null
        : "Skipped: " + ExecutablePath + " is missing (apt-get install -y chromium fonts-noto-cjk). On CI (CI=true) these tests fail instead.";
}

/// <summary>A test that needs the browser: skipped with a clear message when chromium is absent locally, run (and failing) on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason!;
    }
}

/// <summary>A data-driven test that needs the browser (see <see cref="BrowserFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = Chromium.SkipReason!;
    }
}
