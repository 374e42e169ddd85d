using AiGov.Catalog.Site.Tests.Infrastructure;

namespace AiGov.Catalog.Site.Tests;

/// <summary>
/// The crosswalk pages (issue 16): a page per target framework with its registry facts and terms, each term with the
/// elements mapped to it (the reverse lookup), considered non-matches shown as such; and a Mappings section on every
/// element page that has crosswalk rows, MIT's codings credited to MIT with their CC BY citation.
/// </summary>
public sealed class CrosswalkPagesTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    private static string PageOf(CatalogElement element) => "e/" + element.Edition + "/" + element.Id.Substring(element.Id.IndexOf(':') + 1) + ".html";

    private static string PageOf(TargetFramework framework) => "crosswalks/" + framework.Id + "-" + framework.Version + ".html";

    [Fact]
    public void Every_framework_has_a_page_with_its_registry_facts_and_a_row_per_term()
    {
        Catalog.Frameworks.Should().HaveCount(5, "NIST AI RMF, NIST AI 600-1, MIT, EU AI Act and ISO/IEC 42001 (crosswalks/README.md)");
        var index = GeneratedSite.File("crosswalks/index.html").Content;
        foreach (var framework in Catalog.Frameworks)
        {
            index.Should().Contain("href=\"" + framework.Id + "-" + framework.Version + ".html\"");
            var page = GeneratedSite.File(PageOf(framework)).Content;
            page.Should().Contain("<h1>" + Encode(framework.Title) + "</h1>");
            foreach (var fact in new[] { framework.Publisher, framework.Licence, framework.Citation, framework.Url })
            {
                page.Should().Contain(Encode(fact), framework.Id + " shows its registry facts");
            }

            page.Split("<tr id=\"t-").Length.Should().Be(framework.Terms.Length + 1, framework.Id + " has " + framework.Terms.Length + " terms");
        }

        GeneratedSite.File("index.html").Content.Should().Contain("<a href=\"crosswalks/index.html\">Crosswalks</a>", "the navigation leads to the crosswalks");
    }

    [Fact]
    public void A_term_lists_the_elements_mapped_to_it_and_a_considered_non_match_as_such()
    {
        // MIT sub-domain 2.2: 1.0 3.1.1(d), 3.1.1(f), 3.1.3(a), 3.1.3(b), 3.2.1(e) (MIT) and four 2.0 risks (editorial).
        var mit = Catalog.FindFramework("mit-ai-risk-repository");
        var page = GeneratedSite.File(PageOf(mit)).Content;
        var row = Row(page, "t-2.2");
        var rows = Catalog.MappedFrom("mit-ai-risk-repository", "2.2");
        rows.Should().HaveCountGreaterThanOrEqualTo(9);
        row.Split("<li>").Length.Should().Be(rows.Length + 1);
        foreach (var mapping in rows)
        {
            row.Should().Contain("href=\"../" + PageOf(Catalog.Find(mapping.SubjectId)!) + "\"");
        }

        row.Should().Contain("falls under (the term is broader)").And.Contain("by MIT AI Risk Initiative");

        // 2.0 research ethics was considered against MIT 6.5 and does not match (2.0 MIT set).
        var negated = Catalog.Crosswalk("mit-ai-risk-repository").Where(m => m.IsNegated).ToList();
        negated.Should().Contain(m => m.SubjectId == "2.0:research-ethics" && m.ObjectId == "6.5");
        Row(page, "t-6.5").Should().Contain("research-ethics.html").And.Contain("<span class=\"pred negated\">considered, does not match</span>");
        page.Split("considered, does not match").Length.Should().Be(negated.Count + 1);
        Row(page, "t-7.5").Should().Contain("<span class=\"missing\">—</span>", "nothing maps to 7.5");
    }

    [Fact]
    public void An_elements_mappings_show_term_predicate_confidence_rationale_and_mits_credit()
    {
        var risk = Catalog.Find("1.0:3.1.1.a")!;
        var page = GeneratedSite.File(PageOf(risk)).Content;
        var section = page.Substring(page.IndexOf("<h2 id=\"mappings\">Mappings</h2>", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("<h2>", StringComparison.Ordinal));

        section.Should().Contain("<a href=\"../../crosswalks/mit-ai-risk-repository-v3.html#t-7.4\"><code>7.4@v3</code></a> Lack of transparency or interpretability");
        section.Should().Contain("falls under (the term is broader)").And.Contain("no confidence given").And.Contain("by MIT AI Risk Initiative (evidence 45.01.01)");
        section.Should().Contain("licence CC BY 4.0. Cite: Slattery, P., Saeri, A. K.");
        section.Should().Contain("<code>MEASURE 2.9@1.0</code>").And.Contain("is related to").And.Contain("confidence 0.7").And.Contain("by AiGov.Catalog contributors");
        section.Should().Contain(Encode(Catalog.MappingsOf(risk).Single(m => m.ObjectId == "MEASURE 2.9").Rationale));

        foreach (var element in Catalog.Editions.SelectMany(e => e.Elements))
        {
            var rows = Catalog.MappingsOf(element);
            var content = GeneratedSite.File(PageOf(element)).Content;
            if (rows.IsEmpty)
            {
                content.Should().NotContain("<h2 id=\"mappings\">", element.Id + " has no row");
            }
            else
            {
                content.Split("<ul class=\"mappings\">").Length.Should().Be(rows.Select(r => r.Set).Distinct().Count() + 1, element.Id);
                content.Split("<li><span class=\"pred").Length.Should().Be(rows.Length + 1, element.Id + " shows each of its rows");
            }
        }
    }

    [Fact]
    public void Iso_and_ai_act_terms_are_shown_by_id_and_title_only()
    {
        foreach (var id in new[] { "iso-iec-42001", "eu-ai-act" })
        {
            var framework = Catalog.FindFramework(id);
            framework.Terms.Should().OnlyContain(t => t.Statement == null && t.Title != null);
            var page = GeneratedSite.File(PageOf(framework)).Content;
            foreach (var term in framework.Terms)
            {
                page.Should().Contain("<code>" + Encode(term.PinnedId) + "</code></th><td>" + Encode(term.Kind) + "</td><td>" + Encode(term.Title) + "</td>");
            }
        }
    }

    private static string Row(string page, string anchor)
    {
        var start = page.IndexOf("<tr id=\"" + anchor + "\">", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, anchor + " has a row");
        return page.Substring(start, page.IndexOf("</tr>", start, StringComparison.Ordinal) - start);
    }

    private static string Encode(string? text) => (text ?? string.Empty).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
