namespace AiGov.Catalog.Assessments.Workbooks.Reading;

/// <summary>The limits a workbook must keep before it is read at all.</summary>
internal static class WorkbookLimits
{
    /// <summary>16 MiB: the largest workbook file read.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>The most rows a sheet that is read may have.</summary>
    public const int MaxRows = 10_000;

    /// <summary>256 MiB: the most the zip may unpack to (a zip bomb is refused before the XML is parsed).</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>The most entries the zip may have.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>The highest compression ratio accepted for an entry larger than 1 MiB unpacked.</summary>
    public const int MaxRatio = 200;
}
