using System.IO;
using System.Linq;
using System.Text.Json;
using Curata.Knowledge.Generators.Tests.Support;
using Examples.ConflictEvents;

namespace Curata.Knowledge.Generators.Tests.Examples;

/// <summary>
/// The conflict-event knowledge base (knowledge/conflict-events: places in an administrative hierarchy, per-side and civilian
/// deaths as a breakdown of a total, disputed totals, external ids, times of day), compiled by the real generator into
/// tests/Examples/ConflictEvents and queried through its typed API.
/// </summary>
public class ConflictEventsTests() : ExampleBaseTests("conflict-events", KnowledgeBase.Graph, typeof(KnowledgeBase).Assembly)
{
    protected override void AssertReadBack(System.Collections.Generic.List<string> compared)
    {
        Assert.True(compared.Count > 1000, $"only {compared.Count} values compared");
        Assert.Contains(compared, c => c.EndsWith(".breakdown") || c.Contains("fatalities"));
        Assert.Contains(compared, c => c.StartsWith("conflict '"));
        Assert.Contains(compared, c => c.StartsWith("place '") && c.EndsWith(".coordinates"));
    }

    [Fact]
    public void Events_in_a_country_include_those_in_its_districts_and_towns()
    {
        var inVelmora = Events.All.Where(e => e.IsIn(Places.Velmora)).Select(e => e.Id).ToHashSet();

        Assert.Equal(ExpectedIn("velmora"), inVelmora);
        Assert.Contains(Events.LirovaClash20220118.Id, inVelmora);
        Assert.True(Places.Lirova.IsWithin(Places.MarnDistrict) && Places.Lirova.IsWithin(Places.Velmora));
        Assert.False(Places.Lirova.IsWithin(Places.Drastania));
        Assert.Contains(Places.Lirova, Places.MarnDistrict.Parts);
    }

    [Fact]
    public void Totals_sum_without_counting_breakdowns_or_alternatives_twice()
    {
        var total = Events.All.Sum(e => e.Fatalities.Total?.Best ?? 0);

        Assert.Equal(ExpectedTotal(), total);
        var disputed = Events.All.Where(e => e.Fatalities.IsDisputed).ToList();
        Assert.Equal(5, disputed.Count);
        Assert.All(disputed, e => Assert.NotEmpty(e.Fatalities.Alternatives));
        var lirova = Events.LirovaClash20220118.Fatalities;
        Assert.Equal(7, lirova.Total!.Best);
        Assert.Equal(lirova.Total.Best, lirova.Breakdown.Sum(s => s.Count.Best));
        Assert.Contains(lirova.Breakdown, s => s.Category == FatalityCategory.Side && s.Actor == Actors.OstrelLiberationFront);
    }

    [Fact]
    public void Actor_kinds_switch_on_typed_constants_and_narrower_kinds_are_their_parents()
    {
        static string Side(Actor actor) => actor.ActorKind?.Id switch
        {
            ActorKinds.Ids.State or ActorKinds.Ids.MilitaryUnit or ActorKinds.Ids.AirForce => "state",
            ActorKinds.Ids.ArmedGroup or ActorKinds.Ids.SelfDefenceMilitia => "non-state",
            null => "unknown",
            _ => "other",
        };

        Assert.Equal("state", Side(Actors.DrastanianAirForce));
        Assert.Equal("non-state", Side(Actors.BraskDefenceCommittees));
        Assert.Equal("unknown", Side(Actors.UnidentifiedArmedMen));
        Assert.True(Actors.BraskDefenceCommittees.ActorKind!.IsA(ActorKinds.ArmedGroup));
        Assert.False(Actors.OstrelLiberationFront.ActorKind!.IsA(ActorKinds.SelfDefenceMilitia));
    }

    [Fact]
    public void Declared_kinds_and_properties_read_with_their_declared_types()
    {
        ConflictViolenceType violence = Conflicts.VelmoraOstrelConflict.ViolenceType;
        Assert.Equal(ConflictViolenceType.StateBased, violence);
        Assert.Contains(Actors.VelmoraState, Conflicts.VelmoraOstrelConflict.SideA);
        Assert.Same(Conflicts.VelmoraOstrelConflict, Events.LirovaClash20220118.Conflict);
        Assert.Equal(EventEventClarity.High, Events.LirovaClash20220118.EventClarity);
        long? precision = Events.LirovaClash20220118.WherePrecision;
        Assert.Equal(1, precision);
        Assert.Contains(Conflicts.VelmoraOstrelConflict.ReferencedBy, r => r.Referrer == Events.LirovaClash20220118 && r.Property == "conflict");
    }

    [Fact]
    public void External_ids_give_their_urls_and_times_of_day_keep_their_offset()
    {
        var id = Events.LirovaClash20220118.ExternalIds.Single();
        Assert.Equal("ged-event", id.Scheme.Id);
        Assert.Equal("https://example.org/fictional-ged/events/410101", id.Url!.ToString());

        var date = Events.MarnBridgeAmbush20220209.Date!.Value.From!.Value;
        Assert.Equal(DatePrecision.Minute, date.Precision);
        Assert.Equal(new System.TimeSpan(6, 40, 0), date.TimeOfDay);
        Assert.Equal(System.TimeSpan.FromHours(2), date.UtcOffset);
        Assert.Equal("2022-02-09T06:40+02:00", date.ToString());
    }

    private System.Collections.Generic.HashSet<string> ExpectedIn(string country)
    {
        var places = Json("places.json", "places").ToDictionary(p => p.GetProperty("id").GetString()!, p => p.TryGetProperty("partOf", out var up) ? up.GetString() : null);
        bool Within(string? place) { for (var steps = 0; place != null && steps < 100; place = places[place], steps++) if (place == country) return true; return false; }
        return Json("events.json", "events").Where(e => e.TryGetProperty("places", out var p) && p.EnumerateArray().Any(x => Within(x.GetString())))
            .Select(e => e.GetProperty("id").GetString()!).ToHashSet();
    }

    private int ExpectedTotal() =>
        Json("events.json", "events").Where(e => e.TryGetProperty("fatalities", out var f) && f.GetArrayLength() > 0)
            .Sum(e => e.GetProperty("fatalities")[0].GetProperty("count").TryGetProperty("best", out var best) ? best.GetInt32() : 0);

    private JsonElement[] Json(string file, string section) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement.GetProperty(section).EnumerateArray().ToArray();
}
