using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace AiGov.Catalog.Tests.Reliability;

/// <summary>
/// Walks the public API by reflection: catalogue types expose no settable property and no mutable collection, so
/// a shared catalogue cannot be changed by one caller under another's feet.
/// </summary>
public sealed class PublicApiImmutabilityTests
{
    private static readonly Assembly Library = typeof(GovernanceCatalog).Assembly;

    public static IEnumerable<Type> CatalogueTypes() => Library.GetExportedTypes()
        .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
        .Where(t => !typeof(Exception).IsAssignableFrom(t))
        .Where(t => t.Namespace == "AiGov.Catalog");

    [Fact]
    public void The_walk_sees_the_catalogue_types()
    {
        CatalogueTypes().Should().Contain(new[] { typeof(GovernanceCatalog), typeof(EditionCatalog), typeof(Risk), typeof(Measure), typeof(Title), typeof(LifecycleStage) });
    }

    [Fact]
    public void No_public_property_has_a_public_setter()
    {
        var settable = CatalogueTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        settable.Should().BeEmpty();
    }

    [Fact]
    public void No_public_field_is_writable()
    {
        var writable = CatalogueTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => f.DeclaringType!.Name + "." + f.Name);

        writable.Should().BeEmpty();
    }

    [Fact]
    public void No_public_member_exposes_a_mutable_collection()
    {
        var members = CatalogueTypes().SelectMany(t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(p => (Name: t.Name + "." + p.Name, Type: p.PropertyType))
            .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.Name != "GetEnumerator")
                .Select(m => (Name: t.Name + "." + m.Name + "()", Type: m.ReturnType))));

        members.Where(m => IsMutableCollection(m.Type)).Select(m => m.Name + " : " + m.Type.Name).Should().BeEmpty();
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(ImmutableArray<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IEnumerable<>) || definition == typeof(FrozenDictionary<,>)
                || definition == typeof(FrozenSet<>) || definition == typeof(ImmutableDictionary<,>) || definition == typeof(ImmutableList<>))
            {
                return false;
            }
        }

        // Catalogue types that are themselves read-only collections (queries) are fine when they expose no mutator.
        if (type.Assembly == Library)
        {
            return type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IList<>)));
        }

        return type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
            || typeof(IList).IsAssignableFrom(type);
    }
}
