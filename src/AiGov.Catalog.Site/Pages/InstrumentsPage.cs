using System.Collections.Immutable;
using System.Linq;
using static AiGov.Catalog.Site.Html.Html;

namespace AiGov.Catalog.Site.Pages;

/// <summary>
/// The registry of related instruments: every law, rule, standard and initiative with each fact's status and sources
/// (conflicts shown, not resolved), and the framework elements linked to it.
/// </summary>
internal static class InstrumentsPage
{
    public static SiteFile Render(SiteContext site)
    {
        var catalog = site.Catalog;
        var p = new PageBuilder(site, SiteUrls.Instruments, "Related instruments");
        p.Line("<h1>Related instruments</h1>");
        p.Line("<p>The laws, rules, standards and initiatives that sit beside the framework. The framework itself binds no one; "
            + "the links below say which of its risks and measures an instrument covers. Most links are the editors' reading "
            + "(editorial); a few are stated by a source. Every fact shows how sure it is and where it comes from; where sources "
            + "disagree, both claims are shown.</p>");
        foreach (var i in catalog.Instruments)
        {
            p.Line("<section class=\"instrument\" id=\"" + E(i.Key) + "\" aria-labelledby=\"h-" + E(i.Key) + "\">");
            p.Line("<h2 id=\"h-" + E(i.Key) + "\"><span class=\"t-zh\" lang=\"zh-Hans\">" + E(i.TitleZh.Value ?? "(Chinese title unknown)") + "</span>"
                + "<span class=\"t-sep\" aria-hidden=\"true\"> · </span><span class=\"t-en\" lang=\"en\">" + E(i.TitleEn.Value ?? "(English title unknown)") + "</span></h2>");
            p.Line("<dl class=\"facts\">");
            Fact(p, "Key", new[] { "<code>" + E(i.Key) + "</code>" });
            Fact(p, "Chinese title", i.TitleZh);
            Fact(p, "English title", i.TitleEn);
            Fact(p, "Type", i.Level);
            Fact(p, "Issuers", i.Issuers);
            Fact(p, "Issued", i.Issued);
            Fact(p, "Effective", i.Effective);
            Fact(p, "Status", i.Status);
            Fact(p, "Binding", i.Binding);
            Fact(p, "Location", i.Url);
            p.Line("</dl>");
            if (i.Links.Length > 0)
            {
                p.Line("<h3>Linked framework elements</h3>");
                p.Line("<ul>");
                foreach (var link in i.Links)
                {
                    var target = link.Element is { } element ? "Edition " + E(link.Edition.ToString()) + ": " + p.ElementLink(element) : "Edition " + E(link.Edition.ToString()) + " as a whole";
                    p.Line("<li>" + target + " — " + E(Relation(link)) + " " + PageBuilder.BasisMark(link.Basis)
                        + (link.Sources.IsEmpty ? string.Empty : " " + ElementPage.SourceLinks(p, link.Sources))
                        + " <span class=\"note\">" + E(link.Note) + "</span></li>");
                }

                p.Line("</ul>");
            }

            p.Line("</section>");
        }

        p.Legend();
        return new SiteFile(SiteUrls.Instruments, p.Finish(ImmutableArray.Create(("Home", SiteUrls.Home))));
    }

    /// <summary>The relation in words, read from the framework's side.</summary>
    public static string Relation(InstrumentLink link) => link.Relation switch
    {
        InstrumentRelation.Implements => link.Direction == LinkDirection.ElementToInstrument ? "the framework implements it" : "it implements the framework",
        InstrumentRelation.Operationalises => "it operationalises the framework's element",
        InstrumentRelation.Parallel => "parallel (covers the same ground; neither cites the other)",
        _ => link.Direction == LinkDirection.ElementToInstrument ? "cited by the framework" : "it cites the framework",
    };

    private static void Fact(PageBuilder p, string label, SourcedFact fact)
    {
        var parts = new[] { FactText(p, fact) }.Concat(fact.Conflicts.Select(c => "<span class=\"conflict\">conflicting claim: " + FactText(p, c) + "</span>"));
        Fact(p, label, parts);
    }

    private static void Fact(PageBuilder p, string label, System.Collections.Generic.IEnumerable<string> html) =>
        p.Line("<dt>" + E(label) + "</dt><dd>" + string.Join("<br>", html) + "</dd>");

    private static string FactText(PageBuilder p, SourcedFact fact) =>
        (fact.Value is { } v ? E(v switch { "true" => "yes", "false" => "no", _ => v }) : "<span class=\"missing\">unknown</span>")
        + (fact.Status == FactStatus.Unknown ? string.Empty : " <span class=\"fact-status\">(" + fact.Status.ToString().ToLowerInvariant() + ")</span>")
        + (fact.Sources.IsEmpty ? string.Empty : " " + ElementPage.SourceLinks(p, fact.Sources))
        + (fact.Note is { } n ? " <span class=\"note\">" + E(n) + "</span>" : string.Empty);
}
