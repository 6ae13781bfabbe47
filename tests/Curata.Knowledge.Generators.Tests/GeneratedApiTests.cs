using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>The small fixture, compiled and loaded: facts read back through the generated API equal the JSON, linked both ways.</summary>
public class GeneratedApiTests
{
    private static readonly Assembly Compiled = KnowledgeHarness.RunFolder(Path.Combine(RepositoryPaths.Fixtures, "Small")).Load();

    private static T Member<T>(string className, string member) =>
        (T)Compiled.GetType("UserProject." + className, throwOnError: true)!.GetProperty(member)!.GetValue(null)!;

    [Fact]
    public void Strings_round_trip_exactly()
    {
        var statement = Member<Statement>("Statements", "LindCalm");
        var mayor = Member<Actor>("Actors", "MayorLind");

        Assert.Equal("Stay calm.\nWe are safe \\ for now.", statement.Text);
        Assert.True(statement.IsQuotation);
        Assert.Equal("Mayor \"Ana\" Lind", mayor.Name);
        Assert.Equal("The <Harbour> Gazette & Times", Member<Source>("Sources", "Gazette").Title);
    }

    [Fact]
    public void Navigation_works_both_ways()
    {
        var mayor = Member<Actor>("Actors", "MayorLind");
        var raid = Member<Event>("Events", "RaidOnPort");
        var talks = Member<Event>("Events", "Talks");
        var northland = Member<Actor>("Actors", "Northland");

        Assert.Same(mayor, Member<Statement>("Statements", "LindCalm").Speaker);
        Assert.Equal(["lind-calm"], mayor.Statements.Select(s => s.Id));
        Assert.Equal([talks], raid.Consequences);
        Assert.Equal([raid], talks.Causes);
        Assert.Equal(["perpetrator"], northland.Participations.Select(p => p.Role.Id));
        Assert.Equal([raid], northland.Events);
        Assert.Same(raid, Member<Statement>("Statements", "LindCalm").About.Single());
        Assert.Equal(["northland-opposes-militia"], northland.Relations.Select(r => r.Id));
        Assert.Equal(10, Member<Source>("Sources", "Gazette").CitedBy.Count); // 7 facts of the standard kinds, 2 places and a vessel
    }

    [Fact]
    public void Dates_counts_and_vocabulary_keep_their_precision()
    {
        var raid = Member<Event>("Events", "RaidOnPort");
        var talks = Member<Event>("Events", "Talks");
        var militia = Member<Actor>("Actors", "HarbourMilitia");

        Assert.Equal("2024-02-10", raid.Date.ToString());
        Assert.Equal("2024-02-12..2024-02-14", talks.Date.ToString());
        Assert.Equal("~2015..", militia.Lifespan.ToString());
        Assert.Equal(["4 (militia members)", "4-6"], raid.Fatalities.Select(f => f.ToString()));
        Assert.Equal("at least 3", talks.Occurrences!.ToString());
        Assert.True(raid.Type.IsA(Member<EventType>("EventTypes", "Attack")));
        Assert.Equal(["opposes"], Member<Predicate>("Predicates", "Backs").ConflictsWith.Select(p => p.Id));
        Assert.True(Member<Predicate>("Predicates", "AlliedWith").IsSymmetric);
    }

    [Fact]
    public void All_Get_and_TryGet_find_facts_by_id()
    {
        var actors = Compiled.GetType("UserProject.Actors")!;
        var all = (IReadOnlyList<Actor>)actors.GetProperty("All")!.GetValue(null)!;
        var get = actors.GetMethod("Get", [typeof(string)])!;
        var tryGet = actors.GetMethod("TryGet")!;

        Assert.Equal(["harbour-militia", "mayor-lind", "northland"], all.Select(a => a.Id));
        Assert.Equal("Northland", ((Actor)get.Invoke(null, ["northland"])!).Name);
        var args = new object?[] { "nobody", null };
        Assert.False((bool)tryGet.Invoke(null, args)!);
        Assert.Null(args[1]);
    }

    [Fact]
    public void Events_sort_and_group_by_their_dates_types_and_counts()
    {
        var events = Member<IReadOnlyList<Event>>("Events", "All");

        // Each of these threw "At least one object must implement IComparable" before the runtime types had a total order.
        Assert.Equal(["raid-on-port", "talks"], events.OrderBy(e => e.Date).Select(e => e.Id));
        Assert.Equal("2024-02-10", events.Min(e => e.Date).ToString());
        Assert.Equal("2024-02-12..2024-02-14", events.Max(e => e.Date).ToString());
        Assert.Equal(["meeting", "airstrike"], events.OrderByDescending(e => e.Type).Select(e => e.Type.Id));
        Assert.Equal("airstrike", events.Min(e => e.Type)!.Id);
        Assert.Equal(2, events.GroupBy(e => e.Type).Count());

        var types = Member<KnowledgeGraph>("KnowledgeBase", "Graph").Vocabulary.EventTypes;
        Assert.Equal(["airstrike", "attack", "meeting"], types.OrderBy(t => t).Select(t => t.Id));
        Assert.All(types, a => Assert.All(types, b => Assert.Equal(ReferenceEquals(a, b), a.CompareTo(b) == 0)));

        var counts = events.SelectMany(e => e.Fatalities).Select(f => f.Count).ToArray();
        Assert.Equal(["4", "4-6"], counts.OrderBy(c => c).Select(c => c.ToString()));
        Assert.Equal("4-6", counts.Max()!.ToString());
    }
}
