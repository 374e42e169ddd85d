using System;
using System.Globalization;

namespace AiGov.Catalog;

/// <summary>A page or a range of pages in one language version of the framework.</summary>
public readonly struct PageRange : IEquatable<PageRange>
{
    /// <summary>Creates a range.</summary>
    /// <param name="first">The first page.</param>
    /// <param name="last">The last page (equal to <paramref name="first"/> for a single page).</param>
    /// <exception cref="ArgumentOutOfRangeException">The pages are not positive or are out of order.</exception>
    public PageRange(int first, int last)
    {
        if (first < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "Pages start at 1.");
        }

        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "The last page precedes the first.");
        }

        First = first;
        Last = last;
    }

    /// <summary>Gets the first page.</summary>
    public int First { get; }

    /// <summary>Gets the last page.</summary>
    public int Last { get; }

    /// <summary>Parses "3" or "4-5".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not a page or a range.</exception>
    public static PageRange Parse(string text)
    {
        var dash = text.IndexOf('-');
        try
        {
            return dash < 0
                ? new PageRange(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture))
                : new PageRange(
                    int.Parse(text.Substring(0, dash), NumberStyles.None, CultureInfo.InvariantCulture),
                    int.Parse(text.Substring(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            throw new FormatException("'" + text + "' is not a page or a page range such as \"4-5\".", ex);
        }
    }

    /// <inheritdoc/>
    public bool Equals(PageRange other) => First == other.First && Last == other.Last;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PageRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (First * 397) ^ Last;

    /// <summary>Returns "3" or "4-5".</summary>
    /// <returns>The range as written in the data.</returns>
    public override string ToString() => First == Last
        ? First.ToString(CultureInfo.InvariantCulture)
        : First.ToString(CultureInfo.InvariantCulture) + "-" + Last.ToString(CultureInfo.InvariantCulture);
}
