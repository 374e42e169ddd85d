using System;
using System.Collections.Generic;
using System.Linq;
using AiGov.Catalog.Generators.Diagnostics;
using AiGov.Catalog.Generators.Helpers;
using AiGov.Catalog.Generators.Model;

namespace AiGov.Catalog.Generators.Linking;

/// <summary>
/// The instrument side of the linker: the hierarchy levels, the registry of instruments and the links from
/// edition-pinned framework elements to instruments; also the instrument type of every edition manifest.
/// </summary>
internal static partial class CatalogLinker
{
    private sealed partial class Session
    {
        private LinkedInstruments LinkInstruments()
        {
            var levels = new Dictionary<string, InstrumentLevelModel>(StringComparer.Ordinal);
            foreach (var level in _files.Where(f => f.Instruments is not null).SelectMany(f => f.Instruments!.Levels))
            {
                if (levels.TryGetValue(level.Key, out var first))
                {
                    Report(DiagnosticIds.Duplicate, level.Span, "instrument level", level.Key, first.Span.ToString());
                    continue;
                }

                CheckSources(level.Sources, level.Span);
                levels[level.Key] = level;
            }

            var levelKeys = string.Join(", ", levels.Keys.OrderBy(k => k, StringComparer.Ordinal));
            void CheckLevel(SourcedFactModel fact)
            {
                foreach (var claim in new[] { fact }.Concat(fact.Conflicts))
                {
                    if (claim.Value is not null && !levels.ContainsKey(claim.Value))
                    {
                        Report(DiagnosticIds.UnknownVocabulary, claim.Span, "instrument level", claim.Value, levelKeys);
                    }
                }
            }

            void CheckFact(SourcedFactModel fact)
            {
                CheckSources(fact.Sources, fact.Span);
                foreach (var conflict in fact.Conflicts)
                {
                    CheckSources(conflict.Sources, conflict.Span);
                }
            }

            foreach (var manifest in _files.Select(f => f.Manifest))
            {
                if (manifest?.Character is not { } character)
                {
                    continue;
                }

                CheckFact(character.InstrumentType);
                CheckFact(character.Binding);
                if (levels.Count > 0)
                {
                    CheckLevel(character.InstrumentType);
                }

                if (character.GuidingAuthority is { } authority)
                {
                    CheckSources(authority.Sources, character.Span);
                }

                foreach (var c in character.Classifications)
                {
                    CheckSources(new[] { c.By }.ToEquatableArray(), c.Span);
                }
            }

            var instruments = new Dictionary<string, InstrumentModel>(StringComparer.Ordinal);
            foreach (var instrument in _files.Where(f => f.Instruments is not null).SelectMany(f => f.Instruments!.Instruments))
            {
                if (instruments.TryGetValue(instrument.Key, out var first))
                {
                    Report(DiagnosticIds.Duplicate, instrument.Span, "instrument key", instrument.Key, first.Span.ToString());
                    continue;
                }

                instruments[instrument.Key] = instrument;
                CheckLevel(instrument.Level);
                foreach (var fact in new[] { instrument.TitleZh, instrument.TitleEn, instrument.Level, instrument.Issuers, instrument.Issued, instrument.Effective, instrument.Status, instrument.Url, instrument.Binding })
                {
                    CheckFact(fact);
                }
            }

            var links = new List<LinkedInstrumentLink>();
            var ids = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            foreach (var link in _files.Where(f => f.Instruments is not null).SelectMany(f => f.Instruments!.Links))
            {
                if (ids.TryGetValue(link.Id, out var first))
                {
                    Report(DiagnosticIds.Duplicate, link.Span, "instrument link ID", link.Id, first.ToString());
                    continue;
                }

                ids[link.Id] = link.Span;
                CheckSources(link.Sources, link.Span);
                foreach (var target in link.Targets)
                {
                    if (!instruments.ContainsKey(target.Instrument))
                    {
                        Report(DiagnosticIds.DanglingReference, target.Span, "instrument", target.Instrument, "an instrument of catalog/instruments.yaml");
                    }
                }

                foreach (var element in link.Elements)
                {
                    var colon = element.Value.IndexOf(':');
                    var edition = colon < 0 ? element.Value : element.Value.Substring(0, colon);
                    if (!_editions.TryGetValue(edition, out var index))
                    {
                        Report(DiagnosticIds.DanglingReference, element.Span, "edition", edition, "an edition of catalog/editions/");
                        continue;
                    }

                    string? elementId = null;
                    if (colon >= 0)
                    {
                        var target = index.Resolve(element.Value.Substring(colon + 1));
                        if (target is null)
                        {
                            Report(DiagnosticIds.DanglingReference, element.Span, "element", element.Value, "an element of edition " + edition + " (an edition-pinned clause or key such as \"2.0:5.3\")");
                            continue;
                        }

                        elementId = target.Id;
                    }

                    foreach (var target in link.Targets)
                    {
                        // A parallel runs both ways whatever the row says (a row such as L20 mixes parallels and operationalisations).
                        var direction = target.Relation == "parallel" ? "both" : link.Direction;
                        links.Add(new LinkedInstrumentLink(link.Id, edition, elementId, target.Instrument, target.Relation, direction, link.Basis, link.Sources, link.Note));
                    }
                }
            }

            return new LinkedInstruments(
                levels.Values.OrderBy(l => l.Rank ?? int.MaxValue).ThenBy(l => l.Key, StringComparer.Ordinal).ToEquatableArray(),
                instruments.Values.ToEquatableArray(),
                links.ToEquatableArray());
        }
    }
}
