using AiGov.Catalog.Generators.Documentation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>
/// The list of public documentation IDs that the library's build keeps in its XML documentation file: the hand-written
/// public surface plus the generated one, and nothing internal.
/// </summary>
public sealed class PublicApiListTests
{
    private const string HandWritten = """
        namespace AiGov.Catalog;

        /// <summary>Public.</summary>
        public sealed partial class LifecycleStage
        {
            /// <summary>Public.</summary>
            public string Key => "";

            /// <summary>Internal.</summary>
            internal static int Hidden() => 0;

            /// <summary>Public nested.</summary>
            public sealed class Nested { }

            private sealed class Secret { }
        }

        /// <summary>Public with a protected member.</summary>
        public abstract class Term
        {
            /// <summary>Protected.</summary>
            protected Term() { }

            /// <summary>Private protected.</summary>
            private protected void Inner() { }
        }

        /// <summary>Internal.</summary>
        internal static class DiffBuilder
        {
            /// <summary>Public member of an internal type.</summary>
            public static void Build() { }
        }
        """;

    [Fact]
    public void Lists_the_public_hand_written_and_generated_members_and_nothing_internal()
    {
        var (driver, _, _) = GeneratorHarness.CreateDriver(MinimalCatalog.Files(), order: null, trackSteps: false);
        var compilation = CSharpCompilation.Create("Test", new[] { CSharpSyntaxTree.ParseText(HandWritten) });

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        var ids = result.Source(PublicApiList.FileName).Split('\n')
            .Where(l => l.StartsWith(PublicApiList.LinePrefix, StringComparison.Ordinal))
            .Select(l => l.Substring(PublicApiList.LinePrefix.Length))
            .ToList();

        ids.Should().Contain(new[]
        {
            "T:AiGov.Catalog.LifecycleStage", "P:AiGov.Catalog.LifecycleStage.Key", "T:AiGov.Catalog.LifecycleStage.Nested",
            "T:AiGov.Catalog.Term", "M:AiGov.Catalog.Term.#ctor",
            // Generated: the vocabulary's members and the typed accessors.
            "P:AiGov.Catalog.LifecycleStage.All", "T:AiGov.Catalog.Aisgf", "T:AiGov.Catalog.Aisgf.V1_0.Risks",
        });
        ids.Should().NotContain(id => id.Contains("Hidden") || id.Contains("Secret") || id.Contains("Inner") || id.Contains("DiffBuilder") || id.Contains("GeneratedCatalogData"));
        ids.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }
}
