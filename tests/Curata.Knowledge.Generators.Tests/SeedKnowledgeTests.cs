using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>The knowledge base under knowledge/ is clean, compiles cleanly, and feeds the sample's briefing.</summary>
public class SeedKnowledgeTests
{
    private static readonly KnowledgeRun Seed = KnowledgeHarness.RunFolder(Path.Combine(RepositoryPaths.Knowledge, "seed"));

    [Fact]
    public void Seed_raises_no_diagnostic_and_its_code_compiles_without_warnings()
    {
        Assert.Empty(Seed.KnowledgeDiagnostics.Select(d => d.ToString()));
        Assert.Empty(Seed.CompileDiagnostics.Select(d => d.ToString()));
        Assert.Empty(Seed.FullyAnalysedDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Seed_holds_the_facts_of_the_story()
    {
        Assert.True(Seed.Sources.TryGetValue("Actors.g.cs", out var actors));
        Assert.Contains("HadiAlAmeri", actors);
        Assert.Contains("MohammedShiaAlSudani", actors);
        Assert.Contains("We do not believe in negotiations", Seed.Sources["Statements.g.cs"]);
    }

    [Fact]
    public void Sample_briefing_is_computed_from_the_seed()
    {
        using var output = new StringWriter();

        Sample.Briefing.Write(output);

        var text = output.ToString();
        Assert.Contains("TIMELINE", text);
        Assert.Contains("  A news article published on 7 February 2024: ", text);
        Assert.Contains("  28 January 2024: Drone strike on US base in north-west Jordan. Killed: 3 \u2014 three US soldiers", text);
        Assert.Contains("  Around 2014: Islamic State seizes northern Iraq", text);
        Assert.Contains("  Since 2003: US troop presence in Iraq", text);
        Assert.Contains("  2 February 2024: US strike in western Iraq. Killed: 16 \u2014 16 Iraqis (no further description); another account: 16 \u2014 16 Iraqi soldiers", text);
        Assert.Contains("  From 17 October 2023: Iran-backed militia attacks on US bases. It happened at least 161 times", text);
        Assert.Contains("    Between 2 February and 7 February 2024, quoted: \u201CWe do not believe in negotiations\u201D", text);
        Assert.Contains("    By 7 February 2024, quoted: \u201CHe was very angry\u201D", text);
        Assert.Contains("    4 February 2024, quoted: \u201CViolence only begets violence\u201D Issued through the Office of the Prime Minister of Iraq.", text);
        Assert.Contains("  Iran \u2014 backs \u2014 Iran-backed Iraqi militias", text);
        Assert.Contains("  Iran-backed Iraqi militias \u2014 opposes \u2014 United States military, from 17 October 2023", text);
        Assert.Contains("  \u201CWe do not believe in negotiations\u201D \u2014 Iraq's balancing act between US and Iranian-backed forces frays after the February 2024 US strike, paragraph 21", text);
        // Nothing a reader would have to decode: no date notation, ids, enum names or brackets within brackets.
        Assert.DoesNotMatch(@"\d{4}-\d{2}|~\d|\.\.|\u00B6|news-article|NewsArticle|iraq-balancing-act|\[(quote|paraphrase)\]", text);
        Assert.DoesNotMatch(@"\([^()\n]*\(", text);
    }
}
