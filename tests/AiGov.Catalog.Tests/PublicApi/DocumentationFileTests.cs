using System.Reflection;
using System.Xml.Linq;

namespace AiGov.Catalog.Tests.PublicApi;

/// <summary>
/// The package's XML documentation file (AiGov.Catalog.xml, beside the assembly) lists the public API and nothing else:
/// every entry names a public type, or a public or protected member of one, and every public type (generated ones
/// included) keeps its entry.
/// </summary>
public sealed class DocumentationFileTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(GovernanceCatalog).Assembly;

    private static readonly Dictionary<string, Type> PublicTypes = Library.GetExportedTypes().ToDictionary(DocName, StringComparer.Ordinal);

    private static List<string> Entries() =>
        XDocument.Load(Path.ChangeExtension(Library.Location, ".xml")).Root!.Element("members")!.Elements("member")
            .Select(m => (string)m.Attribute("name")!)
            .ToList();

    [Fact]
    public void Every_entry_names_a_public_type_or_a_public_or_protected_member()
    {
        var entries = Entries();

        entries.Should().NotBeEmpty();
        entries.Where(e => !IsPublic(e)).Should().BeEmpty(because: "internal types and members are documented in the source only");
    }

    [Fact]
    public void Every_public_type_keeps_its_entry_generated_ones_included()
    {
        var types = Entries().Where(e => e.StartsWith("T:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        PublicTypes.Keys.Select(k => "T:" + k).Where(t => !types.Contains(t)).Should().BeEmpty();
        Entries().Should().Contain(new[] { "T:AiGov.Catalog.Aisgf.V1_0.Risks", "P:AiGov.Catalog.LifecycleStage.All", "P:AiGov.Catalog.Edition.V2_0", "M:AiGov.Catalog.GovernanceCatalog.Search(System.String,System.Nullable{AiGov.Catalog.Edition})" });
    }

    private static bool IsPublic(string entry)
    {
        var kind = entry.Substring(0, 2);
        var name = entry.Substring(2);
        if (kind == "T:")
        {
            return PublicTypes.ContainsKey(name);
        }

        var signature = name.IndexOf('(', StringComparison.Ordinal);
        var head = signature < 0 ? name : name.Substring(0, signature);
        var dot = head.LastIndexOf('.');
        if (dot < 0 || !PublicTypes.TryGetValue(head.Substring(0, dot), out var type))
        {
            return false;
        }

        var member = head.Substring(dot + 1);
        var generic = member.IndexOf("``", StringComparison.Ordinal);
        member = generic < 0 ? member : member.Substring(0, generic);
        return kind switch
        {
            "M:" when member == "#ctor" => type.GetConstructors(Everything).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly),
            "M:" => type.GetMethods(Everything).Any(m => m.Name == member && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)),
            "P:" => type.GetProperties(Everything).Any(p => p.Name == member && p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly)),
            "F:" => type.GetFields(Everything).Any(f => f.Name == member && (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly)),
            "E:" => type.GetEvents(Everything).Any(e => e.Name == member && e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly)),
            _ => false,
        };
    }

    /// <summary>A type's name as documentation IDs write it: nested types joined by '.', generic arity kept.</summary>
    private static string DocName(Type type) => type.FullName!.Replace('+', '.');
}
