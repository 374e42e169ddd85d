using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AiGov.Catalog.Site.Output;

/// <summary>
/// Writes the site's files into a folder for <see cref="SiteGenerator.Generate"/>: refuses a non-empty folder unless
/// forced; every file atomically (a temporary file of a unique name in the same folder, flushed to disk, then renamed
/// into place), as the CLI's <c>AtomicFile</c> does (<c>aigov site</c> writes through that one; this library cannot
/// reference the CLI).
/// </summary>
internal static class SiteFolderWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string directory, IReadOnlyList<SiteFile> files, bool force)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("The output folder is empty.", nameof(directory));
        }

        var root = Path.GetFullPath(directory);
        if (File.Exists(root))
        {
            throw new IOException("The output path '" + directory + "' is a file, not a folder.");
        }

        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() && !force)
        {
            throw new IOException("The output folder '" + directory + "' is not empty; use --force (SiteOptions.Force) to write into it.");
        }

        Directory.CreateDirectory(root);
        foreach (var file in files)
        {
            var target = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            var folder = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(folder);
            var temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    var bytes = Utf8.GetBytes(file.Content);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temp, target, overwrite: true);
            }
            catch
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }

                throw;
            }
        }
    }
}
