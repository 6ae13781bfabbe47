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
        Assert.Contains("2024-01-28", text);
        Assert.Contains("[quote] \u201CWe do not believe in negotiations\u201D", text);
        Assert.Contains("Iran backs", text);
    }
}
