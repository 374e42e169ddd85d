namespace AiGov.Catalog.Tests.Catalog;

/// <summary>
/// <see cref="Title.ToString"/> and <see cref="CatalogElement.ToString"/> keep the caveats (issue #12, point 8): our
/// translation never reads as an official title; <see cref="Title.Display"/> is the bare text, and says so.
/// </summary>
public sealed class TitleDisplayTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void An_element_whose_english_title_is_our_translation_says_so()
    {
        var risk = Catalog.Find("2.0:3.1.1.a");
        risk.Title.En.Status.Should().Be(TitleStatus.Translation, "the premise: no 2.0 risk title is known");

        risk.ToString().Should().Be("2.0:3.1.1.a " + risk.Title.En.Text + " (our translation)");
        risk.Title.ToString().Should().EndWith(" (our translation)");
    }

    [Fact]
    public void Verified_titles_are_shown_as_they_are()
    {
        Catalog.Find("1.0:3.1.1.a").ToString().Should().Be("1.0:3.1.1.a 可解释性差的风险 / Risks of explainability");
    }

    [Fact]
    public void Every_translated_or_partial_title_carries_its_marker_and_display_stays_bare()
    {
        var elements = Catalog.Editions.SelectMany(e => e.Elements).ToList();
        var translated = elements.Where(e => e.Title.En is { Text: not null, Status: TitleStatus.Translation }).ToList();
        var partial = elements.Where(e => e.Title.Zh is { Text: not null, Status: TitleStatus.Partial }).ToList();

        translated.Should().NotBeEmpty();
        partial.Should().NotBeEmpty();
        foreach (var e in translated)
        {
            e.ToString().Should().Contain(e.Title.En.Text + " (our translation)");
            e.Title.Display.Should().Be(e.Title.En.Text, "Display is the bare text, documented as dropping the marker");
        }

        foreach (var e in partial)
        {
            e.Title.ToString().Should().StartWith(e.Title.Zh.Text + " (unconfirmed)");
        }
    }

    [Fact]
    public void An_untitled_element_says_so()
    {
        var measure = Catalog.Find("1.0:4.1.1.a");
        measure.Title.Zh.Text.Should().BeNull();
        measure.Title.En.Text.Should().BeNull();

        measure.ToString().Should().Be("1.0:4.1.1.a (untitled)");
    }
}
