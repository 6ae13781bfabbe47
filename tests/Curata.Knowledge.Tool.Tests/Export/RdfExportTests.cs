using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Curata.Knowledge.Tool.Export;
using ConflictKnowledge = Examples.ConflictEvents.KnowledgeBase;
using SeedKnowledge = Seed.KnowledgeBase;

namespace Curata.Knowledge.Tool.Tests.Export;

/// <summary>
/// The RDF exports loaded into Oxigraph and asked in SPARQL: N-Triples, Turtle and JSON-LD must be the same graph, and the
/// answers must equal the compiled typed API's. The first run installs Oxigraph with npm (see <see cref="Oxigraph"/>).
/// </summary>
public sealed class RdfExportTests : IClassFixture<ExportedBases>
{
    private const string Prefixes = """
        PREFIX schema: <https://schema.org/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX kb: <https://example.org/kb/>
        PREFIX kbv: <https://example.org/kb/vocab/>

        """;

    private const string Base = ExportOptions.DefaultBaseIri;
    private static readonly KnowledgeGraph Seed = SeedKnowledge.Graph;
    private static readonly KnowledgeGraph Conflict = ConflictKnowledge.Graph;
    private readonly ExportedBases _exports;
    private readonly Oxigraph _oxigraph = new();

    public RdfExportTests(ExportedBases exports) => _exports = exports;

    /// <summary>The formats each question is asked of, by name (the format enum is internal to the tool).</summary>
    public static TheoryData<string> Formats => new() { nameof(ExportFormat.NTriples), nameof(ExportFormat.Turtle) };

    private List<Dictionary<string, string>> Ask(string folder, string format, string query) =>
        Ask(folder, Enum.Parse<ExportFormat>(format), query);

    private List<Dictionary<string, string>> Ask(string folder, ExportFormat format, string query)
    {
        var file = _exports.Export(folder, format);
        return _oxigraph.Select(file, MediaType(format), Prefixes + query).Rows;
    }

    private static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.NTriples => "application/n-triples",
        ExportFormat.Turtle => "text/turtle",
        _ => "application/ld+json",
    };

    private static Dictionary<string, long> Counts(List<Dictionary<string, string>> rows, string key, string count) =>
        rows.ToDictionary(r => r[key].Substring(Base.Length), r => long.Parse(r[count], CultureInfo.InvariantCulture));

    [Fact]
    public void The_three_rdf_formats_hold_the_same_graph()
    {
        var sizes = new[] { ExportFormat.NTriples, ExportFormat.Turtle, ExportFormat.JsonLd }
            .Select(f => _oxigraph.Select(_exports.Export(ExampleFolders.ConflictEvents, f), MediaType(f), "SELECT * WHERE { ?s ?p ?o } LIMIT 1").Triples)
            .ToList();
        Assert.True(sizes[0] > 1000, $"only {sizes[0]} triples");
        Assert.Equal(sizes[0], sizes[1]);
        Assert.Equal(sizes[0], sizes[2]);
        // Same size is not same graph: every N-Triples triple must also be in the JSON-LD graph.
        var nt = _oxigraph.Select(_exports.Export(ExampleFolders.ConflictEvents, ExportFormat.NTriples), "application/n-triples",
            "SELECT ?s ?p ?o WHERE { ?s ?p ?o }").Rows.Select(r => (r["s"], r["p"], r["o"])).ToHashSet();
        var jsonLd = _oxigraph.Select(_exports.Export(ExampleFolders.ConflictEvents, ExportFormat.JsonLd), "application/ld+json",
            "SELECT ?s ?p ?o WHERE { ?s ?p ?o }").Rows.Select(r => (r["s"], r["p"], r["o"])).ToHashSet();
        Assert.Empty(nt.Except(jsonLd).Take(5));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed_quotations_per_speaker(string format)
    {
        var rows = Ask(ExampleFolders.Seed, format, """
            SELECT ?speaker (COUNT(?s) AS ?n) WHERE { ?s a schema:Quotation ; prov:wasAttributedTo ?speaker } GROUP BY ?speaker
            """);
        var expected = Seed.Statements.Where(s => s.IsQuotation).GroupBy(s => s.Speaker.Id).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Counts(rows, "speaker", "n"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed_events_per_type_and_people_by_schema_type(string format)
    {
        var rows = Ask(ExampleFolders.Seed, format, "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a schema:Event ; kbv:type ?type } GROUP BY ?type");
        Assert.Equal(Seed.Events.GroupBy(e => "eventTypes/" + e.Type.Id).ToDictionary(g => g.Key, g => (long)g.Count()), Counts(rows, "type", "n"));
        var people = Ask(ExampleFolders.Seed, format, "SELECT ?p WHERE { ?p a schema:Person ; a kbv:Actor }").Select(r => r["p"].Substring(Base.Length)).ToHashSet();
        Assert.Equal(Seed.Actors.Where(a => a.ActorKind?.Id == "person").Select(a => a.Id).ToHashSet(), people);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed_statements_cite_the_paragraph_of_their_source(string format)
    {
        var rows = Ask(ExampleFolders.Seed, format, """
            SELECT ?s ?source ?n WHERE { ?s a kbv:Statement ; prov:wasDerivedFrom ?p . ?p schema:isPartOf ?source ; schema:position ?n }
            """);
        var expected = Seed.Statements.SelectMany(s => s.Citations.Where(c => c.Paragraph != null).Select(c => $"{s.Id} {c.Source.Id} {c.Paragraph}")).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => $"{r["s"].Substring(Base.Length)} {r["source"].Substring(Base.Length)} {r["n"]}").ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Conflict_fatalities_per_country_through_contained_in_place(string format)
    {
        var rows = Ask(ExampleFolders.ConflictEvents, format, """
            SELECT ?country (SUM(?best) AS ?total) WHERE {
              { SELECT DISTINCT ?country ?e WHERE { ?country a schema:Country , schema:Place . ?e schema:location/schema:containedInPlace* ?country } }
              ?e kbv:fatalityReport ?report . ?report schema:position 0 ; kbv:best ?best .
            } GROUP BY ?country
            """);
        var expected = Conflict.Places.Where(p => p.PlaceKind?.Id == "country")
            .ToDictionary(c => c.Id, c => Conflict.Events.Where(e => e.IsIn(c)).Sum(e => (long)(e.Fatalities.Total?.Best ?? 0)))
            .Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.True(expected.Count >= 2);
        Assert.Equal(expected, Counts(rows, "country", "total"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Conflict_declared_kind_values_and_references(string format)
    {
        var rows = Ask(ExampleFolders.ConflictEvents, format, """
            SELECT ?c ?type (COUNT(?side) AS ?sides) WHERE { ?c a kbv:Conflict ; kbv:violenceType ?type ; kbv:sideA ?side } GROUP BY ?c ?type
            """);
        var expected = Conflict.FactsOfKind("conflict").ToDictionary(c => c.Id,
            c => $"{c.GetValue("violenceType")} {((System.Collections.IEnumerable)c.GetValue("sideA")!).Cast<object>().Count()}");
        Assert.Equal(expected, rows.ToDictionary(r => r["c"].Substring(Base.Length), r => $"{r["type"]} {r["sides"]}"));
        var perConflict = Ask(ExampleFolders.ConflictEvents, format, "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a schema:Event ; kbv:conflict ?c } GROUP BY ?c");
        Assert.Equal(Conflict.Events.Select(e => e.GetValue("conflict") as Fact).Where(c => c != null).GroupBy(c => c!.Id)
            .ToDictionary(g => g.Key, g => (long)g.Count()), Counts(perConflict, "c", "n"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Conflict_relations_and_participants(string format)
    {
        var relations = Ask(ExampleFolders.ConflictEvents, format, """
            SELECT ?r ?s ?p ?o WHERE { ?r a kbv:Relation ; kbv:subject ?s ; kbv:predicate ?p ; kbv:object ?o . ?s ?p ?o }
            """);
        Assert.Equal(Conflict.Relations.Select(r => $"{r.Id} {r.Subject.Id} predicates/{r.Predicate.Id} {r.Object.Id}").ToHashSet(),
            relations.Select(r => $"{r["r"].Substring(Base.Length)} {r["s"].Substring(Base.Length)} {r["p"].Substring(Base.Length)} {r["o"].Substring(Base.Length)}").ToHashSet());
        var roles = Ask(ExampleFolders.ConflictEvents, format, """
            SELECT ?e ?a ?role WHERE { ?e kbv:participation ?x . ?x kbv:actor ?a ; kbv:role ?role }
            """);
        Assert.Equal(Conflict.Events.SelectMany(e => e.Participants.Select(p => $"{e.Id} {p.Actor.Id} participantRoles/{p.Role.Id}")).ToHashSet(),
            roles.Select(r => $"{r["e"].Substring(Base.Length)} {r["a"].Substring(Base.Length)} {r["role"].Substring(Base.Length)}").ToHashSet());
    }

    [Fact]
    public void Dates_are_typed_by_precision_and_text_survives_escaping()
    {
        var rows = Ask(ExampleFolders.ConflictEvents, ExportFormat.Turtle, """
            SELECT ?e (DATATYPE(?d) AS ?type) ?d WHERE { ?e a schema:Event ; schema:startDate ?d }
            """);
        var marn = rows.Single(r => r["e"] == Base + "marn-bridge-ambush-2022-02-09");
        Assert.Equal("http://www.w3.org/2001/XMLSchema#dateTime", marn["type"]);
        Assert.Equal("2022-02-09T06:40:00+02:00", marn["d"]);
        var texts = Ask(ExampleFolders.Seed, ExportFormat.NTriples, "SELECT ?s ?t WHERE { ?s a kbv:Statement ; schema:text ?t }")
            .ToDictionary(r => r["s"].Substring(Base.Length), r => r["t"]);
        Assert.Equal(Seed.Statements.ToDictionary(s => s.Id, s => s.Text), texts);
    }
}
