using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiGov.Catalog.SourceCheck;

/// <summary>
/// The edits a <see cref="SourceCheckReport"/> proposes, as edited copies of the catalogue's YAML files: titles the
/// document prints where the catalogue has none or only a partial one or our translation, their status set to verified
/// with the document as source, printed pages the catalogue lacks; and a new entry for the document in
/// <c>sources.yaml</c>. Each edit replaces or inserts text at the place YamlDotNet's parse marks give, so everything
/// else (comments, order, quoting, layout) stays byte for byte as it was.
/// </summary>
/// <remarks>Verified titles are never changed: a contradiction is an error to look at, not an edit to make.</remarks>
public sealed class CatalogProposal
{
    private CatalogProposal(string sourceId, IReadOnlyList<ProposedFile> files)
    {
        SourceId = sourceId;
        Files = files;
    }

    /// <summary>Gets the ID of the new source entry for the document (<c>SRC-nn</c>).</summary>
    public string SourceId { get; }

    /// <summary>Gets the edited files, paths relative to the catalogue folder; empty when nothing is proposed.</summary>
    public IReadOnlyList<ProposedFile> Files { get; }

    /// <summary>Gets the number of values changed or added (the source entry counts as one).</summary>
    public int EditCount => Files.Sum(f => f.Edits);

    /// <summary>Works out the proposal.</summary>
    /// <param name="report">The check's report.</param>
    /// <param name="catalogFolder">The catalogue's YAML folder (with <c>editions/</c> and <c>sources.yaml</c>); read, never written.</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="CatalogProposalException">A YAML file cannot be read or parsed, or an element is not in it.</exception>
    public static CatalogProposal Create(SourceCheckReport report, string catalogFolder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalogFolder);
        var sourcesPath = Path.Combine(catalogFolder, "sources.yaml");
        var sourcesText = ReadText(sourcesPath);
        var sourceId = NextSourceId(sourcesText, sourcesPath);

        var wanted = report.Entries.Where(e => e.Element is not null && (e.Outcome is SourceCheckOutcome.Promote or SourceCheckOutcome.Update or SourceCheckOutcome.NewTitle || PageEdit(e) is not null)).ToList();
        if (wanted.Count == 0)
        {
            return new CatalogProposal(sourceId, Array.Empty<ProposedFile>());
        }

        var editionFolder = Path.Combine(catalogFolder, "editions", report.Edition.Edition.ToString());
        var files = Directory.Exists(editionFolder) ? Directory.GetFiles(editionFolder, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).ToList() : new List<string>();
        var parsed = files.Select(f => (Path: f, Text: ReadText(f))).Select(f => (f.Path, f.Text, Root: Parse(f.Text, f.Path))).ToList();
        var edits = new Dictionary<string, List<Edit>>(StringComparer.Ordinal);
        foreach (var entry in wanted)
        {
            var element = entry.Element!;
            var found = parsed.Select(p => (p.Path, p.Text, Node: FindElement(p.Root, element.Key))).FirstOrDefault(p => p.Node is not null);
            if (found.Node is null)
            {
                throw new CatalogProposalException("no element with key '" + element.Key + "' (" + element.Id + ") in " + editionFolder + ": the catalogue folder is not the one the aigov build was made from.");
            }

            if (!edits.TryGetValue(found.Path, out var list))
            {
                edits[found.Path] = list = new List<Edit>();
            }

            list.AddRange(TitleEdits(entry, found.Node, found.Text, report.Language, sourceId));
            list.AddRange(PageEdits(entry, found.Node, found.Text, report.Language));
        }

        var result = new List<ProposedFile>();
        foreach (var (path, list) in edits.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (list.Count == 0)
            {
                continue;
            }

            var text = parsed.First(p => p.Path == path).Text;
            var edited = Apply(text, list, path);
            result.Add(new ProposedFile(Path.Combine("editions", report.Edition.Edition.ToString(), Path.GetFileName(path)), edited, list.Count));
        }

        if (result.Count == 0)
        {
            return new CatalogProposal(sourceId, Array.Empty<ProposedFile>());
        }

        result.Add(new ProposedFile("sources.yaml", AppendSource(sourcesText, sourcesPath, sourceId, report), 1));
        return new CatalogProposal(sourceId, result);
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CatalogProposalException(path + ": cannot read the file: " + ex.Message, ex);
        }
    }

    private static YamlNode Parse(string text, string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            throw new CatalogProposalException(path + ":" + ex.Start.Line.ToString(CultureInfo.InvariantCulture) + ":" + ex.Start.Column.ToString(CultureInfo.InvariantCulture) + ": not valid YAML: " + ex.Message, ex);
        }
    }

    private static string NextSourceId(string text, string path)
    {
        var root = Parse(text, path);
        var max = 0;
        if (root is YamlMappingNode map && Child(map, "sources") is YamlSequenceNode list)
        {
            foreach (var item in list.OfType<YamlMappingNode>())
            {
                if (Child(item, "id") is YamlScalarNode { Value: { } id } && Regex.Match(id, @"^SRC-(\d+)$") is { Success: true } m)
                {
                    max = Math.Max(max, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
        }

        return "SRC-" + (max + 1).ToString("00", CultureInfo.InvariantCulture);
    }

    private static YamlMappingNode? FindElement(YamlNode root, string key)
    {
        if (root is not YamlMappingNode map)
        {
            return null;
        }

        foreach (var value in map.Children.Values.OfType<YamlSequenceNode>())
        {
            foreach (var item in value.OfType<YamlMappingNode>())
            {
                if (Child(item, "key") is YamlScalarNode { Value: { } k } && k == key)
                {
                    return item;
                }
            }
        }

        return null;
    }

    private static YamlNode? Child(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } k } && k == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static YamlScalarNode? KeyNode(YamlMappingNode map, string key) =>
        map.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key);

    private static IEnumerable<Edit> TitleEdits(SourceCheckEntry entry, YamlMappingNode element, string text, string language, string sourceId)
    {
        if (entry.Outcome is not (SourceCheckOutcome.Promote or SourceCheckOutcome.Update or SourceCheckOutcome.NewTitle))
        {
            yield break;
        }

        if (Child(element, "title") is not YamlMappingNode title || Child(title, language) is not YamlMappingNode lang)
        {
            throw new CatalogProposalException("element '" + entry.Element!.Key + "' has no title." + language + " mapping to edit.");
        }

        var flow = lang.Style == YamlDotNet.Core.Events.MappingStyle.Flow;
        if (entry.Outcome != SourceCheckOutcome.Promote && Child(lang, "text") is YamlScalarNode textNode)
        {
            yield return Replace(textNode, Scalar(entry.Heading!.Title!, flow));
        }

        if (Child(lang, "status") is not YamlScalarNode status)
        {
            throw new CatalogProposalException("element '" + entry.Element!.Key + "' has no title." + language + ".status to edit.");
        }

        yield return Replace(status, "verified");
        var sources = Child(lang, "sources");
        var keepOld = entry.Outcome == SourceCheckOutcome.Promote;
        if (sources is YamlSequenceNode seq && seq.Style == YamlDotNet.Core.Events.SequenceStyle.Flow)
        {
            if (keepOld && seq.Children.Count > 0)
            {
                var close = (int)seq.End.Index - 1;
                yield return new Edit(close, close, ", " + sourceId);
            }
            else
            {
                yield return new Edit((int)seq.Start.Index, (int)seq.End.Index, "[" + sourceId + "]");
            }
        }
        else if (sources is YamlSequenceNode block)
        {
            var indent = new string(' ', (int)block.Start.Column - 1);
            if (keepOld && block.Children.Count > 0)
            {
                var last = block.Children[block.Children.Count - 1];
                yield return new Edit((int)last.End.Index, (int)last.End.Index, "\n" + indent + "- " + sourceId);
            }
            else
            {
                var key = KeyNode(lang, "sources")!;
                yield return new Edit((int)key.Start.Index, (int)block.Children[block.Children.Count - 1].End.Index, "sources:\n" + indent + "- " + sourceId);
            }
        }
        else if (sources is null)
        {
            var at = (int)status.End.Index;
            if (flow)
            {
                yield return new Edit(at, at, ", sources: [" + sourceId + "]");
            }
            else
            {
                var indent = new string(' ', (int)KeyNode(lang, "status")!.Start.Column - 1);
                yield return new Edit(at, at, "\n" + indent + "sources:\n" + indent + "- " + sourceId);
            }
        }

        if (Child(lang, "note") is YamlScalarNode note && note.Value is { Length: > 0 } old)
        {
            var why = entry.Outcome == SourceCheckOutcome.Promote ? "the title" : "this title";
            yield return Replace(note, Scalar("Printed as " + why + " in " + sourceId + " (official text, checked with aigov source check). Earlier note: " + old, flow));
        }
    }

    private static string? PageEdit(SourceCheckEntry entry)
    {
        if (entry.Heading?.Page is not { } printed)
        {
            return null;
        }

        if (entry.PageOutcome == PageOutcome.Unknown)
        {
            return printed;
        }

        // A range (a section's span) is kept: only a single page that the document contradicts is replaced.
        return entry.PageOutcome == PageOutcome.Different && entry.CataloguePage is { } page && !page.Contains('-', StringComparison.Ordinal) ? printed : null;
    }

    private static IEnumerable<Edit> PageEdits(SourceCheckEntry entry, YamlMappingNode element, string text, string language)
    {
        if (PageEdit(entry) is not { } printed)
        {
            yield break;
        }

        var value = "\"" + printed + "\"";
        if (Child(element, "pages") is YamlMappingNode pages)
        {
            if (Child(pages, language) is YamlScalarNode existing)
            {
                yield return Replace(existing, value);
            }
            else if (pages.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
            {
                // Before the closing brace: `{ zh: "3" }` → `{ zh: "3", en: "6" }`.
                var close = text.LastIndexOf('}', (int)pages.End.Index - 1);
                var before = close;
                while (before > 0 && text[before - 1] == ' ')
                {
                    before--;
                }

                yield return new Edit(before, before, (pages.Children.Count > 0 ? ", " : " ") + language + ": " + value);
            }
            else
            {
                var first = (YamlScalarNode)pages.Children.Keys.First();
                var at = LineStart(text, (int)first.Start.Index);
                yield return new Edit(at, at, new string(' ', (int)first.Start.Column - 1) + language + ": " + value + "\n");
            }

            yield break;
        }

        // No pages at all: a new line before the key that follows the title.
        var keys = element.Children.Keys.OfType<YamlScalarNode>().ToList();
        var titleIndex = keys.FindIndex(k => k.Value == "title");
        if (titleIndex < 0 || titleIndex + 1 >= keys.Count)
        {
            yield break;
        }

        var next = keys[titleIndex + 1];
        var line = LineStart(text, (int)next.Start.Index);
        yield return new Edit(line, line, new string(' ', (int)next.Start.Column - 1) + "pages: { " + language + ": " + value + " }\n");
    }

    private static int LineStart(string text, int index)
    {
        var nl = text.LastIndexOf('\n', Math.Max(0, index - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    private static Edit Replace(YamlScalarNode node, string text) => new((int)node.Start.Index, (int)node.End.Index, text);

    /// <summary>A YAML scalar for a value: plain where that reads back as the same string, else double-quoted.</summary>
    internal static string Scalar(string value, bool flow)
    {
        var plain = value.Length > 0
            && value.Trim() == value
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
            && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
            && (!flow || value.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) < 0)
            && value.All(c => c >= ' ' && c != '\u007F')
            && !Regex.IsMatch(value, @"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|no|on|off|[-+]?[0-9][0-9_.:eE+-]*|\.inf|\.nan)$");
        if (plain)
        {
            return value;
        }

        var b = new StringBuilder("\"");
        foreach (var c in value)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c < ' ' ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }

    private static string Apply(string text, List<Edit> edits, string path)
    {
        var ordered = edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].End > ordered[i - 1].Start && !(ordered[i].Start == ordered[i].End && ordered[i - 1].Start == ordered[i - 1].End))
            {
                throw new CatalogProposalException(path + ": two proposed edits overlap at character " + ordered[i].Start.ToString(CultureInfo.InvariantCulture) + " (a bug: please report it).");
            }
        }

        var b = new StringBuilder(text);
        foreach (var e in ordered)
        {
            b.Remove(e.Start, e.End - e.Start).Insert(e.Start, e.Text);
        }

        var result = b.ToString();
        Parse(result, path + " (as edited)");
        return result;
    }

    private static string AppendSource(string text, string path, string id, SourceCheckReport report)
    {
        var m = Regex.Match(text, @"^( *)- id:", RegexOptions.Multiline);
        var indent = m.Success ? m.Groups[1].Value : "  ";
        var name = Path.GetFileName(report.Document.Path);
        var language = report.Language == "zh" ? "Chinese" : "English";
        var title = (report.Document.Title is { } t ? t + " — the " : "The ") + language + " text of edition " + report.Edition.Edition + ", checked with aigov source check (" + name + ")";
        var b = new StringBuilder(text);
        if (b.Length > 0 && b[b.Length - 1] != '\n')
        {
            b.Append('\n');
        }

        b.Append(indent).Append("- id: ").Append(id).Append('\n');
        var inner = indent + "  ";
        b.Append(inner).Append("title: ").Append(Scalar(title, false)).Append('\n');
        b.Append(inner).Append("location: ").Append(Scalar(name + " (the file checked; give the publisher's URL)", false)).Append('\n');
        b.Append(inner).Append("editions: [\"").Append(report.Edition.Edition).Append("\"]\n");
        b.Append(inner).Append("trust: official\n");
        b.Append(inner).Append("used-for: ").Append(Scalar(language + " titles and printed pages, checked with aigov source check.", false)).Append('\n');
        b.Append(inner).Append("note: ").Append(Scalar("SHA-256 of the file checked: " + report.Document.Sha256 + ". Official only if the file is the publisher's: check where it came from before committing.", false)).Append('\n');
        var result = b.ToString();
        Parse(result, path + " (as edited)");
        return result;
    }

    private readonly record struct Edit(int Start, int End, string Text);
}

/// <summary>One edited copy of a catalogue file.</summary>
/// <param name="RelativePath">The path relative to the catalogue folder (<c>editions/1.0/risks.yaml</c>, <c>sources.yaml</c>).</param>
/// <param name="Text">The edited text.</param>
/// <param name="Edits">The number of edits in it.</param>
public sealed record ProposedFile(string RelativePath, string Text, int Edits);

/// <summary>A proposal that cannot be made: a catalogue file cannot be read or does not hold the element.</summary>
public sealed class CatalogProposalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogProposalException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    public CatalogProposalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="inner">The cause.</param>
    public CatalogProposalException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
