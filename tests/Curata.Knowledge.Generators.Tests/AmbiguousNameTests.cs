using System;
using System.Collections.Generic;
using System.Reflection;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// A name two actors share finds neither: at run time the generated <c>Get</c> says which actors share it, and a lookup that
/// finds nothing says what was searched.
/// </summary>
public class AmbiguousNameTests
{
    private const string Facts = """
        {
          "sources": [ { "id": "paper", "kind": "report", "title": "Paper" } ],
          "actors": [
            { "id": "houston-city", "kind": "organisation", "name": "Houston", "sources": [ { "source": "paper" } ] },
            { "id": "houston-county", "kind": "organisation", "name": "Harris County", "aliases": ["houston"], "sources": [ { "source": "paper" } ] },
            { "id": "dallas", "kind": "organisation", "name": "Dallas", "sources": [ { "source": "paper" } ] }
          ]
        }
        """;

    private static Exception Thrown(Type lookups, string text)
    {
        var get = lookups.GetMethod("Get", [typeof(string)])!;
        var thrown = Assert.Throws<TargetInvocationException>(() => get.Invoke(null, [text]));
        return thrown.InnerException!;
    }

    [Fact]
    public void A_shared_name_throws_naming_the_candidates_and_a_missing_one_says_what_was_searched()
    {
        var run = KnowledgeHarness.Run([("/k/facts.json", Facts)]);
        Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "KB0104");
        var assembly = run.Load();
        var actors = assembly.GetType("UserProject.Actors", throwOnError: true)!;

        var ambiguous = Assert.IsType<AmbiguousNameException>(Thrown(actors, "HOUSTON"));
        Assert.Equal(["houston-city", "houston-county"], ambiguous.Candidates);
        Assert.Equal("'HOUSTON' is a name or alias of more than one actor ('houston-city', 'houston-county'); look one up by its id.", ambiguous.Message);
        Assert.IsAssignableFrom<KeyNotFoundException>(ambiguous);

        var missing = Assert.IsType<KeyNotFoundException>(Thrown(actors, "austin"));
        Assert.Equal("No actor has the id, name or alias 'austin'.", missing.Message);
        var sources = assembly.GetType("UserProject.Sources", throwOnError: true)!;
        Assert.Equal("No source has the id 'journal'.", Assert.IsType<KeyNotFoundException>(Thrown(sources, "journal")).Message);

        // Unambiguous names and ids still find their actor.
        var get = actors.GetMethod("Get", [typeof(string)])!;
        Assert.Equal("dallas", ((Actor)get.Invoke(null, ["Dallas"])!).Id);
        Assert.Equal("houston-county", ((Actor)get.Invoke(null, ["harris county"])!).Id);
    }
}
