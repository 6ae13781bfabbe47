using System.Linq;
using System.Reflection;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// One name, one meaning: actor names are compared by code point at build time (KB0701) and at run time (Actors.Get), so
/// letters outside the Basic Multilingual Plane (mathematical Fraktur, CJK Extension B) are neither dropped nor confused.
/// </summary>
public class NameLookupTests
{
    private const string Facts = """
        {
          "sources": [ { "id": "paper", "kind": "report", "title": "Paper" } ],
          "actors": [
            { "id": "fraktur-a", "kind": "organisation", "name": "Team 𝔄𝔟𝔠", "sources": [ { "source": "paper" } ] },
            { "id": "fraktur-d", "kind": "organisation", "name": "Team 𝔇𝔢𝔣", "sources": [ { "source": "paper" } ] },
            { "id": "cjk-one", "kind": "organisation", "name": "𠀀𠀁", "sources": [ { "source": "paper" } ] },
            { "id": "cjk-two", "kind": "organisation", "name": "𠀂𠀃", "sources": [ { "source": "paper" } ] }
          ]
        }
        """;

    [Fact]
    public void Names_that_differ_only_in_astral_letters_find_different_actors_at_run_time()
    {
        var assembly = KnowledgeHarness.Run([("/k/facts.json", Facts)]).Load();
        var actors = assembly.GetType("UserProject.Actors", throwOnError: true)!;
        var get = actors.GetMethod("Get", [typeof(string)])!;
        var tryGet = actors.GetMethod("TryGet", [typeof(string), typeof(Actor).MakeByRefType()])!;
        string IdOf(string name) => ((Actor)Invoke(get, name)!).Id;

        Assert.Equal("fraktur-a", IdOf("Team 𝔄𝔟𝔠"));
        Assert.Equal("fraktur-d", IdOf("team  𝔇𝔢𝔣!"));
        Assert.Equal("cjk-one", IdOf("𠀀𠀁"));
        Assert.Equal("cjk-two", IdOf("𠀂𠀃"));
        object?[] args = ["Team 𝔊𝔥𝔦", null];
        Assert.False((bool)Invoke(tryGet, args)!);
        Assert.False((bool)Invoke(tryGet, ["Team", null])!);
    }

    [Fact]
    public void An_actors_own_astral_name_passes_KB0701_and_another_does_not()
    {
        var run = KnowledgeHarness.Run([("/k/facts.json", Facts)], userCode: """
            namespace UserCode
            {
                public static class Program
                {
                    public static object Known() => UserProject.Actors.Get("Team 𝔄𝔟𝔠");
                    public static object KnownCjk() => UserProject.Actors.Get("𠀂𠀃");
                    public static object Unknown() => UserProject.Actors.Get("Team 𝔊𝔥𝔦");
                }
            }
            """);

        var lookup = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "KB0701");
        Assert.StartsWith("'Team 𝔊𝔥𝔦' is not the id, name or alias of any actor", lookup.GetMessage());
    }

    [Fact]
    public void Normalising_keeps_astral_letters_and_drops_what_is_no_letter() =>
        Assert.Equal(
            ["team𝔄𝔟𝔠", "𠀀𠀁", "abc", "a1"],
            new[] { "Team 𝔄𝔟𝔠", "𠀀 𠀁", "A\ud800B\udc00C 🚀", "a-1" }.Select(FactTableFormat.NormaliseName).ToArray());

    private static object? Invoke(MethodInfo method, params object?[] args) => method.Invoke(null, args);
}
