using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AiGov.Catalog.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>An in-memory AdditionalText.</summary>
internal sealed class InMemoryText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Runs the generator over in-memory catalogue files.</summary>
internal static class GeneratorHarness
{
    public const string Root = "/repo/catalog/";

    public static GeneratorRunResult Run(IReadOnlyDictionary<string, string> files, IEnumerable<string>? order = null)
    {
        var (driver, compilation, _) = CreateDriver(files, order, trackSteps: false);
        return driver.RunGenerators(compilation).GetRunResult().Results.Single();
    }

    public static (GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<AdditionalText> Texts) CreateDriver(IReadOnlyDictionary<string, string> files, IEnumerable<string>? order, bool trackSteps)
    {
        var texts = (order ?? files.Keys).Select(k => (AdditionalText)new InMemoryText(Root + k, files[k])).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Test", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CatalogGenerator().AsSourceGenerator() },
            texts,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        return (driver, compilation, texts);
    }

    /// <summary>The generated text of one hint name.</summary>
    public static string Source(this GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
