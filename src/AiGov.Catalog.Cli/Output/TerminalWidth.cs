using System;
using System.Globalization;

namespace AiGov.Catalog.Cli.Output;

/// <summary>How wide the terminal is: the <c>COLUMNS</c> variable, else the console window when output goes to one, else 80.</summary>
internal static class TerminalWidth
{
    /// <summary>The width assumed when nothing says otherwise (output redirected, no <c>COLUMNS</c>).</summary>
    public const int Default = 80;

    /// <summary>The fewest columns a table is fitted to; a narrower terminal gets lines this long.</summary>
    public const int Minimum = 40;

    public static int Detect()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return Math.Max(columns, Minimum);
        }

        try
        {
            if (!Console.IsOutputRedirected && Console.WindowWidth > 0)
            {
                return Math.Max(Console.WindowWidth, Minimum);
            }
        }
        catch (Exception ex) when (ex is System.IO.IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            // No console to ask: fall back to the default.
        }

        return Default;
    }
}
