using System.IO;
using System.Linq;
using System.Text.Json;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// A fact serializes with System.Text.Json's defaults: the graph it belongs to, the links back to what holds it and the
/// reverse navigation (an actor's statements, an event's consequences) are skipped, so no object cycle is met.
/// </summary>
public class SerializationTests
{
    private static readonly KnowledgeGraph Graph = LoadSmall();

    private static KnowledgeGraph LoadSmall()
    {
        var assembly = KnowledgeHarness.RunFolder(Path.Combine(RepositoryPaths.Fixtures, "Small")).Load();
        return (KnowledgeGraph)assembly.GetType("UserProject.KnowledgeBase", throwOnError: true)!.GetProperty("Graph")!.GetValue(null)!;
    }

    [Theory]
    [InlineData("northland", "Name", "Northland")]
    [InlineData("raid-on-port", "Name", "Raid on the port")]
    [InlineData("lind-calm", "Text", "Stay calm.\nWe are safe \\ for now.")]
    [InlineData("north-pier", "Name", "North Pier")]
    [InlineData("sea-lark", "Name", "Sea Lark")]
    public void A_fact_serializes_with_its_id_and_name(string id, string property, string value)
    {
        var fact = Graph.Find(id)!;

        // Serialized as its own type, as JsonSerializer.Serialize(Actors.Northland) does.
        var json = JsonSerializer.Serialize(fact, fact.GetType());

        using var document = JsonDocument.Parse(json);
        Assert.Equal(id, document.RootElement.GetProperty("Id").GetString());
        Assert.Equal(value, document.RootElement.GetProperty(property).GetString());
        Assert.False(document.RootElement.TryGetProperty("Graph", out _));
    }

    [Fact]
    public void Navigation_back_to_a_holder_is_skipped_and_links_forward_are_kept()
    {
        var raid = (Event)Graph.Find("raid-on-port")!;

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(raid));

        var participant = document.RootElement.GetProperty("Participants")[0];
        Assert.False(participant.TryGetProperty("Event", out _));
        Assert.Equal("northland", participant.GetProperty("Actor").GetProperty("Id").GetString());
        Assert.False(participant.GetProperty("Actor").TryGetProperty("Statements", out _));
    }
}
