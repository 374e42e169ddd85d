using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiGov.Catalog.Serialization;

/// <summary>
/// The crosswalk part of a data file: target frameworks with their terms, and mapping sets whose subjects are elements
/// of the file's editions and whose objects are terms of the file's frameworks. Optional: a file written before the
/// crosswalks has none, and its catalogue has no frameworks and no mapping sets (never the compiled ones).
/// </summary>
internal sealed partial class CatalogDocumentBuilder
{
    private CrosswalkData CrosswalksOf(CrosswalksDto? d, ImmutableArray<EditionCatalog> editions)
    {
        if (d is null)
        {
            return CrosswalkData.Empty;
        }

        var path = _root.Property("crosswalks");
        var frameworks = new Dictionary<string, TargetFramework>(StringComparer.Ordinal);
        var frameworkList = Each(d.Frameworks, path, "frameworks", (f, p) =>
        {
            var framework = FrameworkOf(f, p);
            if (framework is null)
            {
                return null;
            }

            var pinned = framework.ToString();
            if (frameworks.ContainsKey(pinned))
            {
                Problem(p.Property("version"), "'" + pinned + "' is defined twice");
                return null;
            }

            frameworks[pinned] = framework;
            return framework;
        });

        var setIds = new HashSet<string>(StringComparer.Ordinal);
        var sets = Each(d.MappingSets, path, "mappingSets", (s, p) =>
        {
            var set = SetOf(s, p, frameworks, editions);
            if (set is not null && !setIds.Add(set.Id))
            {
                Problem(p.Property("id"), "'" + set.Id + "' is defined twice");
                return null;
            }

            return set;
        });

        return new CrosswalkData(frameworkList.ToArray(), sets.ToArray());
    }

    private TargetFramework? FrameworkOf(TargetFrameworkDto f, JsonPath path)
    {
        var before = _problems.Count;
        var id = Required(f.Id, path, "id");
        var version = Required(f.Version, path, "version");
        var idPattern = Required(f.IdPattern, path, "idPattern");
        Regex? pattern = null;
        if (idPattern.Length > 0)
        {
            try
            {
                pattern = new Regex(idPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                Problem(path.Property("idPattern"), "'" + idPattern + "' is not a regular expression");
            }
        }

        var termIds = new HashSet<string>(StringComparer.Ordinal);
        var terms = Each(f.Terms, path, "terms", (t, p) =>
        {
            var termId = Required(t.Id, p, "id");
            if (termId.Length == 0)
            {
                return null;
            }

            if (!termIds.Add(termId))
            {
                Problem(p.Property("id"), "'" + termId + "' is a duplicate term ID");
                return null;
            }

            if (pattern is not null && !pattern.IsMatch(termId))
            {
                Problem(p.Property("id"), "'" + termId + "' does not fit the framework's idPattern " + idPattern);
            }

            return new FrameworkTerm(termId, Required(t.Kind, p, "kind"), t.Parent, t.Title, t.Statement);
        });

        for (var i = 0; i < terms.Length; i++)
        {
            if (terms[i].ParentId is { } parent && !termIds.Contains(parent))
            {
                Problem(path.Property("terms").Item(i).Property("parent"), "'" + parent + "' is not a term of the framework");
            }
        }

        var framework = new TargetFramework(
            id,
            version,
            Required(f.Title, path, "title"),
            Required(f.Publisher, path, "publisher"),
            Required(f.Licence, path, "licence"),
            Required(f.Citation, path, "citation"),
            Required(f.Url, path, "url"),
            Required(f.Prefix, path, "prefix"),
            Required(f.BaseIri, path, "baseIri"),
            idPattern,
            terms.ToArray());
        return _problems.Count > before ? null : framework;
    }

    private MappingSet? SetOf(MappingSetDto s, JsonPath path, Dictionary<string, TargetFramework> frameworks, ImmutableArray<EditionCatalog> editions)
    {
        var before = _problems.Count;
        var id = Required(s.Id, path, "id");
        var edition = EditionOf(s.Edition, path.Property("edition"));
        var frameworkId = Required(s.Framework, path, "framework");
        var frameworkVersion = Required(s.FrameworkVersion, path, "frameworkVersion");
        frameworks.TryGetValue(frameworkId + "@" + frameworkVersion, out var framework);
        if (framework is null && frameworkId.Length > 0 && frameworkVersion.Length > 0)
        {
            Problem(path.Property("framework"), "'" + frameworkId + "@" + frameworkVersion + "' is not a framework of the file's crosswalks");
        }

        var editionCatalog = edition is { } e ? editions.FirstOrDefault(c => c.Edition == e) : null;
        if (edition is not null && editionCatalog is null)
        {
            Problem(path.Property("edition"), "'" + edition + "' is not an edition of the file");
        }

        var mappings = Each(s.Mappings, path, "mappings", (m, p) => MappingOf(m, p, framework, editionCatalog));
        var title = Required(s.Title, path, "title");
        var version = Required(s.Version, path, "version");
        var date = Required(s.Date, path, "date");
        var licence = Required(s.Licence, path, "licence");
        var authors = Strings(s.Authors, path, "authors");
        if (s.Authors is null)
        {
            Problem(path.Property("authors"), "is missing");
        }

        if (_problems.Count > before || framework is null || edition is null)
        {
            return null;
        }

        return new MappingSet(id, edition.Value.ToString(), framework, title, version, date, licence, authors.ToArray(), s.Citation, mappings.ToArray());
    }

    private CrosswalkMapping? MappingOf(CrosswalkMappingDto m, JsonPath path, TargetFramework? framework, EditionCatalog? edition)
    {
        var subject = Required(m.Subject, path, "subject");
        if (subject.Length > 0 && edition is not null && (!edition.TryFind(subject, out var element) || element.Id != subject))
        {
            Problem(path.Property("subject"), "'" + subject + "' is not the canonical ID of an element of edition " + edition.Edition);
        }

        var predicateText = Required(m.Predicate, path, "predicate");
        var predicate = MappingPredicate.RelatedMatch;
        if (predicateText.Length > 0 && !TryParsePredicate(predicateText, out predicate))
        {
            Problem(path.Property("predicate"), "'" + predicateText + "' is not a mapping predicate (skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch or skos:relatedMatch)");
        }

        if (m.Negated is null)
        {
            Problem(path.Property("negated"), "is missing");
        }

        var objectId = Required(m.Object, path, "object");
        if (objectId.Length > 0 && framework is not null && !framework.TryFindTerm(objectId, out _))
        {
            Problem(path.Property("object"), "'" + objectId + "' is not a term of " + framework);
        }

        if (m.Confidence is { } confidence && !(confidence >= 0 && confidence <= 1))
        {
            Problem(path.Property("confidence"), "must be a number from 0 to 1");
        }

        return new CrosswalkMapping(
            subject,
            predicate,
            m.Negated ?? false,
            objectId,
            Required(m.Justification, path, "justification"),
            Required(m.Author, path, "author"),
            m.Confidence,
            Required(m.Rationale, path, "rationale"),
            m.Evidence);
    }

    private static bool TryParsePredicate(string curie, out MappingPredicate predicate)
    {
        var all = new[] { MappingPredicate.ExactMatch, MappingPredicate.CloseMatch, MappingPredicate.BroadMatch, MappingPredicate.NarrowMatch, MappingPredicate.RelatedMatch };
        foreach (var candidate in all)
        {
            if (candidate.ToCurie() == curie)
            {
                predicate = candidate;
                return true;
            }
        }

        predicate = default;
        return false;
    }
}
