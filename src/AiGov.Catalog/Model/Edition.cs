using System;
using System.Globalization;

namespace AiGov.Catalog;

/// <summary>
/// An edition of the AI Safety Governance Framework, such as <c>1.0</c> or <c>2.0</c>. A plain value: editions that
/// this build of the library does not know (for example one loaded from a newer data file) are represented the same way.
/// </summary>
/// <remarks>The editions compiled into the library are exposed as static members such as <c>Edition.V1_0</c>.</remarks>
public readonly partial struct Edition : IEquatable<Edition>, IComparable<Edition>
{
    /// <summary>Creates an edition from its major and minor numbers.</summary>
    /// <param name="major">The major number (the <c>1</c> of <c>1.0</c>).</param>
    /// <param name="minor">The minor number (the <c>0</c> of <c>1.0</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public Edition(int major, int minor)
    {
        if (major < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(major), major, "Edition numbers are not negative.");
        }

        if (minor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minor), minor, "Edition numbers are not negative.");
        }

        Major = major;
        Minor = minor;
    }

    /// <summary>Gets the major number.</summary>
    public int Major { get; }

    /// <summary>Gets the minor number.</summary>
    public int Minor { get; }

    /// <summary>Parses an edition written as <c>major.minor</c> (for example <c>"2.0"</c>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not of the form <c>major.minor</c>.</exception>
    public static Edition Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return TryParse(text, out var edition)
            ? edition
            : throw new FormatException("'" + text + "' is not an edition such as \"1.0\" or \"2.0\".");
    }

    /// <summary>Tries to parse an edition written as <c>major.minor</c>.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="edition">The edition, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid edition.</returns>
    public static bool TryParse(string? text, out Edition edition)
    {
        edition = default;
        if (text is null)
        {
            return false;
        }

        var dot = text.IndexOf('.');
        if (dot <= 0 || dot == text.Length - 1)
        {
            return false;
        }

        if (!int.TryParse(text.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.Substring(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        edition = new Edition(major, minor);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Edition other) => Major == other.Major && Minor == other.Minor;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Edition other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Major * 397) ^ Minor;

    /// <inheritdoc/>
    public int CompareTo(Edition other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Returns the edition as written in IDs, <c>major.minor</c>.</summary>
    /// <returns>For example <c>"1.0"</c>.</returns>
    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two editions for equality.</summary>
    /// <param name="left">The first edition.</param>
    /// <param name="right">The second edition.</param>
    /// <returns>Whether they are the same edition.</returns>
    public static bool operator ==(Edition left, Edition right) => left.Equals(right);

    /// <summary>Compares two editions for inequality.</summary>
    /// <param name="left">The first edition.</param>
    /// <param name="right">The second edition.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Edition left, Edition right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    /// <param name="left">The first edition.</param>
    /// <param name="right">The second edition.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Edition left, Edition right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    /// <param name="left">The first edition.</param>
    /// <param name="right">The second edition.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Edition left, Edition right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is older than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first edition.</param>
    /// <param name="right">The second edition.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Edition left, Edition right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is newer than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first edition.</param>
    /// <param name="right">The second edition.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Edition left, Edition right) => left.CompareTo(right) >= 0;
}
