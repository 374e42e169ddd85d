using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace AiGov.Catalog.Tests.Snapshots;

/// <summary>
/// Golden-file assertions. The approved file sits beside the test as <c>&lt;name&gt;.approved.&lt;ext&gt;</c> and is
/// committed. A missing or different file fails the test and writes <c>&lt;name&gt;.received.&lt;ext&gt;</c> beside it for
/// review. Nothing is ever accepted automatically: to accept, review the received file and rename it (or run the tests
/// with AIGOV_ACCEPT_SNAPSHOTS=1 outside CI, then review the diff in git). On CI (CI=true) acceptance is refused.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, string extension, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Approved");
        Directory.CreateDirectory(directory);
        var approvedPath = Path.Combine(directory, name + ".approved." + extension);
        var receivedPath = Path.Combine(directory, name + ".received." + extension);
        var normalized = actual.Replace("\r\n", "\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath, Encoding.UTF8).Replace("\r\n", "\n") : null;
        if (approved == normalized)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!onCi && Environment.GetEnvironmentVariable("AIGOV_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approvedPath, normalized, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        throw new SnapshotMismatchException(approved is null
            ? "No approved snapshot " + approvedPath + ". Review " + receivedPath + " and rename it to accept."
            : "Snapshot " + approvedPath + " differs from the output (written to " + receivedPath + "). " + FirstDifference(approved, normalized));
    }

    private static string FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return "First difference at line " + (i + 1) + ":\n  approved: " + left + "\n  actual:   " + right;
            }
        }

        return string.Empty;
    }
}

/// <summary>Thrown when a snapshot is missing or differs.</summary>
internal sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
