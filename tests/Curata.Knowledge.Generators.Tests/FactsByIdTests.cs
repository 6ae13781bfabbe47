using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Tests;

// A check after an edit takes up the last check's facts by id (FactsById) and puts in again only the facts that changed.
// Whatever changed, every fact must be found by its id as it is now, and the last check's dictionary must stay as it was:
// a check still running may be reading it.
public class FactsByIdTests
{
    private static SourceSpec Source(string id, string title) =>
        new SourceSpec(new IdRef(id, default), null, title, null, null, null, EquatableArray<string>.Empty, null, null, null);

    private static readonly Func<SourceSpec, string> IdOf = s => s.Id.Id;

    private static (List<SourceSpec> Facts, Dictionary<string, SourceSpec> ById) Before()
    {
        var facts = Enumerable.Range(0, 50).Select(i => Source($"source-{i}", $"title {i}")).ToList();
        return (facts, FactsById.ById(facts, null, null, IdOf));
    }

    [Fact]
    public void The_very_same_facts_take_the_last_dictionary_as_it_is()
    {
        var (facts, byId) = Before();

        var again = FactsById.ById(new List<SourceSpec>(facts), facts, byId, IdOf);

        Assert.Same(byId, again);
    }

    [Fact]
    public void A_fact_edited_in_place_is_found_as_it_is_now_and_the_last_dictionary_keeps_the_old()
    {
        var (facts, byId) = Before();
        var edited = new List<SourceSpec>(facts);
        edited[7] = edited[7] with { Title = "a new title" };

        var now = FactsById.ById(edited, facts, byId, IdOf);

        Assert.NotSame(byId, now);
        Assert.Same(edited[7], now["source-7"]);
        Assert.Same(facts[7], byId["source-7"]);
        Assert.All(edited, fact => Assert.Same(fact, now[fact.Id.Id]));
        Assert.Equal(edited.Count, now.Count);
    }

    [Theory]
    [InlineData("renamed")]
    [InlineData("removed")]
    [InlineData("added")]
    [InlineData("moved")]
    public void Facts_whose_ids_changed_are_indexed_afresh(string change)
    {
        var (facts, byId) = Before();
        var edited = new List<SourceSpec>(facts);
        switch (change)
        {
            case "renamed": edited[3] = Source("source-new", "title 3"); break;
            case "removed": edited.RemoveAt(3); break;
            case "added": edited.Add(Source("source-new", "another")); break;
            default: (edited[3], edited[4]) = (edited[4], edited[3]); break;
        }

        var now = FactsById.ById(edited, facts, byId, IdOf);

        Assert.Equal(edited.Count, now.Count);
        Assert.All(edited, fact => Assert.Same(fact, now[fact.Id.Id]));
        Assert.Equal(facts.Count, byId.Count);
        Assert.All(facts, fact => Assert.Same(fact, byId[fact.Id.Id]));
    }
}
