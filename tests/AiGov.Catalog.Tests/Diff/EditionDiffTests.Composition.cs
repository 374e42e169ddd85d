using System;
using System.Linq;

namespace AiGov.Catalog.Tests.Diff;

public partial class EditionDiffTests
{
    [Fact]
    public void Lineages_compose_along_the_chain_of_editions()
    {
        var catalog = SyntheticCatalog.Create();
        var diff = catalog.Diff(SyntheticCatalog.V1, SyntheticCatalog.V3);
        diff.Lineages.Select(l => l.From + "→" + l.To).Should().Equal("1.0→2.0", "2.0→3.0");

        Composed(diff, "1.0:3.1.1.a").Should().Be((ChangeKind.Moved, "3.0:3.1.1.z")); // same, then renumbered
        Composed(diff, "1.0:3.1.1.b").Should().Be((ChangeKind.Reworded, "3.0:3.1.1.b")); // split, then merged back at the same place
        Composed(diff, "1.0:3.1.1.c").Should().Be((ChangeKind.Removed, string.Empty));
        Composed(diff, "1.0:3.1.1.d").Should().Be((ChangeKind.Merged, "3.0:3.1.1.d"));
        Composed(diff, "1.0:3.1.1.e").Should().Be((ChangeKind.Merged, "3.0:3.1.1.d"));
        Composed(diff, "1.0:5.1").Should().Be((ChangeKind.Unchanged, "3.0:5.1"));
        Composed(diff, "1.0:5.2").Should().Be((ChangeKind.Removed, string.Empty));

        diff.Entries.Where(e => e.ChangeKind == ChangeKind.Added).SelectMany(e => e.After).Select(e => e.Id)
            .Should().Equal("3.0:3.1.1.e", "3.0:3.1.1.f", "3.0:5.3"); // x added in 2.0 and kept; y and 5.3 added in 3.0

        var split = diff.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.1.1.b"));
        split.Links.Should().HaveCount(3, "b → b1 and b2, then each into m");
        split.Also.Should().Equal(ChangeKind.Split, ChangeKind.Merged);
        split.Note.Should().Contain("1.0→2.0 (1.0:3.1.1.b): Test link").And.Contain("2.0→3.0 (2.0:3.1.1.c): Test link");
        split.MeasureChanges!.Dropped.Select(m => m.Id).Should().Equal("1.0:5.1");
        split.MeasureChanges.New.Select(m => m.Id).Should().Equal("3.0:5.3");

        var kept = diff.Entries.Single(e => e.Before.Any(b => b.Id == "1.0:3.1.1.a")).MeasureChanges!;
        kept.Shared.Select(s => s.ToString()).Should().Equal("1.0:5.1 → 3.0:5.1");

        var x = diff.Entries.Single(e => e.After.Any(a => a.Id == "3.0:3.1.1.e"));
        x.Links.Select(l => l.Relation).Should().Equal(LineageRelation.Added, LineageRelation.Same);
    }

    [Fact]
    public void A_composed_diff_read_backwards_is_its_mirror_image()
    {
        var catalog = SyntheticCatalog.Create();
        AssertMirror(catalog.Diff(SyntheticCatalog.V1, SyntheticCatalog.V3), catalog.Diff(SyntheticCatalog.V3, SyntheticCatalog.V1));
        AssertMirror(catalog.Diff(SyntheticCatalog.V2, SyntheticCatalog.V3), catalog.Diff(SyntheticCatalog.V3, SyntheticCatalog.V2));
    }

    [Fact]
    public void Editions_that_no_chain_of_lineages_connects_cannot_be_diffed()
    {
        var catalog = SyntheticCatalog.Create(withSecondLineage: false);
        var act = () => catalog.Diff(SyntheticCatalog.V1, SyntheticCatalog.V3);
        act.Should().Throw<InvalidOperationException>().WithMessage("No chain of lineages connects edition 1.0 to edition 3.0*1.0→2.0*");
        catalog.Diff(SyntheticCatalog.V2, SyntheticCatalog.V1).Entries.Should().NotBeEmpty();
    }

    private static (ChangeKind, string) Composed(EditionDiff diff, string id)
    {
        var entry = diff.Entries.Single(e => e.Before.Any(b => b.Id == id));
        return (entry.ChangeKind, string.Join(", ", entry.After.Select(a => a.Id)));
    }
}
