using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog.Internal;

/// <summary>The consistency rules behind <see cref="GovernanceCatalog.Validate"/>.</summary>
internal static class CatalogValidator
{
    public static ImmutableArray<string> Check(GovernanceCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var edition in catalog.Editions)
        {
            foreach (var element in edition.Elements)
            {
                CheckParent(edition, element, problems);
                CheckSources(catalog, element.Id, element.Provenance.Sources, problems);
                if (element is Measure measure)
                {
                    foreach (var address in measure.Addresses)
                    {
                        edition.TryFind(address.TargetId, out var target);
                        if (target is not (Risk or RiskSubcategory or RiskCategory))
                        {
                            problems.Add(element.Id + ": addresses '" + address.TargetId + "', which is not a risk, sub-category or category of edition " + edition.Edition + ".");
                        }
                    }
                }

                if (element is Risk { Measures.IsEmpty: true, UnaddressedNote: null })
                {
                    problems.Add(element.Id + ": no measure addresses this risk and it has no note saying why.");
                }
            }

            foreach (var source in edition.Info.OfficialSources)
            {
                CheckSources(catalog, "edition " + edition.Edition, ImmutableArray.Create(source), problems);
            }
        }

        foreach (var lineage in catalog.Lineages)
        {
            var name = "lineage " + lineage.From + "→" + lineage.To;
            if (!catalog.TryGetEdition(lineage.From, out var from) || !catalog.TryGetEdition(lineage.To, out var to))
            {
                problems.Add(name + ": an edition is missing from the catalogue.");
                continue;
            }

            foreach (var link in lineage.Links)
            {
                if (link.FromId is not null && !from.ContainsCanonical(link.FromId))
                {
                    problems.Add(name + ": '" + link.FromId + "' is not an element of edition " + lineage.From + ".");
                }

                foreach (var id in link.ToIds)
                {
                    if (!to.ContainsCanonical(id))
                    {
                        problems.Add(name + ": '" + id + "' is not an element of edition " + lineage.To + ".");
                    }
                }

                CheckSources(catalog, name, link.Evidence, problems);
            }
        }

        return problems.ToImmutableArray();
    }

    private static void CheckParent(EditionCatalog edition, CatalogElement element, List<string> problems)
    {
        if (element.ParentId is null)
        {
            if (element is not (Section or Appendix))
            {
                problems.Add(element.Id + ": a " + element.Kind + " needs a parent.");
            }

            return;
        }

        edition.TryFind(element.ParentId, out var parent);
        var ok = element switch
        {
            Risk => parent is RiskSubcategory,
            RiskSubcategory => parent is RiskCategory,
            GuidelineItem => parent is GuidelineSet,
            GradingFactor or RiskGrade or AppendixPhase or AppendixMeasureGroup => parent is Appendix or AppendixPart,
            AppendixPart => parent is Appendix,
            AppendixMeasure => parent is AppendixMeasureGroup,
            MeasureGroup => parent is Section or MeasureGroup,
            Measure => parent is Section or MeasureGroup,
            _ => parent is Section,
        };
        if (!ok)
        {
            problems.Add(element.Id + ": parent '" + element.ParentId + "' is " + (parent is null ? "missing" : "a " + parent.Kind) + ".");
        }
    }

    private static void CheckSources(GovernanceCatalog catalog, string owner, ImmutableArray<string> sources, List<string> problems)
    {
        foreach (var source in sources)
        {
            if (!catalog.TryFindSource(source, out _))
            {
                problems.Add(owner + ": cites the unknown source " + source + ".");
            }
        }
    }
}
