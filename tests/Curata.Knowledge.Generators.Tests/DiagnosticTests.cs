using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>The foundation's diagnostics: where they point and what they say.</summary>
public class DiagnosticTests
{
    private const string Vocabulary = """
        { "eventTypes": [ { "id": "attack", "name": "Attack" } ], "participantRoles": [ { "id": "perpetrator", "name": "perpetrator" } ] }
        """;

    private const string Source = """{ "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ] }""";

    [Fact]
    public void An_id_denied_its_member_in_one_class_keeps_its_member_in_another()
    {
        // The event type 'event-types' would be EventTypes.EventTypes (KB0103); the actor with the same id is another fact in
        // another class and keeps Actors.EventTypes.
        const string facts = """
            {
              "eventTypes": [ { "id": "event-types", "name": "Event types" } ],
              "actors": [ { "id": "event-types", "kind": "organisation", "name": "The Event Types Bureau", "sources": [ { "source": "paper" } ] } ]
            }
            """;
        const string userCode = "namespace UserCode { public static class Program { public static string Name() => UserProject.Actors.EventTypes.Name; } }";

        var run = KnowledgeHarness.Run([("/k/facts.json", facts), ("/k/source.json", Source)], userCode: userCode);

        Assert.Equal(["KB0103"], run.KnowledgeDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.Id));
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain("EventType EventTypes =>", run.Sources["EventTypes.g.cs"]);
    }

    [Fact]
    public void Malformed_json_is_reported_at_the_offending_token_and_earlier_facts_survive()
    {
        const string broken = """
            {
              "actors": [
                { "id": "alice", "kind": "person", "name": "Alice", "sources": [ { "source": "paper" } ] },
                { "id": "bob", "kind": "person" "name": "Bob" }
              ]
            }
            """;
        var run = KnowledgeHarness.Run([("/k/actors.json", broken), ("/k/source.json", Source)]);

        DiagnosticAssert.Single(run.KnowledgeDiagnostics, "KB0001", "/k/actors.json", 4, 37, "Malformed JSON: Unexpected '\"'; expected ',' or '}'.");
        Assert.Contains("public static global::Curata.Knowledge.Actor Alice", run.Sources["Actors.g.cs"]);
        Assert.DoesNotContain(" Bob ", run.Sources["Actors.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Unknown_reference_names_the_closest_existing_id()
    {
        const string facts = """
            {
              "actors": [ { "id": "hadi-al-ameri", "kind": "person", "name": "Hadi al-Ameri", "sources": [ { "source": "paper" } ] } ],
              "statements": [
                { "id": "no-talks", "speaker": "hadi-al-amiri", "mode": "quotation", "text": "No.", "sources": [ { "source": "paper" } ] }
              ]
            }
            """;
        var run = KnowledgeHarness.Run([("/k/facts.json", facts), ("/k/source.json", Source)]);

        DiagnosticAssert.Single(run.KnowledgeDiagnostics, "KB0201", "/k/facts.json", 4, 36,
            "No actor has the id 'hadi-al-amiri'; did you mean 'hadi-al-ameri'?");
        Assert.DoesNotContain("NoTalks", run.Sources["Statements.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Duplicate_id_points_at_both_definitions()
    {
        const string first = """{ "actors": [ { "id": "iran", "kind": "state", "name": "Iran", "sources": [ { "source": "paper" } ] } ] }""";
        const string second = """
            {
              "events": [ { "id": "iran", "type": "attack", "name": "Something", "sources": [ { "source": "paper" } ] } ]
            }
            """;
        var run = KnowledgeHarness.Run([("/k/a.json", first), ("/k/b.json", second), ("/k/source.json", Source), ("/k/vocabulary.json", Vocabulary)]);

        var diagnostic = DiagnosticAssert.Single(run.KnowledgeDiagnostics, "KB0101", "/k/b.json", 2, 23, "The id 'iran' is already defined at /k/a.json(1,23)");
        var also = diagnostic.AdditionalLocations.Single().GetLineSpan();
        Assert.Equal(("/k/a.json", 0, 22), (also.Path, also.StartLinePosition.Line, also.StartLinePosition.Character));
        Assert.Contains(" Iran ", run.Sources["Actors.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Invalid_option_value_is_a_diagnostic_and_the_default_is_used()
    {
        var run = KnowledgeHarness.Run([("/k/source.json", Source)],
            new System.Collections.Generic.Dictionary<string, string> { ["KnowledgeVisibility"] = "protected", ["KnowledgeNamespace"] = "2bad" });

        var messages = run.GeneratorDiagnostics.Where(d => d.Id == "KB0901").Select(d => d.GetMessage()).Order().ToArray();
        Assert.Equal(
            [
                "The MSBuild property KnowledgeNamespace has the invalid value '2bad'; it must be a C# namespace such as 'MyCompany.Facts'; using 'UserProject'",
                "The MSBuild property KnowledgeVisibility has the invalid value 'protected'; it must be 'public' or 'internal'; using 'public'",
            ], messages);
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Id == "KB0901"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains("public static partial class Sources", run.Sources["Sources.g.cs"]);
        Assert.Contains("namespace UserProject", run.Sources["Sources.g.cs"]);
    }

    [Fact]
    public void A_valid_fact_in_a_file_with_errors_is_still_generated()
    {
        const string facts = """
            {
              "actors": [
                { "id": "alice", "kind": "person", "name": "Alice", "sources": [ { "source": "paper" } ] },
                { "id": "bob", "kind": "person", "name": 5, "sources": [ { "source": "paper" } ] }
              ],
              "statements": [
                { "id": "alice-speaks", "speaker": "alice", "mode": "quotation", "text": "Hello.", "sources": [ { "source": "paper" } ] },
                { "id": "bob-speaks", "speaker": "bob", "mode": "quotation", "text": "Hi.", "sources": [ { "source": "paper" } ] },
                { "id": "nobody-speaks", "speaker": "carol", "mode": "quotation", "text": "?", "sources": [ { "source": "paper" } ] }
              ]
            }
            """;
        var run = KnowledgeHarness.Run([("/k/facts.json", facts), ("/k/source.json", Source)]);

        // Bob's name is not a string, and Carol does not exist; a statement by the rejected Bob is not reported a second time.
        Assert.Equal(["KB0002", "KB0201"], run.KnowledgeDiagnostics.Select(d => d.Id).Order());
        Assert.Contains(" Alice ", run.Sources["Actors.g.cs"]);
        Assert.Contains(" AliceSpeaks ", run.Sources["Statements.g.cs"]);
        Assert.DoesNotContain("BobSpeaks", run.Sources["Statements.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Each_problem_is_reported_once_and_by_the_analyzer_only()
    {
        var run = KnowledgeHarness.Run([("/k/facts.json", """{ "actors": [ { "id": "x", "kind": "person", "name": "X", "sources": [ { "source": "nowhere" } ] } ] }""")]);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id.StartsWith("KB"));
        var reported = run.AnalyzerDiagnostics.Select(d => d.ToString()).ToArray();
        Assert.Equal(reported.Distinct().Count(), reported.Length);
        Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "KB0502");
    }

    [Fact]
    public void A_project_on_an_old_language_version_gets_one_clear_error_instead_of_uncompilable_code()
    {
        var texts = new[] { (AdditionalText)new InMemoryAdditionalText("/k/source.json", Source) }.ToImmutableArray();
        var compilation = KnowledgeHarness.Compilation();
        var driver = CSharpGeneratorDriver.Create([new KnowledgeGenerator().AsSourceGenerator()], texts,
            new CSharpParseOptions(LanguageVersion.CSharp10), new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>()));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        var error = Assert.Single(diagnostics, d => d.Id == "KB0902");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.StartsWith("The knowledge base was not generated: the project compiles C# 10.0, and the generated code needs C# 11 or later", error.GetMessage());
        Assert.Equal(compilation.SyntaxTrees.Count(), output.SyntaxTrees.Count());
    }

    [Fact]
    public void A_project_without_knowledge_files_gets_no_generated_api()
    {
        var run = KnowledgeHarness.Run([], new System.Collections.Generic.Dictionary<string, string> { ["KnowledgeVisibility"] = "protected" });

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.AnalyzerDiagnostics);
    }
}
