using System.Globalization;
using AiGov.Catalog.Site.Tests.Infrastructure;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Site.Tests;

/// <summary>The generated files, without a browser: one page per element, deterministic, strict HTML, links that resolve.</summary>
public sealed class SiteGeneratorTests
{
    [Fact]
    public void Every_element_of_every_edition_has_its_own_page()
    {
        var paths = GeneratedSite.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var edition in GovernanceCatalog.Default.Editions)
        {
            var pages = paths.Count(p => p.StartsWith("e/" + edition.Edition + "/", StringComparison.Ordinal));
            // element pages + the edition's index, matrix and coverage pages
            pages.Should().Be(edition.Elements.Length + 3, "edition " + edition.Edition + " has " + edition.Elements.Length + " elements");
            foreach (var element in edition.Elements)
            {
                paths.Should().Contain("e/" + edition.Edition + "/" + element.Id.Substring(element.Id.IndexOf(':') + 1) + ".html");
            }
        }
    }

    [Fact]
    public void Edition_1_0_has_a_risk_page_for_each_of_the_26_risks_of_the_reference()
    {
        // ../shared/reference/edition-1.0.md §12 "Counts": risks 26 = 13 inherent + 13 application.
        var riskPages = GeneratedSite.Pages.Where(f => f.Path.StartsWith("e/1.0/", StringComparison.Ordinal) && f.Content.Contains("<p class=\"kicker\">Risk · edition 1.0</p>", StringComparison.Ordinal));
        riskPages.Should().HaveCount(26);
        GeneratedSite.File("e/1.0/index.html").Content.Split("<span class=\"kind\">Risk</span>").Length.Should().Be(26 + 1, "the edition's tree lists every risk");
    }

    [Fact]
    public void Inline_titles_in_lists_and_trees_keep_their_caveats()
    {
        // 1.0:5.7's English title is our translation; 3.0:2.2.1's Chinese title is partial (SRC-53 only).
        var measure = GovernanceCatalog.Default.Find("1.0:5.7");
        measure.Title.En.Status.Should().Be(TitleStatus.Translation);
        GeneratedSite.File("e/1.0/3.1.1.a.html").Content.Should().Contain(measure.Title.En.Text + " <span class=\"caveat\" lang=\"en\"");
        var agents = GovernanceCatalog.Default.Find("3.0:2.2.1");
        agents.Title.Zh.Status.Should().Be(TitleStatus.Partial);
        GeneratedSite.File("e/3.0/index.html").Content.Should().Contain(agents.Title.Zh.Text + " <span class=\"caveat\" lang=\"en\" title=\"");
        GeneratedSite.File("e/3.0/index.html").Content.Should().Contain(">(unconfirmed)</span>").And.Contain(">(our translation)</span>");
    }

    [Fact]
    public void The_instrument_registry_has_a_section_per_instrument_and_elements_link_to_theirs()
    {
        var catalog = GovernanceCatalog.Default;
        var page = GeneratedSite.File("instruments.html").Content;
        foreach (var instrument in catalog.Instruments)
        {
            page.Should().Contain("<section class=\"instrument\" id=\"" + instrument.Key + "\"");
        }

        page.Split("<section class=\"instrument\"").Length.Should().Be(catalog.Instruments.Length + 1);
        page.Should().Contain("class=\"mark m-stated\"", "L1-L3 are stated by a source (related-instruments.md)");
        var linked = catalog.InstrumentLinks.Where(l => l.Element is not null).ToList();
        linked.Should().NotBeEmpty();
        foreach (var link in linked)
        {
            var elementPage = GeneratedSite.File(SiteUrl(link.Element!)).Content;
            elementPage.Should().Contain("<h2>Related instruments</h2>").And.Contain("instruments.html#" + link.InstrumentKey + "\"");
        }
    }

    private static string SiteUrl(CatalogElement element) => "e/" + element.Edition + "/" + element.Id.Substring(element.Id.IndexOf(':') + 1) + ".html";

    [Fact]
    public void The_home_page_counts_each_kind_in_plain_english_plurals()
    {
        var home = GeneratedSite.File("index.html").Content;
        home.Should().Contain(" 2 appendices,", "edition 2.0 has Appendix 1 and Appendix 2");
        home.Should().NotContain("appendixs").And.NotContain("categorys");
        foreach (var kind in Enum.GetValues(typeof(ElementKind)).Cast<ElementKind>().Where(k => k.ToString().Count(char.IsUpper) > 1))
        {
            home.Should().NotContain(" " + kind.ToString().ToLowerInvariant() + "s,", "a kind reads as words, never as its identifier");
        }
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_cultures()
    {
        var first = SiteGenerator.Render(GovernanceCatalog.Default, new Uri("https://example.org/aigov/"));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");
            var second = SiteGenerator.Render(GovernanceCatalog.Default, new Uri("https://example.org/aigov/"));
            second.Select(f => f.Path).Should().Equal(first.Select(f => f.Path));
            for (var i = 0; i < first.Length; i++)
            {
                second[i].Content.Should().Be(first[i].Content, first[i].Path + " must not depend on the run or the culture");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Every_page_is_strict_well_formed_html_with_unique_ids()
    {
        var problems = new List<string>();
        foreach (var page in GeneratedSite.Pages)
        {
            problems.AddRange(HtmlChecker.Check(page.Content, out _, out _).Select(p => page.Path + " " + p));
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_checker_catches_what_it_is_for()
    {
        HtmlChecker.Check("<!DOCTYPE html>\n<p id=\"a\" id=\"b\">x</p>", out _, out _).Should().ContainSingle().Which.Should().Contain("repeats the attribute id");
        HtmlChecker.Check("<!DOCTYPE html>\n<p id=\"a\">x</p><p id=\"a\">y</p>", out _, out _).Should().ContainSingle().Which.Should().Contain("used twice");
        HtmlChecker.Check("<!DOCTYPE html>\n<div><p>x</div>", out _, out _).Should().NotBeEmpty();
        HtmlChecker.Check("<!DOCTYPE html>\n<p>a & b</p>", out _, out _).Should().ContainSingle().Which.Should().Contain("bare &");
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_file_and_anchor_of_the_site()
    {
        var idsByPage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var hrefsByPage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var page in GeneratedSite.Pages)
        {
            HtmlChecker.Check(page.Content, out var ids, out var hrefs);
            idsByPage[page.Path] = ids;
            hrefsByPage[page.Path] = hrefs;
        }

        var files = GeneratedSite.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (page, hrefs) in hrefsByPage)
        {
            foreach (var href in hrefs)
            {
                href.Should().NotStartWith("/", "links are relative so that the site works under a sub-path and from file:// (" + page + ")");
                if (href.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#');
                var target = hash == 0 ? page : Resolve(page, hash < 0 ? href : href.Substring(0, hash));
                var fragment = hash < 0 ? null : href.Substring(hash + 1);
                checkedLinks++;
                if (!files.Contains(target))
                {
                    broken.Add(page + " → " + href + " (no file " + target + ")");
                }
                else if (fragment is not null && !idsByPage[target].Contains(fragment))
                {
                    broken.Add(page + " → " + href + " (no id " + fragment + " in " + target + ")");
                }
            }
        }

        broken.Should().BeEmpty();
        checkedLinks.Should().BeGreaterThan(GeneratedSite.Pages.Count() * 5);
    }

    [Fact]
    public void Pages_reference_no_external_resource()
    {
        foreach (var page in GeneratedSite.Pages)
        {
            page.Content.Should().NotContainAny(new[] { "src=\"http", "href=\"http://", "@import", "fonts.googleapis" }, page.Path + " must work offline");
            page.Content.Should().NotMatchRegex("<link[^>]+href=\"https?:(?![^>]*rel=\"canonical\")");
        }
    }

    [Fact]
    public void Base_url_gives_canonical_links_and_a_sitemap_and_no_absolute_navigation()
    {
        var files = SiteGenerator.Render(GovernanceCatalog.Default, new Uri("https://example.org/aigov/"));
        var home = files.Single(f => f.Path == "index.html").Content;
        home.Should().Contain("<link rel=\"canonical\" href=\"https://example.org/aigov/index.html\">");
        var sitemap = files.Single(f => f.Path == "sitemap.xml").Content;
        sitemap.Should().Contain("<loc>https://example.org/aigov/e/1.0/3.1.1.a.html</loc>");
        files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Should().OnlyContain(f => !f.Content.Contains("href=\"https://example.org/aigov/", StringComparison.Ordinal) || f.Content.Contains("rel=\"canonical\"", StringComparison.Ordinal));
        GeneratedSite.Files.Should().NotContain(f => f.Path == "sitemap.xml", "without a base URL there is nothing absolute to list");
    }

    [Fact]
    public void Generate_refuses_a_non_empty_folder_unless_forced_and_leaves_no_temporary_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aigov-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");
            var refuse = () => SiteGenerator.Generate(GovernanceCatalog.Default, new SiteOptions { OutputDirectory = folder });
            refuse.Should().Throw<IOException>().WithMessage("*not empty*");
            Directory.EnumerateFileSystemEntries(folder).Should().ContainSingle("nothing is written when refused");

            var files = SiteGenerator.Generate(GovernanceCatalog.Default, new SiteOptions { OutputDirectory = folder, Force = true });
            File.ReadAllText(Path.Combine(folder, "keep.txt")).Should().Be("mine");
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Should().HaveCount(files.Length + 1)
                .And.NotContain(f => f.EndsWith(".tmp", StringComparison.Ordinal));
            File.ReadAllText(Path.Combine(folder, "e", "1.0", "3.1.1.a.html")).Should().Be(files.Single(f => f.Path == "e/1.0/3.1.1.a.html").Content);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_title_with_no_source_shows_unknown_and_an_english_title_of_ours_shows_our_translation()
    {
        var element = GovernanceCatalog.Default.Find("2.0:3.2.4.a");
        element.Title.Zh.Text.Should().BeNull("the reference gives no Chinese title for it");
        element.Title.En.Status.Should().Be(TitleStatus.Translation);
        var page = GeneratedSite.File("e/2.0/3.2.4.a.html").Content;
        page.Should().Contain("<dt>Chinese title</dt><dd class=\"t-zh-row\"><span class=\"missing\">unknown</span> <a class=\"badge b-unknown\"");
        page.Should().Contain("<a class=\"badge b-translation\" href=\"#legend\" title=\"Our translation:");
        page.Should().Contain("<h2 id=\"legend\">Legend</h2>");
    }

    [Theory]
    [InlineData("index.html", "home")]
    [InlineData("e/1.0/3.1.1.a.html", "risk-1.0-3.1.1.a")]
    [InlineData("e/2.0/3.2.4.a.html", "risk-2.0-3.2.4.a")]
    public void Pages_match_their_snapshot(string path, string name)
    {
        Snapshot.Match(GeneratedSite.File(path).Content, name, "html");
    }

    private static string Resolve(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
