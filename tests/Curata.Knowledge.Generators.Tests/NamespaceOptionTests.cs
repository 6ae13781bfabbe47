using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// A KnowledgeNamespace (or RootNamespace) the generated code cannot compile in, or would compile in but be unreachable from
/// the enclosing namespace, is KB0901, and the code is generated in the fallback namespace instead; every namespace that is
/// accepted compiles.
/// </summary>
public class NamespaceOptionTests
{
    private const string Facts = """
        {
          "sources": [ { "id": "paper", "kind": "report", "title": "Paper" } ],
          "actors": [ { "id": "a", "kind": "state", "name": "A", "sources": [ { "source": "paper" } ] } ],
          "eventTypes": [ { "id": "attack", "name": "Attack" } ],
          "events": [ { "id": "e", "type": "attack", "name": "E", "participants": [ { "actor": "a" } ], "sources": [ { "source": "paper" } ] } ]
        }
        """;

    private static KnowledgeRun Run(Dictionary<string, string> properties) => KnowledgeHarness.Run([("/k/facts.json", Facts)], properties);

    public static TheoryData<string> Rejected => new()
    {
        "Curata.Knowledge",
        "Curata.Knowledge.Actor",
        "Curata.Knowledge.Facts",
        " Curata.Knowledge.Event ",
        "MyApp.Actors",
        "MyApp.Events.Data",
        "KnowledgeBase",
        "My.int.Facts",
        "My..Facts",
        new string('N', 513),
        new string('N', 1_100),
        "N" + new string('\u00D1', 256),
    };

    public static TheoryData<string> Accepted => new()
    {
        "Curata",
        "Curata.Facts",
        "Curata.KnowledgeBaseFacts",
        "MyApp.Curata.Knowledge",
        "MyApp.Actor",
        "MyApp.System",
        "Ñandú.Hechos",
        new string('N', 512),
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void A_namespace_the_generated_code_cannot_use_is_KB0901_and_the_fallback_compiles(string value)
    {
        var run = Run(new() { ["KnowledgeNamespace"] = value });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "KB0901");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("The MSBuild property KnowledgeNamespace has the invalid value '", diagnostic.GetMessage());
        Assert.EndsWith("; using 'UserProject'", diagnostic.GetMessage());
        Assert.Contains("namespace UserProject", run.Sources["Actors.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void An_accepted_namespace_is_used_and_compiles(string value)
    {
        var run = Run(new() { ["KnowledgeNamespace"] = value });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "KB0901");
        Assert.Contains($"namespace {value}", run.Sources["Actors.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void The_runtime_namespace_is_named_in_the_message()
    {
        var run = Run(new() { ["KnowledgeNamespace"] = "Curata.Knowledge.Actor" });

        Assert.Equal(
            "The MSBuild property KnowledgeNamespace has the invalid value 'Curata.Knowledge.Actor'; it is the runtime library's namespace 'Curata.Knowledge' or lies under it, where the generated code's references to the runtime's types could name the wrong thing (CS0118); choose a namespace outside 'Curata.Knowledge'; using 'UserProject'",
            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "KB0901").GetMessage());
    }

    [Fact]
    public void A_root_namespace_under_the_runtime_is_reported_when_no_knowledge_namespace_is_set()
    {
        var run = Run(new() { ["RootNamespace"] = "Curata.Knowledge.Extras" });

        var message = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "KB0901").GetMessage();
        Assert.StartsWith("The MSBuild property RootNamespace has the invalid value 'Curata.Knowledge.Extras'", message);
        Assert.EndsWith("set KnowledgeNamespace to choose the generated API's namespace; using 'Knowledge'", message);
        Assert.Contains("namespace Knowledge", run.Sources["Actors.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);

        var chosen = Run(new() { ["RootNamespace"] = "Curata.Knowledge.Extras", ["KnowledgeNamespace"] = "Extras.Facts" });
        Assert.DoesNotContain(chosen.GeneratorDiagnostics, d => d.Id == "KB0901");
        Assert.Contains("namespace Extras.Facts", chosen.Sources["Actors.g.cs"]);
    }

    [Fact]
    public void A_long_namespace_is_shortened_in_the_message()
    {
        var run = Run(new() { ["KnowledgeNamespace"] = new string('N', 1_100) });

        var message = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "KB0901").GetMessage();
        Assert.Contains("(1100 characters)'; it is 1100 bytes long", message);
        Assert.True(message.Length < 400, message);
    }
}
