using System.Linq;
using System.Xml.Linq;
using Curata.Knowledge.Tool.Export;
using ConflictKnowledge = Examples.ConflictEvents.KnowledgeBase;
using Apollo13Knowledge = Examples.Apollo13.KnowledgeBase;

namespace Curata.Knowledge.Tool.Tests.Export;

/// <summary>GraphML and GEXF read back with System.Xml.Linq (not the writer's code): nodes and edges equal the API's actors and relations.</summary>
public sealed class NetworkExportTests : IClassFixture<ExportedBases>
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private readonly ExportedBases _exports;

    public NetworkExportTests(ExportedBases exports) => _exports = exports;

    public static TheoryData<string> Bases => new() { ExampleFolders.ConflictEvents, ExampleFolders.Apollo13 };

    private static KnowledgeGraph GraphOf(string folder) => folder == ExampleFolders.Apollo13 ? Apollo13Knowledge.Graph : ConflictKnowledge.Graph;

    [Theory]
    [MemberData(nameof(Bases))]
    public void GraphML_has_every_actor_and_every_relation(string folder)
    {
        var graph = GraphOf(folder);
        var xml = XDocument.Load(_exports.Export(folder, ExportFormat.GraphMl));
        var keys = xml.Root!.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        string? Data(XElement e, string name) => e.Elements(GraphMl + "data").FirstOrDefault(d => keys[(string)d.Attribute("key")!] == name)?.Value;
        var g = xml.Root.Element(GraphMl + "graph")!;
        Assert.Equal("directed", (string?)g.Attribute("edgedefault"));
        Assert.Equal(graph.Actors.Select(a => $"{a.Id}|{a.Name}|{a.ActorKind?.Id}").OrderBy(s => s),
            g.Elements(GraphMl + "node").Select(n => $"{n.Attribute("id")!.Value}|{Data(n, "label")}|{Data(n, "kind")}").OrderBy(s => s));
        Assert.Equal(graph.Relations.Select(r => $"{r.Subject.Id}>{r.Object.Id}|{r.Predicate.Id}|{r.Span?.ToString()}").OrderBy(s => s),
            g.Elements(GraphMl + "edge").Select(e => $"{e.Attribute("source")!.Value}>{e.Attribute("target")!.Value}|{Data(e, "label")}|{Data(e, "span")}").OrderBy(s => s));
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void GEXF_has_every_actor_and_every_relation(string folder)
    {
        var graph = GraphOf(folder);
        var xml = XDocument.Load(_exports.Export(folder, ExportFormat.Gexf));
        var g = xml.Root!.Element(Gexf + "graph")!;
        var nodeAttributes = g.Elements(Gexf + "attributes").Single(a => (string?)a.Attribute("class") == "node").Elements(Gexf + "attribute")
            .ToDictionary(a => (string)a.Attribute("title")!, a => (string)a.Attribute("id")!);
        string? Kind(XElement node) => node.Element(Gexf + "attvalues")!.Elements(Gexf + "attvalue")
            .FirstOrDefault(v => (string?)v.Attribute("for") == nodeAttributes["kind"])?.Attribute("value")?.Value;
        Assert.Equal(graph.Actors.Select(a => $"{a.Id}|{a.Name}|{a.ActorKind?.Id}").OrderBy(s => s),
            g.Element(Gexf + "nodes")!.Elements(Gexf + "node").Select(n => $"{n.Attribute("id")!.Value}|{n.Attribute("label")!.Value}|{Kind(n)}").OrderBy(s => s));
        Assert.Equal(graph.Relations.Select(r => $"{r.Id}|{r.Subject.Id}>{r.Object.Id}|{r.Predicate.Id}").OrderBy(s => s),
            g.Element(Gexf + "edges")!.Elements(Gexf + "edge").Select(e => $"{e.Attribute("id")!.Value}|{e.Attribute("source")!.Value}>{e.Attribute("target")!.Value}|{e.Attribute("label")!.Value}").OrderBy(s => s));
    }

    [Fact]
    public void With_events_the_network_is_bipartite_with_one_edge_per_participation()
    {
        var graph = ConflictKnowledge.Graph;
        var knowledge = Input.KnowledgeFolder.Load(ExampleFolders.ConflictEvents);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"curata-bipartite-{System.Guid.NewGuid():N}.graphml");
        try
        {
            KnowledgeExporter.Write(knowledge.Spec, ExportFormat.GraphMl, path, new ExportOptions(WithEvents: true));
            var g = XDocument.Load(path).Root!.Element(GraphMl + "graph")!;
            Assert.Equal(graph.Actors.Count + graph.Events.Count, g.Elements(GraphMl + "node").Count());
            var participations = g.Elements(GraphMl + "edge").Where(e => e.Elements(GraphMl + "data").Any(d => d.Value == "participates-in"))
                .Select(e => $"{e.Attribute("source")!.Value}>{e.Attribute("target")!.Value}").OrderBy(s => s);
            Assert.Equal(graph.Events.SelectMany(e => e.Participants.Select(p => $"{p.Actor.Id}>{e.Id}")).OrderBy(s => s), participations);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
