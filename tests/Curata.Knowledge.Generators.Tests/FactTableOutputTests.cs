using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Tests.Support;
using Xunit;

namespace Curata.Knowledge.Generators.Tests;

// The fact table is an implementation output: a build's compile writes it, an editor's (which only checks the code) does not,
// and the API the code is checked against is the same either way.
public class FactTableOutputTests
{
    private const string UserCode = "namespace UserCode { public static class Program { public static object Main() => UserProject.Actors.HarbourMilitia; } }";

    private static IEnumerable<(string Path, string Text)> Small() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small")).Select(p => (p, File.ReadAllText(p)));

    [Fact]
    public void An_editors_run_leaves_out_the_fact_table_and_the_code_still_compiles_against_the_same_API()
    {
        var build = KnowledgeHarness.Run(Small(), userCode: UserCode);
        var editor = KnowledgeHarness.Run(Small(), userCode: UserCode, editor: true);

        Assert.Contains(KnowledgeEmitter.FactTableHintName, build.Sources.Keys);
        Assert.DoesNotContain(KnowledgeEmitter.FactTableHintName, editor.Sources.Keys);
        Assert.Empty(editor.CompileDiagnostics);
        Assert.Equal(build.Sources.Where(s => s.Key != KnowledgeEmitter.FactTableHintName), editor.Sources);
        // The facts are checked all the same: the analyzer reads the files, not the table.
        Assert.Equal(build.KnowledgeDiagnostics.Select(d => d.ToString()), editor.KnowledgeDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_program_compiled_without_the_fact_table_says_so_when_first_used()
    {
        var editor = KnowledgeHarness.Run(Small(), userCode: UserCode, editor: true);
        var graph = editor.Load().GetType("UserProject.KnowledgeBase", throwOnError: true)!.GetProperty("Graph")!;

        var error = Assert.Throws<TargetInvocationException>(() => graph.GetValue(null));

        var cause = error.InnerException is TypeInitializationException init ? init.InnerException : error.InnerException;
        Assert.IsType<InvalidOperationException>(cause);
        Assert.Contains("without its fact table", cause!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_builds_run_opens_its_fact_table()
    {
        var build = KnowledgeHarness.Run(Small(), userCode: UserCode);
        var graph = (KnowledgeGraph)build.Load().GetType("UserProject.KnowledgeBase", throwOnError: true)!.GetProperty("Graph")!.GetValue(null)!;

        Assert.Contains(graph.Actors, a => a.Id == "harbour-militia");
    }
}
