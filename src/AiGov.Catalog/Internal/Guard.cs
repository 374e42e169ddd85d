using System;
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
}
