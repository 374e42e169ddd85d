using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace AiGov.Catalog.Assessments.Workbooks.Reading;

/// <summary>
/// Checks the bytes of a file before any XML is parsed: the size, that it is a zip (an .xlsx) and not an old binary
/// .xls, a password-protected workbook (an encrypted OLE container) or text renamed .xlsx, and that the zip unpacks
/// within limits (no zip bomb). Returns the first problem as one sentence, or null.
/// </summary>
internal static class WorkbookGuard
{
    public static string? Check(byte[] bytes)
    {
        if (bytes.Length > WorkbookLimits.MaxFileBytes)
        {
            return "the workbook is larger than 16 MiB (" + bytes.Length.ToString(CultureInfo.InvariantCulture) + " bytes)";
        }

        if (bytes.Length == 0)
        {
            return "the file is empty, not a workbook";
        }

        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            return Contains(bytes, Encoding.Unicode.GetBytes("EncryptionInfo")) || Contains(bytes, Encoding.Unicode.GetBytes("EncryptedPackage"))
                ? "the workbook is password-protected (encrypted): remove the password (File > Properties or Save As without a password) and save it again as .xlsx"
                : "this is an old binary Excel file (.xls), not an .xlsx workbook: open it and save it as Excel Workbook (.xlsx)";
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return LooksLikeText(bytes)
                ? "this is a text file (CSV or similar) named like a workbook, not an .xlsx: open it in a spreadsheet program and save it as Excel Workbook (.xlsx)"
                : "not an .xlsx workbook (it is not a zip package); the file may be corrupt";
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > WorkbookLimits.MaxEntries)
            {
                return "the workbook has more than " + WorkbookLimits.MaxEntries.ToString(CultureInfo.InvariantCulture) + " parts";
            }

            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                hasWorkbook |= entry.FullName == "xl/workbook.xml";
                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > WorkbookLimits.MaxRatio)
                {
                    return "the workbook looks like a zip bomb: " + entry.FullName + " unpacks to more than " + WorkbookLimits.MaxRatio.ToString(CultureInfo.InvariantCulture) + " times its size";
                }

                // Count what actually unpacks, not what the header claims.
                using var s = entry.Open();
                var buffer = new byte[81920];
                int read;
                while ((read = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > WorkbookLimits.MaxUnpackedBytes)
                    {
                        return "the workbook looks like a zip bomb: it unpacks to more than 256 MiB";
                    }
                }
            }

            return hasWorkbook ? null : "a zip file but not an .xlsx workbook (no xl/workbook.xml)";
        }
        catch (InvalidDataException ex)
        {
            return "the workbook is corrupt (" + ex.Message.TrimEnd('.') + ")";
        }
    }

    private static bool LooksLikeText(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(byte[] haystack, byte[] needle)
    {
        return haystack.AsSpan().IndexOf(needle) >= 0;
    }
}
