using System.Linq;

namespace AiGov.Catalog.Tests.Diff;

public partial class EditionDiffTests
{
    [Fact]
    public void The_reverse_diff_is_the_mirror_image()
    {
        Backward.From.Should().Be(Edition.V2_0);
        Backward.To.Should().Be(Edition.V1_0);
        Backward.Entries.Should().HaveSameCount(Forward.Entries);
        AssertMirror(Forward, Backward);
    }

    [Fact]
    public void Reversing_swaps_added_with_removed_and_split_with_merged_and_keeps_other_counts()
    {
        foreach (var kind in Forward.Kinds.Union(Backward.Kinds))
        {
            foreach (var change in EditionDiff.AllChangeKinds)
            {
                Backward.Count(kind, change).Should().Be(Forward.Count(kind, Mirrored(change)), "{0} {1}", kind, change);
            }
        }

        Backward.Count(ChangeKind.Removed).Should().Be(16);
        Backward.Count(ChangeKind.Added).Should().Be(3);
        Backward.Count(ChangeKind.Merged).Should().Be(5);
        Backward.Count(ChangeKind.Split).Should().Be(3);
    }

    [Fact]
    public void A_split_read_backwards_is_one_merged_entry()
    {
        var entry = Backward.Entries.Single(e => e.After.Any(a => a.Id == "1.0:3.2.4.b"));
        entry.ChangeKind.Should().Be(ChangeKind.Merged);
        entry.Also.Should().Equal(ChangeKind.Moved);
        entry.Before.Select(e => e.Id).Should().Equal("2.0:social-order-challenge", "2.0:employment-shock", "2.0:education-and-innovation");
        entry.After.Should().ContainSingle();

        var added = Backward.Entries.Single(e => e.Before.Any(b => b.Id == "2.0:1.5"));
        added.ChangeKind.Should().Be(ChangeKind.Removed);
        added.After.Should().BeEmpty();
    }

    internal static void AssertMirror(EditionDiff diff, EditionDiff reverse)
    {
        reverse.From.Should().Be(diff.To);
        reverse.To.Should().Be(diff.From);
        foreach (var entry in diff.Entries)
        {
            var mirror = reverse.Entries.Single(e => e.Links.SequenceEqual(entry.Links) && e.Before.SequenceEqual(entry.After) && e.After.SequenceEqual(entry.Before));
            mirror.Kind.Should().Be(entry.Kind);
            mirror.ChangeKind.Should().Be(Mirrored(entry.ChangeKind));
            mirror.Also.Should().Equal(entry.Also.Select(Mirrored));
            mirror.Confidence.Should().Be(entry.Confidence);
            mirror.Basis.Should().Be(entry.Basis);
            mirror.Evidence.Should().Equal(entry.Evidence);
            mirror.Note.Should().Be(entry.Note);
            mirror.FieldChanges.Select(c => (c.Field, c.Before, c.After)).Should().Equal(entry.FieldChanges.Select(c => (c.Field, c.After, c.Before)));
            if (entry.MeasureChanges is { } measures)
            {
                var back = mirror.MeasureChanges!;
                back.Shared.Select(s => s.Before.Id + ">" + s.After.Id).Should().BeEquivalentTo(measures.Shared.Select(s => s.After.Id + ">" + s.Before.Id));
                back.New.Should().Equal(measures.Dropped);
                back.Dropped.Should().Equal(measures.New);
                back.CounterpartNotMapped.Select(s => s.After.Id + ">" + s.Before.Id).Should().BeEquivalentTo(measures.CounterpartNotMapped.Select(s => s.Before.Id + ">" + s.After.Id));
                back.UntrackedBefore.Should().Equal(measures.UntrackedAfter);
                back.UntrackedAfter.Should().Equal(measures.UntrackedBefore);
            }
            else
            {
                mirror.MeasureChanges.Should().BeNull();
            }
        }

        reverse.Untracked.Select(u => (u.Kind, Ids(u.Before), Ids(u.After))).Should().Equal(diff.Untracked.Select(u => (u.Kind, Ids(u.After), Ids(u.Before))));
    }

    private static string Ids(System.Collections.Immutable.ImmutableArray<CatalogElement> elements) => string.Join(",", elements.Select(e => e.Id));

    private static ChangeKind Mirrored(ChangeKind change) => change switch
    {
        ChangeKind.Added => ChangeKind.Removed,
        ChangeKind.Removed => ChangeKind.Added,
        ChangeKind.Split => ChangeKind.Merged,
        ChangeKind.Merged => ChangeKind.Split,
        _ => change,
    };
}
