using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiGov.Catalog.Internal;
using AiGov.Catalog.Serialization;

namespace AiGov.Catalog.Export;

/// <summary>
/// One edition as an OSCAL 1.1.2 catalog (JSON). Risk categories and sub-categories are groups, risks are controls; a
/// control's summary is its <c>statement</c> part and the measures that address it are <c>measure</c> sub-parts of its
/// <c>guidance</c> part; clause, status, stages, actors and area are props (OSCAL's own <c>label</c> and
/// <c>alt-identifier</c>, the rest in the AiGov namespace); the sources are back-matter resources that controls link to;
/// each crosswalk mapping of a group or control is a link to the target term's IRI (see <see cref="OscalCrosswalkLinks"/>).
/// </summary>
/// <remarks>
/// Deterministic: UUIDs are name-based (version 5) from the edition, the data version, the element or source ID, and
/// <c>last-modified</c> comes from the data version, so the same catalogue always gives the same bytes.
/// </remarks>
internal sealed class OscalExporter
{
    public const string OscalVersion = "1.1.2";

    /// <summary>The namespace of the props and parts that OSCAL does not define.</summary>
    public const string Namespace = "https://github.com/aigov-catalog/AiGov.Catalog/ns/oscal";

    private readonly GovernanceCatalog _catalog;
    private readonly EditionCatalog _edition;
    private readonly Dictionary<string, string> _resourceUuids = new(StringComparer.Ordinal);
    private Utf8JsonWriter _w = null!;

    private OscalExporter(GovernanceCatalog catalog, EditionCatalog edition)
    {
        _catalog = catalog;
        _edition = edition;
    }

    public static string Write(GovernanceCatalog catalog, EditionCatalog edition)
    {
        var exporter = new OscalExporter(catalog, edition);
        return Encoding.UTF8.GetString(DeterministicJson.Write(exporter.WriteDocument));
    }

    /// <summary>The OSCAL ID (an NCName-like token) of an element: <c>1.0:3.1.1.a</c> → <c>aisgf-1.0-3.1.1.a</c>.</summary>
    public static string OscalId(string elementId) => "aisgf-" + elementId.Replace(':', '-');

    private static string Uuid(string name) => NameBasedUuid.Create(NameBasedUuid.AiGovNamespace, name);

    private void WriteDocument(Utf8JsonWriter writer)
    {
        _w = writer;
        var sources = CitedSources.Of(_catalog, _edition);
        foreach (var source in sources)
        {
            _resourceUuids[source.Id] = Uuid("source:" + source.Id);
        }

        var info = _edition.Info;
        _w.WriteStartObject();
        _w.WriteStartObject("catalog");
        _w.WriteString("uuid", Uuid("catalog:" + info.Edition + ":" + _catalog.DataVersion));
        WriteMetadata(info);
        _w.WriteStartArray("groups");
        foreach (var category in _edition.Categories)
        {
            WriteGroup(category, "risk-category", () =>
            {
                _w.WriteStartArray("groups");
                foreach (var subcategory in category.Subcategories)
                {
                    WriteGroup(subcategory, "risk-subcategory", () =>
                    {
                        _w.WriteStartArray("controls");
                        foreach (var risk in subcategory.Risks)
                        {
                            WriteControl(risk);
                        }

                        _w.WriteEndArray();
                    });
                }

                _w.WriteEndArray();
            });
        }

        _w.WriteEndArray();
        WriteBackMatter(sources);
        _w.WriteEndObject();
        _w.WriteEndObject();
    }

    private void WriteMetadata(EditionInfo info)
    {
        var issuerName = info.Issuer.En.Text ?? info.Issuer.Zh.Text ?? "Unknown issuer";
        const string Encoder = "AiGov.Catalog contributors";
        _w.WriteStartObject("metadata");
        _w.WriteString("title", Markup(TitleOf(info.Title) ?? "AI Safety Governance Framework " + info.Edition));
        _w.WriteString("last-modified", LastModified(info));
        _w.WriteString("version", _catalog.DataVersion);
        _w.WriteString("oscal-version", OscalVersion);
        _w.WriteStartArray("props");
        Prop("edition", info.Edition.ToString());
        Prop("released", info.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Prop("completeness", WireNames.Completeness.Name(info.Completeness), remarks: info.CompletenessNote);
        Prop("provenance-status", WireNames.Status.Name(info.Provenance.Status), remarks: info.Provenance.Note);
        if (info.Title.Zh.Text is { } zh)
        {
            Prop("title-zh", zh);
        }

        foreach (var source in info.OfficialSources)
        {
            Prop("official-source", source);
        }

        _w.WriteEndArray();
        _w.WriteStartArray("roles");
        Role("creator", "Creator of this OSCAL encoding");
        Role("framework-issuer", "Issuer of the framework");
        _w.WriteEndArray();
        _w.WriteStartArray("parties");
        Party(Encoder, null);
        Party(issuerName, info.Issuer.Zh.Text);
        _w.WriteEndArray();
        _w.WriteStartArray("responsible-parties");
        ResponsibleParty("creator", Encoder);
        ResponsibleParty("framework-issuer", issuerName);
        _w.WriteEndArray();
        _w.WriteString("remarks", Markup(
            "An encoding of the " + TitleOf(info.Title) + ", edition " + info.Edition + ", released " + info.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", made by AiGov.Catalog (data version " + _catalog.DataVersion + "). "
            + "Each risk item is a control, grouped by risk category and sub-category; the measures that address a risk are parts of its guidance. "
            + "Summaries are the project's own words: the official text is not reproduced, and the label (the clause as printed) and the pages point to it. "
            + "A title whose prop title-en-status is translation is the project's own English rendering, not an official title. "
            + "Principles, guidelines and appendices are not part of this catalog; the AiGov.Catalog JSON data file has them.")
            + "\n\n" + Markup(info.Summary));
        _w.WriteEndObject();
    }

    private void WriteGroup(CatalogElement e, string @class, Action children)
    {
        var id = OscalId(e.Id);
        _w.WriteStartObject();
        _w.WriteString("id", id);
        _w.WriteString("class", @class);
        _w.WriteString("title", Markup(DisplayTitle(e)));
        WriteProps(e);
        WriteLinks(e);
        _w.WriteStartArray("parts");
        Part(id + "_ovw", "overview", e.Summary);
        WriteNotes(e, id);
        _w.WriteEndArray();
        children();
        _w.WriteEndObject();
    }

    private void WriteControl(Risk risk)
    {
        var id = OscalId(risk.Id);
        _w.WriteStartObject();
        _w.WriteString("id", id);
        _w.WriteString("class", "risk");
        _w.WriteString("title", Markup(DisplayTitle(risk)));
        WriteProps(risk);
        WriteLinks(risk);
        _w.WriteStartArray("parts");
        Part(id + "_smt", "statement", risk.Summary);

        _w.WriteStartObject();
        _w.WriteString("id", id + "_gdn");
        _w.WriteString("name", "guidance");
        var measures = risk.Measures;
        _w.WriteString("prose", Markup(measures.Length > 0
            ? "Measures of edition " + risk.Edition + " that address this risk, directly or through its sub-category or category."
            : "No measure of edition " + risk.Edition + " addresses this risk." + (risk.UnaddressedNote is { } note ? " " + note : string.Empty)));
        if (measures.Length > 0)
        {
            _w.WriteStartArray("parts");
            foreach (var measure in measures)
            {
                WriteMeasurePart(id, risk, measure);
            }

            _w.WriteEndArray();
        }

        _w.WriteEndObject();
        WriteNotes(risk, id);
        _w.WriteEndArray();
        _w.WriteEndObject();
    }

    private void WriteMeasurePart(string controlId, Risk risk, Measure measure)
    {
        var address = CsvExporter.AddressOf(measure, risk);
        _w.WriteStartObject();
        _w.WriteString("id", controlId + "_gdn." + measure.Id.Replace(':', '-'));
        _w.WriteString("name", "measure");
        _w.WriteString("ns", Namespace);
        _w.WriteString("class", WireNames.Kind.Name(measure.Kind));
        var label = string.Join(" ", new[] { measure.Clause, TitleOf(measure.Title) }.Where(t => t is not null));
        if (label.Length > 0)
        {
            _w.WriteString("title", Markup(label));
        }

        _w.WriteStartArray("props");
        Prop("element-id", measure.Id);
        if (address is not null)
        {
            Prop("via", address.TargetId);
            Prop("basis", WireNames.Basis.Name(address.Basis), remarks: address.Note);
        }

        _w.WriteEndArray();
        _w.WriteString("prose", Markup(measure.Summary));
        _w.WriteEndObject();
    }

    private void WriteProps(CatalogElement e)
    {
        _w.WriteStartArray("props");
        if (e.Clause is { } clause)
        {
            Prop("label", clause, oscal: true);
        }

        Prop("alt-identifier", e.Id, oscal: true);
        Prop("key", e.Key);
        if (e.ClauseStatus is { } clauseStatus)
        {
            Prop("clause-status", WireNames.Status.Name(clauseStatus));
        }

        Prop("provenance-status", WireNames.Status.Name(e.Provenance.Status));
        if (e.Title.Zh.Text is { } zh)
        {
            Prop("title-zh", zh);
        }

        Prop("title-zh-status", WireNames.TitleState.Name(e.Title.Zh.Status), remarks: e.Title.Zh.Note);
        Prop("title-en-status", WireNames.TitleState.Name(e.Title.En.Status), remarks: e.Title.En.Note);
        if (e.Pages is { } pages)
        {
            if (pages.Zh is { } pageZh)
            {
                Prop("page-zh", pageZh.ToString(), remarks: pages.Note);
            }

            if (pages.En is { } pageEn)
            {
                Prop("page-en", pageEn.ToString(), remarks: pages.Note);
            }
        }

        if (e is Risk risk)
        {
            Prop("risk-area", risk.Area.Key, WireNames.Basis.Name(risk.AreaBasis), risk.AreaNote);
            if (risk.Mit is { } mit)
            {
                Prop("mit-risk-id", mit.Id);
                if (mit.Domain is { } domain)
                {
                    Prop("mit-domain", domain);
                }
            }
        }

        foreach (var stage in e.Stages)
        {
            Prop("stage", stage.Stage.Key, WireNames.Basis.Name(stage.Basis), stage.Note);
        }

        foreach (var actor in e.Actors)
        {
            Prop("actor", actor.Actor.Key, WireNames.Basis.Name(actor.Basis), actor.Note);
        }

        foreach (var alias in e.Aliases)
        {
            Prop("alias", alias.Text, remarks: alias.Note);
        }

        _w.WriteEndArray();
    }

    private void WriteLinks(CatalogElement e)
    {
        var sources = e.Provenance.Sources.Where(_resourceUuids.ContainsKey).ToList();
        var instruments = _catalog.InstrumentLinksFor(e);
        var crosswalks = _catalog.MappingsOf(e);
        if (sources.Count == 0 && instruments.IsEmpty && crosswalks.IsEmpty)
        {
            return;
        }

        _w.WriteStartArray("links");
        foreach (var source in sources)
        {
            _w.WriteStartObject();
            _w.WriteString("href", "#" + _resourceUuids[source]);
            _w.WriteString("rel", "reference");
            _w.WriteString("text", source);
            _w.WriteEndObject();
        }

        foreach (var link in instruments)
        {
            _w.WriteStartObject();
            _w.WriteString("href", OscalInstrumentLinks.Href(link.Instrument));
            _w.WriteString("rel", OscalInstrumentLinks.Rel(link));
            _w.WriteString("text", OscalInstrumentLinks.Text(link));
            _w.WriteEndObject();
        }

        foreach (var mapping in crosswalks)
        {
            _w.WriteStartObject();
            _w.WriteString("href", OscalCrosswalkLinks.Href(mapping.Term));
            _w.WriteString("rel", OscalCrosswalkLinks.Rel(mapping));
            _w.WriteString("text", Markup(Single(OscalCrosswalkLinks.Text(mapping))));
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }

    private void WriteNotes(CatalogElement e, string id)
    {
        if (e.Provenance.Note is { } provenance)
        {
            Part(id + "_prv", "provenance-note", provenance, Namespace);
        }

        if (e.Notes is { } notes)
        {
            Part(id + "_nts", "editorial-note", notes, Namespace);
        }
    }

    private void WriteBackMatter(IReadOnlyList<CatalogSource> sources)
    {
        _w.WriteStartObject("back-matter");
        _w.WriteStartArray("resources");
        foreach (var source in sources)
        {
            _w.WriteStartObject();
            _w.WriteString("uuid", _resourceUuids[source.Id]);
            _w.WriteString("title", Markup(source.Id + ": " + Single(source.Title)));
            _w.WriteString("description", Markup(source.UsedFor));
            _w.WriteStartArray("props");
            Prop("source-id", source.Id);
            Prop("trust", WireNames.Trust.Name(source.Trust));
            foreach (var edition in source.Editions)
            {
                Prop("edition", edition.ToString());
            }

            _w.WriteEndArray();
            if (IsWebAddress(source.Location))
            {
                _w.WriteStartArray("rlinks");
                _w.WriteStartObject();
                _w.WriteString("href", source.Location);
                _w.WriteEndObject();
                _w.WriteEndArray();
            }
            else
            {
                _w.WriteStartObject("citation");
                _w.WriteString("text", Markup(Single(source.Location)));
                _w.WriteEndObject();
            }

            if (source.Note is { } note)
            {
                _w.WriteString("remarks", Markup(note));
            }

            _w.WriteEndObject();
        }

        _w.WriteEndArray();
        _w.WriteEndObject();
    }

    private void Prop(string name, string value, string? @class = null, string? remarks = null, bool oscal = false)
    {
        var text = Single(value);
        if (text.Length == 0)
        {
            return;
        }

        _w.WriteStartObject();
        _w.WriteString("name", name);
        if (!oscal)
        {
            _w.WriteString("ns", Namespace);
        }

        _w.WriteString("value", text);
        if (@class is not null)
        {
            _w.WriteString("class", @class);
        }

        if (remarks is not null)
        {
            _w.WriteString("remarks", Markup(remarks));
        }

        _w.WriteEndObject();
    }

    private void Part(string id, string name, string prose, string? ns = null)
    {
        _w.WriteStartObject();
        _w.WriteString("id", id);
        _w.WriteString("name", name);
        if (ns is not null)
        {
            _w.WriteString("ns", ns);
        }

        _w.WriteString("prose", Markup(prose));
        _w.WriteEndObject();
    }

    private void Role(string id, string title)
    {
        _w.WriteStartObject();
        _w.WriteString("id", id);
        _w.WriteString("title", title);
        _w.WriteEndObject();
    }

    private void Party(string name, string? nameZh)
    {
        _w.WriteStartObject();
        _w.WriteString("uuid", Uuid("party:" + name));
        _w.WriteString("type", "organization");
        _w.WriteString("name", name);
        if (nameZh is not null)
        {
            _w.WriteStartArray("props");
            Prop("name-zh", nameZh);
            _w.WriteEndArray();
        }

        _w.WriteEndObject();
    }

    private void ResponsibleParty(string role, string partyName)
    {
        _w.WriteStartObject();
        _w.WriteString("role-id", role);
        _w.WriteStartArray("party-uuids");
        _w.WriteStringValue(Uuid("party:" + partyName));
        _w.WriteEndArray();
        _w.WriteEndObject();
    }

    /// <summary>An OSCAL title is required: the English title, else the Chinese one, else the clause with "(title unknown)".</summary>
    private static string DisplayTitle(CatalogElement e) => TitleOf(e.Title) ?? (e.Clause ?? e.Key) + " (title unknown)";

    private static string? TitleOf(Title title) => title.En.Text ?? title.Zh.Text;

    /// <summary>
    /// The last-modified timestamp: the first day of the data version's month (data versions are year.month.patch), else
    /// the release date. Never the clock, so that exports are reproducible.
    /// </summary>
    private string LastModified(EditionInfo info)
    {
        var parts = _catalog.DataVersion.Split('.');
        var date = parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                ? new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc)
                : info.Released;
        return date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);
    }

    private static bool IsWebAddress(string location) =>
        location.IndexOfAny(new[] { ' ', '\n', '\r', '\t', '<', '>', '"', '…' }) < 0
        && Uri.TryCreate(location, UriKind.Absolute, out var uri)
        && (uri.Scheme == "https" || uri.Scheme == "http");

    /// <summary>Text for an OSCAL string: one line, no leading or trailing white space.</summary>
    private static string Single(string text) => string.Join(" ", text.Split(new[] { ' ', '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text for OSCAL markup (Markdown): characters that Markdown would read as formatting are escaped.</summary>
    private static string Markup(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
