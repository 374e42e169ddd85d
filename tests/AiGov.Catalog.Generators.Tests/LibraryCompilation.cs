using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>
/// Builds AiGov.Catalog as the real build does, in memory: its hand-written sources (copied beside the tests), the
/// catalogue generator over the given files and the System.Text.Json source generator, for net10.0. Returns every
/// diagnostic of the generators and of the compilation, so that a test can require that a broken catalogue gives
/// its AIGOV errors and nothing else.
/// </summary>
internal static class LibraryCompilation
{
    private static readonly Lazy<ImmutableArray<SyntaxTree>> Sources = new(ParseSources);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<ISourceGenerator> JsonGenerator = new(LoadJsonGenerator);

    private static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Latest)
        .WithPreprocessorSymbols("NET", "NETCOREAPP", "NET10_0", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "RELEASE");

    /// <summary>Compiles the library with the catalogue files (logical path → text); returns every diagnostic, errors first.</summary>
    public static IReadOnlyList<Diagnostic> Build(ImmutableArray<AdditionalText> texts)
    {
        var compilation = CSharpCompilation.Create(
            "AiGov.Catalog",
            Sources.Value,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CatalogGenerator().AsSourceGenerator(), JsonGenerator.Value },
            texts,
            ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return generatorDiagnostics
            .Concat(output.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
    }

    private static ImmutableArray<SyntaxTree> ParseSources()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "LibrarySources");
        return Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, path: f))
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(IServiceCollection).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private static ISourceGenerator LoadJsonGenerator()
    {
        var path = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "library-analyzers.txt")).Single(l => l.Length > 0);
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => t.Name == "JsonSourceGenerator" && typeof(IIncrementalGenerator).IsAssignableFrom(t));
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }
}
