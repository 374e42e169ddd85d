using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace AiGov.Catalog.Benchmarks;

/// <summary>
/// Measures, in a fresh process that has not touched the library yet, what the embedded catalogue costs: the managed
/// memory it holds (<see cref="GC.GetTotalMemory(bool)"/> after a full collection, before and after), what its
/// construction allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), the wall time of the first access to
/// <see cref="GovernanceCatalog.Default"/> (JIT included), and the same after the first search (which builds the lazy
/// search index of every edition).
/// </summary>
/// <remarks>
/// String literals live in the runtime's non-GC ("frozen") heap since .NET 8 and are not counted by
/// <see cref="GC.GetTotalMemory(bool)"/>. The generated data decodes its strings from a UTF-8 table onto the GC heap,
/// so they are counted there; any string reachable from the catalogue that is a literal (generation
/// <see cref="int.MaxValue"/>) is added separately, found by walking the catalogue's public object graph. Run:
/// <c>dotnet run -c Release --project tests/AiGov.Catalog.Benchmarks -- memory [--budget-mb 2]</c>; the exit code is 1
/// when the held memory (GC heap plus literal payload) exceeds the budget.
/// </remarks>
internal static class MemoryProbe
{
    public static int Run(string[] args)
    {
        var budgetMb = 2.0;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--budget-mb")
            {
                budgetMb = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var baseline = Settle();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        var catalog = FirstAccess();
        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var held = Settle() - baseline;

        var searchStopwatch = Stopwatch.StartNew();
        var hits = catalog.Search("安全").Length;
        searchStopwatch.Stop();
        var heldWithIndex = Settle() - baseline;
        foreach (var edition in catalog.Editions)
        {
            edition.ChildrenOf(string.Empty); // builds the lazy navigation indexes (children, risks ↔ measures)
        }

        var heldWithNavigation = Settle() - baseline;
        var mappings = catalog.MappingSets.Sum(set => set.Mappings.Length); // loads the crosswalks (a lazy holder of their own)
        var heldWithCrosswalks = Settle() - baseline;

        var (strings, stringBytes, literalBytes) = StringPayload(catalog);
        GC.KeepAlive(catalog);

        var heldTotal = held + literalBytes;
        Console.WriteLine("AiGov.Catalog memory probe (.NET " + Environment.Version + ", " + Environment.ProcessorCount + " cores, " + (GCSettings.IsServerGC ? "server" : "workstation") + " GC)");
        Row("first access to GovernanceCatalog.Default (wall, JIT included)", stopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms");
        Row("allocated while constructing it", Kb(allocated));
        Row("GC heap held by the catalogue (after full GC)", Kb(held));
        Row("  of which strings reachable from it (" + strings + " distinct strings)", Kb(stringBytes - literalBytes));
        Row("string literals reachable from it (non-GC heap, not counted above)", Kb(literalBytes));
        Row("held in total (GC heap + literals)", Kb(heldTotal) + " (budget " + budgetMb.ToString("0.#", CultureInfo.InvariantCulture) + " MB)");
        Row("first Search(\"安全\") (" + hits + " hits, builds the index; wall)", searchStopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms");
        Row("GC heap held with the search index built", Kb(heldWithIndex));
        Row("held in total with the search index", Kb(heldWithIndex + literalBytes));
        Row("held in total with the search index and the navigation indexes (first navigation)", Kb(heldWithNavigation + literalBytes));
        Row("held in total with the crosswalks loaded too (" + mappings + " mappings; literals not counted)", Kb(heldWithCrosswalks + literalBytes));
        return heldTotal > budgetMb * 1024 * 1024 ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GovernanceCatalog FirstAccess() => GovernanceCatalog.Default;

    private static long Settle()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void Row(string what, string value) => Console.WriteLine("  " + what.PadRight(92) + value);

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB";

    /// <summary>
    /// Every distinct string reachable through the public properties of the catalogue (by reference), the bytes they take,
    /// and the bytes of those that are literals in the non-GC heap (which report generation <see cref="int.MaxValue"/>).
    /// </summary>
    private static (int Count, long Bytes, long LiteralBytes) StringPayload(GovernanceCatalog catalog)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object>();
        stack.Push(catalog);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is string s)
            {
                strings.Add(s);
                continue;
            }

            if (!seen.Add(current))
            {
                continue;
            }

            if (current is IEnumerable sequence && current is not string)
            {
                foreach (var item in sequence)
                {
                    Push(stack, item);
                }
            }

            var type = current.GetType();
            if (type.Namespace is null || !type.Namespace.StartsWith("AiGov.Catalog", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                // Navigation back to the owner and computed views are reached anyway; skip indexers.
                if (property.GetIndexParameters().Length > 0 || property.Name is "Catalog")
                {
                    continue;
                }

                Push(stack, property.GetValue(current));
            }
        }

        // x64: object header + method table (16) + length (4) + UTF-16 chars + terminator, rounded up to 8.
        static long Size(string s) => (22L + (2L * s.Length) + 7) & ~7L;
        var bytes = strings.Sum(Size);
        var literalBytes = strings.Where(s => GC.GetGeneration(s) == int.MaxValue).Sum(Size);
        return (strings.Count, bytes, literalBytes);
    }

    private static void Push(Stack<object> stack, object? value)
    {
        if (value is null || value.GetType().IsPrimitive || value is Enum || value is DateTime || value is decimal)
        {
            return;
        }

        stack.Push(value);
    }
}
