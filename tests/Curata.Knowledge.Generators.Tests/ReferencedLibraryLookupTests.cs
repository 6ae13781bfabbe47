using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// Constant ids are checked wherever C# names them: in a project that only references a library holding the knowledge
/// (KB0701 from the ids the library's generated classes carry), and in runtime APIs that take an id as a string.
/// </summary>
public class ReferencedLibraryLookupTests
{
    private static MetadataReference Library()
    {
        var run = KnowledgeHarness.Run(Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small")).Select(p => (p, File.ReadAllText(p))));
        Assert.Empty(run.CompileDiagnostics);
        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static ImmutableArray<Diagnostic> App(string code)
    {
        var app = CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "Program.cs")],
            KnowledgeHarness.References.Append(Library()), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(app.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        // The app has no knowledge files of its own, as a real app that references the library has none.
        return KnowledgeHarness.RunAnalyzer(app, ImmutableArray<AdditionalText>.Empty);
    }

    [Fact]
    public void An_apps_lookup_of_an_unknown_id_in_a_referenced_library_is_KB0701()
    {
        var diagnostics = App("""
            public static class Program
            {
                public static object Known() => UserProject.Actors.Get("northland");
                public static object ByName() => UserProject.Actors.Get("Harbor Militia");
                public static object Unknown() => UserProject.Actors.Get("northlnd");
                public static object Vessel() => UserProject.Vessels.Get("sea-lrk");
            }
            """);

        Assert.Equal(
            ["Program.cs(5,62): error KB0701: 'northlnd' is not the id, name or alias of any actor; did you mean 'northland'?",
             "Program.cs(6,62): error KB0701: 'sea-lrk' is not the id of any vessel; did you mean 'sea-lark'?"],
            diagnostics.Select(d => d.ToString()).Order());
    }

    [Fact]
    public void A_runtime_api_that_takes_a_term_id_checks_its_constant()
    {
        var diagnostics = App("""
            using System.Linq;
            public static class Program
            {
                public static int Targets() => UserProject.Events.RaidOnPort.ActorsInRole("target").Count();
                public static int Typo() => UserProject.Events.RaidOnPort.ActorsInRole("tagret").Count();
                public static object Type() => UserProject.KnowledgeBase.Graph.Vocabulary.EventType("airstrke");
            }
            """);

        Assert.Equal(
            ["Program.cs(5,76): error KB0701: 'tagret' is not the id of any participant role; did you mean 'target'?",
             "Program.cs(6,89): error KB0701: 'airstrke' is not the id of any event type; did you mean 'airstrike'?"],
            diagnostics.Select(d => d.ToString()).Order());
    }
}
