using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Curata.Knowledge.Tool.Tests.Explore;

/// <summary>Every page of the explorer is written for a reader: no ids, no date notation, no enum names.</summary>
public sealed class ExplorerWordingTests : IClassFixture<ExplorerSites>
{
    private readonly ExplorerSites _sites;

    public ExplorerWordingTests(ExplorerSites sites) => _sites = sites;

    [Theory]
    [InlineData("seed")]
    [InlineData("conflict-events")]
    public void No_page_shows_an_id_a_date_in_notation_or_an_enum_name(string knowledgeBase)
    {
        var site = knowledgeBase == "seed" ? _sites.Seed : _sites.ConflictEvents;
        var ids = Directory.GetFiles(Path.Combine(site, "facts"), "*.html").Select(Path.GetFileNameWithoutExtension)
            .Where(id => id!.Count(c => c == '-') >= 2).ToList();
        Assert.NotEmpty(ids);

        foreach (var page in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Where(p => !p.EndsWith("search.html")))
        {
            var text = RenderedPage.TextOf(File.ReadAllText(page));
            Assert.DoesNotMatch(@"\d{4}-\d{2}|~\d|\.\.|\bNewsArticle\b|\bArmedGroup\b", text);
            Assert.DoesNotContain(ids, id => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(id!)}(?![\w-])"));
            Assert.DoesNotMatch(@"\([^()]*\([^()]*\)[^()]*\)", text);
            Assert.DoesNotMatch(@"(\d{1,2} [A-Z][a-z]+ \d{4}), \1\b", text);
        }
    }

    [Fact]
    public void Explore_writes_the_site_and_says_where()
    {
        var output = Directory.CreateTempSubdirectory("curata-explore-command-").FullName;
        try
        {
            var knowledge = Path.Combine(Path.GetDirectoryName(_sites.Harbour)!, "harbour-knowledge");

            var exit = Program.Main(["explore", knowledge, "--output", output]);

            Assert.Equal(0, exit);
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
            Assert.True(File.Exists(Path.Combine(output, "facts", "petrov-will-not-sign.html")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
