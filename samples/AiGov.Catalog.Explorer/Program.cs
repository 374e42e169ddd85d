// AiGov.Catalog explorer: look elements up, search, compare editions, export, and load a data file.
//
//   dotnet run --project samples/AiGov.Catalog.Explorer -- lookup "1.0:3.1.1(a)"
//   dotnet run --project samples/AiGov.Catalog.Explorer -- search 信息茧房
//   dotnet run --project samples/AiGov.Catalog.Explorer -- search "information cocoon" --edition 2.0
//   dotnet run --project samples/AiGov.Catalog.Explorer -- diff 1.0 2.0
//   dotnet run --project samples/AiGov.Catalog.Explorer -- export json --out catalog.json
//   dotnet run --project samples/AiGov.Catalog.Explorer -- export csv --table mappings
//   dotnet run --project samples/AiGov.Catalog.Explorer -- export md --edition 1.0
//   dotnet run --project samples/AiGov.Catalog.Explorer -- export oscal --edition 1.0 --out aisgf-1.0.oscal.json
//   dotnet run --project samples/AiGov.Catalog.Explorer -- --data catalog.json lookup 1.0:explainability
//
// Exit codes: 0 done, 1 not found or not loadable, 2 wrong usage.
using System.Text;
using AiGov.Catalog;

Console.OutputEncoding = Encoding.UTF8;
var arguments = args.ToList();
try
{
    var catalog = GovernanceCatalog.Default;
    if (Option(arguments, "--data") is { } dataFile)
    {
        // A newer data file, exported by GovernanceCatalog.Export: validated, never half-loaded.
        using var stream = File.OpenRead(dataFile);
        catalog = GovernanceCatalog.Load(stream);
    }

    var edition = Option(arguments, "--edition") is { } editionText ? Edition.Parse(editionText) : (Edition?)null;
    var table = Option(arguments, "--table");
    var outFile = Option(arguments, "--out");
    return arguments.FirstOrDefault() switch
    {
        "lookup" when arguments.Count == 2 => Lookup(catalog, arguments[1]),
        "search" when arguments.Count == 2 => Search(catalog, arguments[1], edition),
        "diff" when arguments.Count == 3 => Diff(catalog, Edition.Parse(arguments[1]), Edition.Parse(arguments[2])),
        "export" when arguments.Count == 2 => Export(catalog, arguments[1], edition, table, outFile),
        _ => Usage(),
    };
}
catch (CatalogLoadException ex)
{
    Console.Error.WriteLine("Cannot load the data file: " + ex.Message);
    return 1;
}
catch (Exception ex) when (ex is KeyNotFoundException or FileNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
catch (FormatException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

static int Lookup(GovernanceCatalog catalog, string id)
{
    if (!catalog.TryFind(id, out var element))
    {
        Console.Error.WriteLine($"No element has the ID '{id}'. IDs look like 1.0:3.1.1.a, 1.0:3.1.1(a) or 1.0:explainability.");
        return 1;
    }

    Console.WriteLine($"{element.Id}  [{element.Clause ?? "no clause"}]  {element.Kind}");
    Console.WriteLine($"  zh: {element.Title.Zh.Text ?? "(unknown)"} ({element.Title.Zh.Status})");
    Console.WriteLine($"  en: {element.Title.En.Text ?? "(unknown)"} ({element.Title.En.Status})");
    Console.WriteLine($"  {element.Summary}");
    Console.WriteLine($"  provenance: {element.Provenance.Status} ({string.Join(", ", element.Provenance.Sources)})");
    if (element.Parent is { } parent)
    {
        Console.WriteLine($"  parent: {parent.Id} {parent.Title.Display}");
    }

    foreach (var stage in element.Stages)
    {
        Console.WriteLine($"  stage: {stage.Stage.Key} ({stage.Basis}{(stage.Note is null ? string.Empty : ": " + stage.Note)})");
    }

    switch (element)
    {
        case Risk risk:
            Console.WriteLine($"  area: {risk.Area.TitleEn} ({risk.AreaBasis})");
            foreach (var measure in risk.Measures)
            {
                Console.WriteLine($"  addressed by {measure.Id}: {measure.Summary}");
            }

            if (risk.UnaddressedNote is { } note)
            {
                Console.WriteLine($"  not addressed: {note}");
            }

            break;
        case Measure measure:
            foreach (var risk in measure.Risks)
            {
                Console.WriteLine($"  addresses {risk.Id}: {risk.Title.Display}");
            }

            break;
    }

    foreach (var child in element.Children)
    {
        Console.WriteLine($"  - {child.Id,-14} {child.Title.Display ?? child.Summary}");
    }

    return 0;
}

static int Search(GovernanceCatalog catalog, string text, Edition? edition)
{
    var hits = catalog.Search(text, edition);
    Console.WriteLine($"{hits.Length} hit(s) for \"{text}\"{(edition is { } e ? " in " + e : string.Empty)}");
    foreach (var hit in hits)
    {
        Console.WriteLine($"  {hit.Id,-16} {hit.Kind,-17} {hit.Title.Display ?? "(untitled)"}");
    }

    return hits.IsEmpty ? 1 : 0;
}

static int Diff(GovernanceCatalog catalog, Edition from, Edition to)
{
    var diff = catalog.Diff(from, to);
    Console.WriteLine($"Changes from {from} to {to}, by kind (the full changelog: diff.ToMarkdown(), ToJson(), ToCsv())");
    foreach (var kind in diff.Kinds)
    {
        var counts = EditionDiff.AllChangeKinds.Where(k => diff.Count(kind, k) > 0).Select(k => $"{k} {diff.Count(kind, k)}");
        Console.WriteLine($"  {kind,-18} {string.Join(", ", counts)}");
    }

    foreach (var entry in diff.For(ElementKind.Risk).Where(e => e.ChangeKind is ChangeKind.Split or ChangeKind.Merged or ChangeKind.Removed or ChangeKind.Added))
    {
        var before = string.Join(" + ", entry.Before.Select(e => e.Clause ?? e.Key));
        var after = string.Join(" + ", entry.After.Select(e => e.Clause ?? e.Key));
        Console.WriteLine($"  {entry.ChangeKind,-8} {(before.Length == 0 ? "—" : before),-12} → {(after.Length == 0 ? "—" : after)}");
    }

    return 0;
}

static int Export(GovernanceCatalog catalog, string format, Edition? edition, string? table, string? outFile)
{
    string? text = null;
    byte[]? bytes = null;
    switch (format)
    {
        case "json":
            using (var buffer = new MemoryStream())
            {
                catalog.Export(buffer);
                bytes = buffer.ToArray();
            }

            break;
        case "csv":
            text = catalog.ToCsv(Enum.Parse<CatalogCsvTable>(table ?? "risks", ignoreCase: true), edition);
            break;
        case "md" or "markdown":
            text = catalog.ToMarkdown(edition ?? Edition.V1_0);
            break;
        case "oscal":
            text = catalog.ToOscalJson(edition ?? Edition.V1_0);
            break;
        default:
            return Usage();
    }

    bytes ??= new UTF8Encoding(false).GetBytes(text!);
    if (outFile is null)
    {
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(bytes);
    }
    else
    {
        File.WriteAllBytes(outFile, bytes);
        Console.Error.WriteLine($"Wrote {bytes.Length} bytes to {outFile}.");
    }

    return 0;
}

static string? Option(List<string> arguments, string name)
{
    var index = arguments.IndexOf(name);
    if (index < 0 || index == arguments.Count - 1)
    {
        return null;
    }

    var value = arguments[index + 1];
    arguments.RemoveRange(index, 2);
    return value;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: [--data <file.json>] <command>
          lookup <id>                               an element by ID, e.g. "1.0:3.1.1(a)"
          search <text> [--edition <e>]             titles, summaries, aliases; Chinese or English
          diff <from> <to>                          how the elements of one edition carry into the next
          export json|csv|md|oscal [--edition <e>] [--table risks|measures|mappings] [--out <file>]
        """);
    return 2;
}
