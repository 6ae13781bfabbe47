using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// Cycles in events' causes and event types' parents are reported once each (KB0405), found without recursion in time linear
/// in the links, and the README's "what caused an event" recipe terminates on a knowledge base that has one.
/// </summary>
public class CycleTests
{
    private const string Vocabulary = """
        { "eventTypes": [ { "id": "attack", "name": "Attack" } ], "participantRoles": [ { "id": "target", "name": "target" } ] }
        """;

    private const string Source = """{ "sources": [ { "id": "paper", "kind": "report", "title": "Paper" } ] }""";

    private static string Event(string id, params string[] causes) =>
        $$"""{ "id": "{{id}}", "type": "attack", "name": "{{id.ToUpperInvariant()}}", "causes": [{{string.Join(", ", causes.Select(c => $"\"{c}\""))}}], "sources": [ { "source": "paper" } ] }""";

    private static KnowledgeRun Run(string events, string userCode = KnowledgeHarness.DefaultUserCode) =>
        KnowledgeHarness.Run([("/k/vocabulary.json", Vocabulary), ("/k/source.json", Source), ("/k/events.json", events)], userCode: userCode);

    [Fact]
    public void A_cycle_in_causes_is_reported_once_on_the_link_leaving_its_first_id()
    {
        var events = $$"""{ "events": [ {{Event("c", "a")}}, {{Event("a", "b")}}, {{Event("b", "c")}}, {{Event("d", "a")}} ] }""";
        var run = Run(events);

        var cycle = DiagnosticAssert.Single(run.KnowledgeDiagnostics, "KB0405", "/k/events.json", 1,
            events.IndexOf("\"causes\": [\"b\"]", StringComparison.Ordinal) + 12, "A cycle in 'causes': a -> b -> c -> a");
        Assert.Equal(DiagnosticSeverity.Error, cycle.Severity);
    }

    [Fact]
    public void Many_cycles_through_one_group_of_events_are_one_diagnostic_and_a_self_cause_is_one_too()
    {
        // Every event causes every other: 5 events, dozens of elementary cycles, one group.
        var ids = new[] { "v", "w", "x", "y", "z" };
        var events = "{ \"events\": [ " + string.Join(", ", ids.Select(i => Event(i, ids.Where(j => j != i).ToArray())))
            + ", " + Event("self", "self") + " ] }";
        var messages = Run(events).KnowledgeDiagnostics.Where(d => d.Id == "KB0405").Select(d => d.GetMessage()).ToArray();

        Assert.Equal(["A cycle in 'causes': self -> self", "A cycle in 'causes': v -> w -> v"], messages.Order());
    }

    [Fact]
    public void A_cycle_in_event_type_parents_is_reported()
    {
        const string vocabulary = """
            { "eventTypes": [ { "id": "attack", "name": "Attack" }, { "id": "raid", "name": "Raid", "parent": "strike" }, { "id": "strike", "name": "Strike", "parent": "raid" } ] }
            """;
        var run = KnowledgeHarness.Run([("/k/vocabulary.json", vocabulary), ("/k/source.json", Source)]);

        DiagnosticAssert.Single(run.KnowledgeDiagnostics, "KB0405", "/k/vocabulary.json", 1,
            vocabulary.IndexOf("\"strike\" }", StringComparison.Ordinal) + 1, "A cycle in 'parent': raid -> strike -> raid");
    }

    [Fact]
    public void Causes_without_a_cycle_are_not_reported()
    {
        var events = $$"""{ "events": [ {{Event("a", "b", "c")}}, {{Event("b", "c")}}, {{Event("c")}} ] }""";
        Assert.DoesNotContain(Run(events).KnowledgeDiagnostics, d => d.Id == "KB0405");
    }

    [Fact]
    public async Task A_million_links_are_checked_without_recursion()
    {
        // One chain of 1,000,000 causes closed into a cycle, plus a long chain leading into it: a recursive search would
        // overflow the stack; a quadratic one would not finish.
        const int count = 1_000_000;
        var location = new LocationInfo("/k/e.json", 0, 0, lines: null);
        var links = new Dictionary<string, IReadOnlyList<IdRef>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++) links["e" + i.ToString("D7")] = [new IdRef("e" + ((i + 1) % count).ToString("D7"), location)];
        for (var i = 0; i < count; i++) links["f" + i.ToString("D7")] = [new IdRef(i + 1 < count ? "f" + (i + 1).ToString("D7") : "e0000000", location)];

        var task = Task.Run(() => CycleRules.Cycles(links.Keys.ToList(), id => links[id], CancellationToken.None));
        Assert.True(await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(60))) == task, "the cycle search did not finish within a minute");

        var (cycle, first) = Assert.Single(await task);
        Assert.Equal(count + 1, cycle.Count);
        Assert.Equal(("e0000000", "e0000001", "e0000000"), (cycle[0], cycle[1], cycle[^1]));
        Assert.Equal("e0000001", first.Id);
    }

    [Fact]
    public async Task The_readme_recipe_for_what_caused_an_event_terminates_on_a_cycle()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("### What caused an event", StringComparison.Ordinal);
        var code = readme.Substring(readme.IndexOf("```csharp", start, StringComparison.Ordinal) + "```csharp".Length);
        code = code.Substring(0, code.IndexOf("```", StringComparison.Ordinal));
        code = code.Replace("Events.UsStrikeWesternIraq20240202", "Events.A");
        var userCode = $$"""
            using System.Collections.Generic;
            using System.Linq;
            using Curata.Knowledge;
            using UserProject;
            namespace UserCode
            {
                public static class Recipe
                {
                    public static List<string> Run()
                    {
                        {{code}}
                        return causes.ToList();
                    }
                }
            }
            """;
        var events = $$"""{ "events": [ {{Event("a", "b")}}, {{Event("b", "c", "d")}}, {{Event("c", "a")}}, {{Event("d")}} ] }""";
        var run = Run(events, userCode);
        Assert.Empty(run.CompileDiagnostics);

        var recipe = run.Load().GetType("UserCode.Recipe", throwOnError: true)!.GetMethod("Run")!;
        var task = Task.Run(() => (List<string>)recipe.Invoke(null, null)!);
        Assert.True(await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(30))) == task, "the recipe did not finish");

        Assert.Equal(["B ()", "  C ()", "    A ()", "  D ()"], await task);
    }
}
