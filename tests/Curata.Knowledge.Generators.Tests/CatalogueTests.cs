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

    /// <summary>
    /// An editor's early answer for an edited fact (<see cref="Checks.EditedFactCheck"/>) reports, inside the fact, what the
    /// full check does for every rule judged from the fact and what it names, and leaves the rest to the full check. So every
    /// descriptor is on one side, or never reported inside a fact: a new one fails here until its author decides which.
    /// </summary>
    [Fact]
    public void Every_descriptor_is_judged_from_a_fact_and_what_it_names_or_left_to_the_full_check_or_never_in_a_fact()
    {
        var fromTheFact = new[]
        {
            "KB0001", "KB0002", "KB0003", "KB0004", "KB0005", "KB0006", "KB0007", "KB0008", "KB0009", "KB0010", // reading it
            "KB0101", "KB0103", // its id: defined elsewhere too (the early answer then leaves it), or a reserved name
            "KB0201", "KB0202", "KB0203", "KB0502", // what it names
            "KB0301", "KB0302", "KB0303", "KB0304", "KB0305", // its dates against those of what it names
            "KB0404", "KB0410", "KB0501", "KB0503", "KB0505", "KB0804", // its own values, citations and quotations
        };
        var neverInAFact = new[]
        {
            "KB0701", "KB0702", // C# code
            "KB0801", "KB0802", "KB0803", // declarations
            "KB0901", "KB0902", "KB0903", // options and .editorconfig
        };
        var wholeBase = Checks.EditedFactCheck.WholeBaseRules;
        Assert.Empty(fromTheFact.Intersect(wholeBase).Concat(neverInAFact.Intersect(wholeBase)).Concat(fromTheFact.Intersect(neverInAFact)));
        Assert.Equal(DiagnosticDescriptors.ById.Keys.OrderBy(k => k), fromTheFact.Concat(neverInAFact).Concat(wholeBase).OrderBy(k => k));
    }

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
