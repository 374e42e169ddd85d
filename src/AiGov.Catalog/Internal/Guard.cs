using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace AiGov.Catalog.Internal;

/// <summary>The one place where argument checks live.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class => value ?? throw new ArgumentNullException(name);

    public static string NotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException("The value must not be empty or whitespace.", name);
        }

        return value;
    }

    public static void Argument(bool condition, string message, string name)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(typeof(TEnum), value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value is not a defined " + typeof(TEnum).Name + ".");
        }

        return value;
    }

    public static void InRange<T>(bool condition, T value, string message, string name)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, value, message);
        }
    }

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be positive.");

    public static Stream Readable(Stream? stream, [CallerArgumentExpression(nameof(stream))] string? name = null) =>
        NotNull(stream, name).CanRead ? stream! : throw new ArgumentException("The stream must be readable.", name);

    public static Stream Writable(Stream? stream, [CallerArgumentExpression(nameof(stream))] string? name = null) =>
        NotNull(stream, name).CanWrite ? stream! : throw new ArgumentException("The stream must be writable.", name);
}
