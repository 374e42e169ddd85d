using System;
using System.Collections.Immutable;
using System.Linq;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Documentation;
using AiGov.Catalog.Generators.Emitting;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Linking;
using AiGov.Catalog.Generators.Model;
using AiGov.Catalog.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiGov.Catalog.Generators;

/// <summary>
/// The incremental pipeline, and the only file that knows Roslyn's incremental API: YAML AdditionalFiles under
/// <c>catalog/</c> are parsed one by one into equatable models, linked after <c>Collect()</c>, and emitted as C#.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps (used by the caching tests).</summary>
    public static class TrackingNames
    {
        /// <summary>Per-file parsing.</summary>
        public const string Parse = "AiGov.Parse";

        /// <summary>Cross-file linking.</summary>
        public const string Link = "AiGov.Link";

        /// <summary>The documentation IDs of the public API, generated members included.</summary>
        public const string PublicApi = "AiGov.PublicApi";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider
            .Where(static text => FileKinds.TryClassify(text.Path, out var logical, out _, out _) && logical.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(static (text, cancellationToken) =>
            {
                FileKinds.TryClassify(text.Path, out var logical, out var kind, out var editionFolder);
                return CatalogFileParser.Parse(text.Path, logical, kind, editionFolder, text.GetText(cancellationToken)?.ToString());
            })
            .WithTrackingName(TrackingNames.Parse);

        var linked = parsed
            .Collect()
            .Select(static (files, _) => CatalogLinker.Link(files))
            .WithTrackingName(TrackingNames.Link);

        context.RegisterSourceOutput(linked, static (spc, result) => Produce(spc, result));

        // The public API as the compiler will see it: the hand-written sources plus the public generated members (the
        // vocabularies and the typed accessors; the data class is internal). Generators see the compilation without
        // their own output, so those two files are parsed into it here.
        var publicApi = context.CompilationProvider
            .Combine(linked)
            .Select(static (pair, cancellationToken) =>
            {
                var (compilation, result) = pair;
                var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
                var generated = CatalogEmitter.EmitPublic(result.Catalog)
                    .Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, cancellationToken: cancellationToken));
                return PublicApiList.Of(compilation.AddSyntaxTrees(generated)).ToEquatableArray();
            })
            .WithTrackingName(TrackingNames.PublicApi);

        context.RegisterSourceOutput(publicApi, static (spc, ids) =>
            spc.AddSource(PublicApiList.FileName, SourceText.From(PublicApiList.Emit(ids), System.Text.Encoding.UTF8)));
    }

    private static void Produce(SourceProductionContext context, LinkResult result)
    {
        try
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                context.ReportDiagnostic(ToDiagnostic(diagnostic));
            }

            var sources = result.Catalog is null ? CatalogEmitter.EmitFailed() : CatalogEmitter.Emit(result.Catalog);
            foreach (var (hintName, text) in sources)
            {
                context.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(CatalogDiagnostics.Internal, Location.None, ex.GetType().Name + ": " + ex.Message));
        }
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var span = info.Span;
        var location = span.Path.Length == 0
            ? Location.None
            : Location.Create(
                span.Path,
                new TextSpan(span.Start, span.Length),
                new LinePositionSpan(new LinePosition(span.Line, span.Column), new LinePosition(span.EndLine, span.EndColumn)));
        var args = new object[info.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = info.Arguments[i];
        }

        return Diagnostic.Create(CatalogDiagnostics.Get(info.Id), location, args);
    }
}
