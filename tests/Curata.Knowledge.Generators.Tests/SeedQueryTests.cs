using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Curata.Knowledge.Generators.Tests.Support;
using Curata.Knowledge.Sample;
using Seed;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>Each query family of the generated API, over the seed knowledge base compiled into the sample.</summary>
public class SeedQueryTests
{
    private static readonly PartialDate February7 = PartialDate.Parse("2024-02-07");

    [Fact]
    public void Typed_ids_and_lookups_by_id_or_alias()
    {
        Assert.Same(Actors.MohammedShiaAlSudani, Actors.Get("mohammed-shia-al-sudani"));
        Assert.Same(Actors.MohammedShiaAlSudani, Actors.Get(Actors.MohammedShiaAlSudani.Key));
        Assert.True(Actors.TryGet("Soudanis", out var byMisspelling));
        Assert.Same(Actors.MohammedShiaAlSudani, byMisspelling);
        Assert.False(Actors.TryGet("nobody-at-all", out _));
        Assert.Same(Events.UsStrikeWesternIraq20240202, KnowledgeBase.Graph.Get(new FactId<Event>("us-strike-western-iraq-2024-02-02")));
    }

    [Fact]
    public void A_lookup_finds_every_fact_of_its_kind_and_no_fact_of_another()
    {
        var graph = KnowledgeBase.Graph;
        (string Id, Fact Fact)[] all = [.. graph.Sources.Select(f => (f.Id, (Fact)f)), .. graph.Actors.Select(f => (f.Id, (Fact)f)),
            .. graph.Statements.Select(f => (f.Id, (Fact)f)), .. graph.Events.Select(f => (f.Id, (Fact)f)), .. graph.Relations.Select(f => (f.Id, (Fact)f))];
        foreach (var (id, fact) in all)
        {
            Assert.Same(fact, graph.Find(id));
            Assert.Equal(fact is Source, Sources.TryGet(id, out var source) && ReferenceEquals(source, fact));
            Assert.Equal(fact is Actor, Actors.TryGet(id, out var actor) && ReferenceEquals(actor, fact));
            Assert.Equal(fact is Statement, Statements.TryGet(id, out var statement) && ReferenceEquals(statement, fact));
            Assert.Equal(fact is Event, Events.TryGet(id, out var @event) && ReferenceEquals(@event, fact));
            Assert.Equal(fact is Relation, Relations.TryGet(id, out var relation) && ReferenceEquals(relation, fact));
            Assert.Same(fact, graph.Resolve<Fact>(id));
        }
        Assert.Throws<KeyNotFoundException>(() => Statements.Get(graph.Actors[0].Id));
    }

    [Fact]
    public void Navigation_both_ways()
    {
        var strike = Events.UsStrikeWesternIraq20240202;
        Assert.Contains(Events.MilitiaDroneStrikeJordan20240128, strike.Causes);
        Assert.Contains(strike, Events.MilitiaDroneStrikeJordan20240128.Consequences);
        Assert.Same(Events.MilitiaAttacksOnUsBases, Events.MilitiaDroneStrikeJordan20240128.PartOf);
        Assert.Contains(Events.MilitiaDroneStrikeJordan20240128, Events.MilitiaAttacksOnUsBases.Parts);
        Assert.Contains(Actors.UsMilitary.Participations, p => p.Event == strike && p.Role == ParticipantRoles.Perpetrator);
        Assert.All(Actors.HadiAlAmeri.Statements, s => Assert.Same(Actors.HadiAlAmeri, s.Speaker));
        Assert.Contains(Relations.QudsForcePartOfIran, Actors.Iran.Relations);
        Assert.Contains(Actors.MohammedShiaAlSudani.Roles, r => r.Kind == RoleKinds.HoldsOffice);
        Assert.Equal(Statements.All.Count, Sources.All.Single().CitedBy.OfType<Statement>().Count());
    }

    [Fact]
    public void Partial_dates_compare_honestly()
    {
        var qaaniVisit = Events.QaaniVisitBaghdad2024.Date!.Value;
        Assert.Equal(TemporalOrder.Undetermined, qaaniVisit.CompareCertainly(Events.UsStrikeWesternIraq20240202.Date!.Value));
        Assert.Equal(TemporalOrder.Before, qaaniVisit.CompareCertainly(Events.IranSecurityCouncilHeadVisitBaghdad20240205.Date!.Value));
        Assert.Equal(TemporalOrder.Undetermined, PartialDate.Parse("2024-02").CompareCertainly(PartialDate.Parse("2024-02-02")));
    }

    [Fact]
    public void Events_between_two_dates_certainly_and_possibly()
    {
        var from = PartialDate.Parse("2024-02-01");
        var to = PartialDate.Parse("2024-02-05");

        var certain = KnowledgeBase.Graph.EventsBetween(from, to).ToArray();
        var possible = KnowledgeBase.Graph.EventsBetween(from, to, DateCertainty.Possibly).ToArray();

        Assert.Equal(Events.All.Where(e => e.Date is { } d && d.Earliest >= from.Earliest && d.Latest <= to.Latest).OrderBy(e => e.Id), certain.OrderBy(e => e.Id));
        Assert.Contains(Events.UsStrikeWesternIraq20240202, certain);
        Assert.DoesNotContain(Events.QaaniVisitBaghdad2024, certain);
        Assert.Contains(Events.QaaniVisitBaghdad2024, possible);
        Assert.Contains(Events.MilitiaAttacksOnUsBases, possible);
        Assert.Equal(Events.All.Where(e => e.Date is { } d && (d.Earliest ?? System.DateTime.MinValue) <= to.Latest && (d.Latest ?? System.DateTime.MaxValue) >= from.Earliest).OrderBy(e => e.Id),
            possible.OrderBy(e => e.Id));
    }

    [Fact]
    public void Relations_and_roles_valid_as_of_a_date()
    {
        var before = PartialDate.Parse("2019");
        Assert.DoesNotContain(Relations.IranOpposesUsForcesInIraq, KnowledgeBase.Graph.RelationsOn(before));
        Assert.Contains(Relations.IranOpposesUsForcesInIraq, KnowledgeBase.Graph.RelationsOn(February7));
        Assert.DoesNotContain(Actors.MohammedShiaAlSudani.RolesOn(PartialDate.Parse("2015")), r => r.Kind == RoleKinds.HoldsOffice);
        Assert.Contains(Actors.MohammedShiaAlSudani.RolesOn(February7, DateCertainty.Possibly), r => r.Kind == RoleKinds.HoldsOffice);
    }

    [Fact]
    public void Who_opposes_an_actor_directly_and_through_membership()
    {
        var opponents = KnowledgeBase.Graph.Subjects(Actors.IranBackedIraqiMilitias, Predicates.Opposes, February7, Predicates.PartOf);

        Assert.Contains(opponents, i => i.Actor == Actors.UsMilitary && i.IsDirect);
        var indirect = Assert.Single(opponents, i => i.Actor == Actors.UnitedStates);
        Assert.Equal([Relations.UsMilitaryPartOfUnitedStates], indirect.Via);
        Assert.Equal([Actors.Iran], KnowledgeBase.Graph.Subjects(Actors.IranBackedIraqiMilitias, Predicates.Backs, February7).Select(i => i.Actor));
    }

    [Fact]
    public void Indexed_lookups_agree_with_a_scan()
    {
        foreach (var actor in Actors.All)
        {
            Assert.Equal(Statements.All.Where(s => s.Speaker == actor), actor.Statements);
            Assert.Equal(Events.All.SelectMany(e => e.Participants).Where(p => p.Actor == actor), actor.Participations);
        }
    }

    [Fact]
    public void Cookbook_recipes_run_and_the_readme_shows_their_code()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var cookbook = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Curata.Knowledge.Sample", "Cookbook.cs")).ReplaceLineEndings("\n");
        var recipes = Regex.Matches(cookbook, @"// recipe: (?<name>[^\n]+)\n(?<code>.*?)\n\s*// end", RegexOptions.Singleline);

        Assert.Equal(5, recipes.Count);
        foreach (Match recipe in recipes)
        {
            var code = string.Join("\n", recipe.Groups["code"].Value.Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.Trim()));
            Assert.True(readme.Contains(code), $"README does not show the recipe '{recipe.Groups["name"].Value}' as in Cookbook.cs:\n{code}");
        }

        Assert.Contains("\u201CHe was very angry\u201D (iraq-balancing-act-2024-02-07 \u00B624)", Cookbook.QuotationsByAPerson());
        Assert.Equal(["2024-01: at least 3 killed (Drone strike on US base in north-west Jordan)", "2024-02: at least 16 killed (US strike in western Iraq)"],
            Cookbook.FatalitiesByMonth());
        Assert.Contains("opposes the militias: United States (through United States military part of United States)", Cookbook.WhoBacksWhomAsOfADate());
        Assert.Contains("Drone strike on US base in north-west Jordan (2024-01-28)", Cookbook.WhatCausedAnEvent());
        Assert.Contains("certainly: 2024-02-02 US strike in western Iraq", Cookbook.EventsBetweenTwoDates());
    }
}
