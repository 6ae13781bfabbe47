using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Support;
using Examples.Apollo13;

namespace Curata.Knowledge.Generators.Tests.Examples;

/// <summary>
/// A story outside politics and conflict (knowledge/apollo-13), with declared kinds (spacecraft, mission phases, equipment)
/// and declared properties of many datatypes, compiled into tests/Examples/Apollo13 and queried through its typed API.
/// </summary>
public class Apollo13Tests() : ExampleBaseTests("apollo-13", KnowledgeBase.Graph, typeof(KnowledgeBase).Assembly)
{
    protected override void AssertReadBack(System.Collections.Generic.List<string> compared)
    {
        Assert.True(compared.Count > 500, $"only {compared.Count} values compared");
        Assert.Contains(compared, c => c.StartsWith("spacecraft '") && c.EndsWith(".landingMass"));
    }

    [Fact]
    public void Declared_kinds_read_their_declared_properties_typed()
    {
        var lunarModule = Spacecraft.AquariusLunarModule;
        string? callSign = lunarModule.CallSign;
        long? crew = lunarModule.CrewCapacity;

        Assert.Equal("Aquarius", callSign);
        Assert.Equal(2, crew);
        Assert.Equal(SpacecraftFactModuleType.LunarModule, lunarModule.ModuleType);
        Assert.Equal("1970-029C", lunarModule.ExternalIds.Single(i => i.Scheme.Id == "nssdc").Value);
        Assert.Equal(Spacecraft.All.Count, KnowledgeBase.Graph.FactsOfKind("spacecraft").Count);
        Assert.All(MissionPhases.All, phase => Assert.NotNull(phase.Name));
    }

    [Fact]
    public void A_declared_property_of_a_standard_kind_is_an_extension_of_its_type()
    {
        var withSpacecraft = Events.All.Where(e => e.SpacecraftInvolved.Contains(Spacecraft.AquariusLunarModule)).ToList();

        Assert.NotEmpty(withSpacecraft);
        Assert.Contains(Spacecraft.AquariusLunarModule.ReferencedBy, r => r.Property == "spacecraftInvolved" && withSpacecraft.Contains(r.Referrer));
    }

    [Fact]
    public void Times_of_day_keep_their_precision_and_sort_in_order()
    {
        var timed = Events.All.Where(e => e.Date?.From?.TimeOfDay != null).OrderBy(e => e.Date).ToList();

        Assert.True(timed.Count >= 5);
        Assert.Equal(timed.Select(e => e.Date!.Value.From!.Value.Earliest), timed.Select(e => e.Date!.Value.From!.Value.Earliest).Order());
        Assert.Contains(timed, e => e.Date!.Value.From!.Value.Precision == DatePrecision.Second);
    }
}
