namespace AiGov.Catalog.Tests.Catalog;

/// <summary>
/// One rule for every lookup, on the whole catalogue and on one edition: <c>Find</c> throws
/// <see cref="KeyNotFoundException"/> for an unknown ID and <see cref="ArgumentException"/> for an empty one;
/// <c>TryFind</c> returns false for both; null is <see cref="ArgumentNullException"/> for both.
/// </summary>
public sealed class FindRuleTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    /// <summary>The lookups under test: the whole catalogue's and one edition's, by the same signature.</summary>
    public static TheoryData<string> Scopes() => new() { "catalogue", "edition" };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Find_returns_the_element_in_every_id_form(string scope)
    {
        foreach (var id in new[] { "1.0:3.2.3.a", "1.0:3.2.3(a)", "1.0:information-cocoons" })
        {
            Find(scope, id).Id.Should().Be("1.0:3.2.3.a");
            TryFind(scope, id, out var found).Should().BeTrue();
            found!.Id.Should().Be("1.0:3.2.3.a");
        }
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void An_unknown_id_throws_from_Find_and_is_false_from_TryFind(string scope)
    {
        var find = () => Find(scope, "1.0:3.2.3.z");

        find.Should().Throw<KeyNotFoundException>().WithMessage("*'1.0:3.2.3.z'*IDs look like*");
        TryFind(scope, "1.0:3.2.3.z", out var missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    [Theory]
    [InlineData("catalogue", "")]
    [InlineData("catalogue", "   ")]
    [InlineData("catalogue", "\t")]
    [InlineData("edition", "")]
    [InlineData("edition", " ")]
    public void An_empty_id_is_an_argument_error_for_Find_and_false_for_TryFind(string scope, string id)
    {
        var find = () => Find(scope, id);

        find.Should().Throw<ArgumentException>().Which.Should().NotBeOfType<ArgumentNullException>();
        TryFind(scope, id, out _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void A_null_id_is_an_argument_null_error_for_both(string scope)
    {
        var find = () => Find(scope, null!);
        var tryFind = () => TryFind(scope, null!, out _);

        find.Should().Throw<ArgumentNullException>();
        tryFind.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void An_edition_does_not_find_another_editions_element_and_says_which_edition_it_is()
    {
        var edition = Catalog.Edition(Edition.V2_0);

        var find = () => edition.Find("1.0:3.2.3.a");

        find.Should().Throw<KeyNotFoundException>().WithMessage("Edition 2.0 has no element with the ID '1.0:3.2.3.a'*");
        Catalog.Find("1.0:3.2.3.a").Should().NotBeNull("the whole catalogue has it");
    }

    [Fact]
    public void Typed_Find_follows_the_same_rule_in_both_scopes()
    {
        var edition = Catalog.Edition(Edition.V1_0);

        edition.Find<Risk>("1.0:3.2.3(a)").Should().BeSameAs(Catalog.Find<Risk>("1.0:3.2.3(a)"));
        var wrongType = () => edition.Find<Measure>("1.0:3.2.3.a");
        wrongType.Should().Throw<InvalidCastException>().WithMessage("*Risk, not a Measure*");
        var unknown = () => edition.Find<Risk>("1.0:3.2.3.z");
        unknown.Should().Throw<KeyNotFoundException>();
        var empty = () => Catalog.Find<Risk>(string.Empty);
        empty.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Sources_follow_the_same_rule()
    {
        Catalog.FindSource("SRC-04").Id.Should().Be("SRC-04");
        Catalog.TryFindSource("SRC-04", out var source).Should().BeTrue();
        source!.Id.Should().Be("SRC-04");
        var unknown = () => Catalog.FindSource("SRC-999");
        unknown.Should().Throw<KeyNotFoundException>().WithMessage("*SRC-999*");
        var empty = () => Catalog.FindSource(" ");
        empty.Should().Throw<ArgumentException>();
        Catalog.TryFindSource(string.Empty, out _).Should().BeFalse();
    }

    private static CatalogElement Find(string scope, string id) =>
        scope == "catalogue" ? Catalog.Find(id) : Catalog.Edition(Edition.V1_0).Find(id);

    private static bool TryFind(string scope, string id, out CatalogElement? element) =>
        scope == "catalogue" ? Catalog.TryFind(id, out element) : Catalog.Edition(Edition.V1_0).TryFind(id, out element);
}
