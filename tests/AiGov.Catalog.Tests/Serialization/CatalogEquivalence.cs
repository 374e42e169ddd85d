using System.Collections;
using System.Reflection;

namespace AiGov.Catalog.Tests.Serialization;

/// <summary>
/// Structural comparison of two catalogues by every public property, found by reflection so that a field added to the
/// model later is compared without anyone remembering to add it here (and an export that forgets it fails the round
/// trip). Elements are compared field by field where they are listed (<see cref="EditionCatalog.Elements"/>); wherever
/// else an element appears (a parent, a risk's measures, an edition's <c>Risks</c>), it is compared by ID, so that the
/// relationships are checked too without comparing the same element twice.
/// </summary>
internal static class CatalogEquivalence
{
    public static List<string> Differences(GovernanceCatalog expected, GovernanceCatalog actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "catalog", differences, elementsById: false);
        return differences;
    }

    private static void Compare(object? x, object? y, string path, List<string> differences, bool elementsById)
    {
        if (differences.Count > 50)
        {
            return;
        }

        if (x is null || y is null)
        {
            if (x is not null || y is not null)
            {
                differences.Add(path + ": " + Show(x) + " vs " + Show(y));
            }

            return;
        }

        var type = x.GetType();
        if (type != y.GetType())
        {
            differences.Add(path + ": type " + type.Name + " vs " + y.GetType().Name);
            return;
        }

        if (x is string || type.IsPrimitive || type.IsEnum || x is DateTime || x is Edition || x is PageRange)
        {
            if (!x.Equals(y))
            {
                differences.Add(path + ": " + Show(x) + " vs " + Show(y));
            }

            return;
        }

        if (x is CatalogElement ex && elementsById)
        {
            if (ex.Id != ((CatalogElement)y).Id)
            {
                differences.Add(path + ": element " + ex.Id + " vs " + ((CatalogElement)y).Id);
            }

            return;
        }

        if (x is IEnumerable xs)
        {
            var left = xs.Cast<object?>().ToList();
            var right = ((IEnumerable)y).Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add(path + ": " + left.Count + " items vs " + right.Count);
                return;
            }

            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], path + "[" + i + "]", differences, elementsById);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(EditionCatalog) && x is CatalogElement)
            {
                continue; // CatalogElement.Catalog: the owner, compared from the top.
            }

            if (x is InstrumentLink && property.Name == nameof(InstrumentLink.Instrument))
            {
                continue; // the link's owner (a cycle): compared through InstrumentKey and from GovernanceCatalog.Instruments.
            }

            if (x is FrameworkTerm && property.Name == nameof(FrameworkTerm.Framework) || x is CrosswalkMapping && property.Name == nameof(CrosswalkMapping.Set))
            {
                continue; // Crosswalk back-references to the owner, compared from the top.
            }

            var nestedById = x switch
            {
                CatalogElement or Instrument or InstrumentLink => true,
                EditionCatalog => property.Name != nameof(EditionCatalog.Elements),
                _ => elementsById,
            };
            Compare(property.GetValue(x), property.GetValue(y), path + "." + property.Name, differences, nestedById);
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
