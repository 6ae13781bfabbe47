using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// Every diagnostic in the catalogue is documented and release-tracked, and nothing is documented that the catalogue lacks:
/// a new rule that forgets one of them fails here (its rule test is required by <see cref="RuleTests"/>).
/// </summary>
public class CatalogueTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

    private static readonly string Releases = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generators", "Curata.Knowledge.Generators", "AnalyzerReleases.Unshipped.md"));

    [Fact]
    public void Every_descriptor_has_a_docs_section_a_table_row_and_a_release_row_that_agree_with_it()
    {
        foreach (var descriptor in DiagnosticDescriptors.ById.Values)
        {
            var id = descriptor.Id;
            var title = descriptor.Title.ToString();
            Assert.Contains($"<a id=\"{id.ToLowerInvariant()}\"></a>\n## {id}: {title}\n", Docs.ReplaceLineEndings("\n"));
            Assert.Contains($"| {id} | {descriptor.DefaultSeverity} | {descriptor.Category} | [{title}](#{id.ToLowerInvariant()}) |", Docs);
            Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {title}", Releases);
            Assert.EndsWith("#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Nothing_is_documented_or_tracked_that_the_catalogue_lacks()
    {
        var documented = Regex.Matches(Docs, "<a id=\"(kb\\d{4})\"></a>").Select(m => m.Groups[1].Value.ToUpperInvariant());
        var tracked = Regex.Matches(Releases, "^(KB\\d{4}) \\|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        Assert.Empty(documented.Concat(tracked).Where(id => !DiagnosticDescriptors.ById.ContainsKey(id)).Distinct());
    }
}
