using System;
using System.IO;

namespace AiGov.Catalog.Cli.Output;

/// <summary>
/// The real path of a file: full, with every symbolic link on the way resolved (the file's own and its folders'), so
/// that two names of one file compare equal. Compared case-sensitively on Linux, case-insensitively elsewhere.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>Gets how real paths compare on this system.</summary>
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>Resolves a path (which need not exist) to its real path.</summary>
    /// <exception cref="IOException">A link cannot be resolved (a loop, or too many links).</exception>
    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    /// <summary>Whether two real paths name the same file.</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    private static string Resolve(string full, int depth)
    {
        if (depth > MaxLinks)
        {
            throw new IOException("too many symbolic links: " + full);
        }

        var root = Path.GetPathRoot(full);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || string.Equals(full, root, StringComparison.Ordinal))
        {
            return full;
        }

        var path = Path.Combine(Resolve(parent, depth), Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is null)
        {
            return path;
        }

        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? path : Resolve(Path.GetFullPath(target.FullName), depth + 1);
    }
}
