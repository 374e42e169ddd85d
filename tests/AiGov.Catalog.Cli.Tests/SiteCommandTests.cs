namespace AiGov.Catalog.Cli.Tests;

/// <summary><c>aigov site</c>: writes the static site, refuses a non-empty folder without --force, checks --base-url.</summary>
public sealed class SiteCommandTests
{
    [Fact]
    public void Site_writes_every_page_into_a_new_folder_with_a_sitemap_for_the_base_url()
    {
        var root = Cli.TempDirectory();
        try
        {
            var folder = Path.Combine(root, "site");
            var run = Cli.Run("site", "--out", folder, "--base-url", "https://example.org/aigov/");

            run.Exit.Should().Be(0, run.ToString());
            var elements = GovernanceCatalog.Default.Editions.Sum(e => e.Elements.Length);
            run.Output.Should().StartWith("Wrote the site to " + folder + ": ");
            File.Exists(Path.Combine(folder, "index.html")).Should().BeTrue();
            File.Exists(Path.Combine(folder, "e", "1.0", "3.2.3.a.html")).Should().BeTrue();
            Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count().Should().BeGreaterThan(elements);
            File.ReadAllText(Path.Combine(folder, "sitemap.xml")).Should().Contain("<loc>https://example.org/aigov/index.html</loc>");
            Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Site_refuses_a_folder_that_is_not_empty_unless_forced()
    {
        var folder = Cli.TempDirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

            var refused = Cli.Run("site", "--out", folder);
            refused.Exit.Should().Be(2, refused.ToString());
            refused.Error.Should().Be("aigov: the folder '" + folder + "' is not empty; use --force to write the site into it.\n");
            Directory.EnumerateFileSystemEntries(folder).Should().ContainSingle();

            var forced = Cli.Run("site", "--out", folder, "--force");
            forced.Exit.Should().Be(0, forced.ToString());
            File.ReadAllText(Path.Combine(folder, "notes.txt")).Should().Be("mine");
            File.Exists(Path.Combine(folder, "index.html")).Should().BeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Site_with_force_replaces_its_own_files_and_refuses_a_folder_where_a_page_goes_before_writing_anything()
    {
        var folder = Cli.TempDirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), "old");
            Cli.Run("site", "--out", folder, "--force").Exit.Should().Be(0);
            File.ReadAllText(Path.Combine(folder, "index.html")).Should().StartWith("<!DOCTYPE html>");

            var other = Cli.TempDirectory();
            Directory.CreateDirectory(Path.Combine(other, "sources.html"));
            var refused = Cli.Run("site", "--out", other, "--force");
            refused.Exit.Should().Be(2, refused.ToString());
            refused.Error.Should().Be("aigov: " + Path.Combine(other, "sources.html") + " is a folder: give a file name.\n");
            Directory.EnumerateFileSystemEntries(other).Should().ContainSingle("every path is checked before the first file is written");
            Directory.Delete(other, recursive: true);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("aigov/", "--base-url 'aigov/' is not an absolute URL")]
    [InlineData("not a url", "--base-url 'not a url' is not an absolute URL")]
    public void Site_rejects_a_base_url_that_is_not_absolute(string url, string message)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aigov-never-" + Guid.NewGuid().ToString("N"));
        var run = Cli.Run("site", "--out", folder, "--base-url", url);

        run.Exit.Should().Be(2, run.ToString());
        run.Error.Should().Contain(message);
        Directory.Exists(folder).Should().BeFalse("nothing is written when the options are wrong");
    }

    [Fact]
    public void Site_requires_out()
    {
        var run = Cli.Run("site");

        run.Exit.Should().Be(2);
        run.Error.Should().Contain("--out");
    }
}
