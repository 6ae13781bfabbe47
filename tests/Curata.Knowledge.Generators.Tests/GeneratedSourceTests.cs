using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>The generated source for a small fixture matches the committed baselines, compiles cleanly, and is cached on re-run.</summary>
public class GeneratedSourceTests
{
    private static KnowledgeRun RunSmall() =>
        KnowledgeHarness.Run(Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small"))
            .Select(p => ("/project/knowledge/" + Path.GetFileName(p), File.ReadAllText(p))));

    [Fact]
    public void Small_fixture_matches_baselines_and_reruns_cached()
    {
        var run = RunSmall();

        Assert.Empty(run.KnowledgeDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Equal(
            ["Actors.g.cs", "EventTypes.g.cs", "Events.g.cs", "FactTable.g.cs", "KnowledgeBase.g.cs", "ParticipantRoles.g.cs", "Predicates.g.cs", "Relations.g.cs", "Sources.g.cs", "Statements.g.cs"],
            run.Sources.Keys.Order(System.StringComparer.Ordinal));
        foreach (var (hintName, source) in run.Sources) Baselines.Verify("Small", hintName, source);
        Incrementality.AssertUnrelatedEditIsCached(run);
    }

    [Fact]
    public void Internal_visibility_and_custom_namespace_are_applied()
    {
        var run = KnowledgeHarness.Run(Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small")).Select(p => (p, File.ReadAllText(p))),
            new System.Collections.Generic.Dictionary<string, string> { ["KnowledgeNamespace"] = "My.Facts", ["KnowledgeVisibility"] = "internal" });

        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains("namespace My.Facts", run.Sources["Actors.g.cs"]);
        Assert.Contains("internal static partial class Actors", run.Sources["Actors.g.cs"]);
        Assert.DoesNotContain("public static partial class", string.Concat(run.Sources.Values));
    }
}
