using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Schema;
using Curata.Knowledge.Tool.Tests.Support;
using Json.Schema;

namespace Curata.Knowledge.Tool.Tests.Schema;

/// <summary>
/// <c>schema</c> writes a JSON Schema for one knowledge base: the base itself validates against it, and an editor using it
/// flags a declared property of the wrong type and an id the base does not hold.
/// </summary>
public sealed class KnowledgeSchemaTests : IDisposable
{
    // A small base: a declared kind with one property of each shape a test below breaks, and a property added to events.
    private const string Declarations = """
        {
          "identifierSchemes": [ { "id": "registry", "name": "Ship registry", "pattern": "^R[0-9]{3}$" } ],
          "kinds": [ { "id": "vessel", "plural": "vessels", "name": "Vessel", "properties": [
            { "id": "crew", "type": "integer", "required": true },
            { "id": "length", "type": "quantity", "unit": "m" },
            { "id": "hull", "type": "enum", "values": [ "steel", "wood" ] },
            { "id": "launched", "type": "date" },
            { "id": "owner", "type": "reference", "to": "actor" },
            { "id": "sisterShips", "type": "reference", "to": "vessel", "many": true },
            { "id": "registryNumber", "type": "identifier", "scheme": "registry" },
            { "id": "ownerKind", "type": "term", "vocabulary": "actorKinds" },
            { "id": "active", "type": "boolean" },
            { "id": "position", "type": "point" } ] } ],
          "properties": [ { "kind": "event", "id": "windSpeed", "type": "decimal" } ],
          "eventTypes": [ { "id": "storm", "name": "Storm" } ]
        }
        """;

    private const string Facts = """
        {
          "sources": [ { "id": "log", "kind": "report", "title": "Harbour log" } ],
          "actors": [ { "id": "harbour-board", "kind": "government-body", "name": "Harbour board", "sources": [ { "source": "log" } ] } ],
          "events": [ { "id": "great-storm", "type": "storm", "windSpeed": 31.5, "sources": [ { "source": "log" } ] } ],
          "vessels": [
            { "id": "pilot-boat", "crew": 3, "length": 12.5, "hull": "steel", "launched": "1998-04", "owner": "harbour-board",
              "sisterShips": [ "tug" ], "registryNumber": "R123", "ownerKind": "government-body", "active": true,
              "position": { "latitude": 51.5, "longitude": 0.1 }, "sources": [ { "source": "log" } ] },
            { "id": "tug", "crew": 4, "length": { "amount": 20, "unit": "m" }, "sisterShips": [ "pilot-boat" ], "sources": [ { "source": "log" } ] }
          ]
        }
        """;

    private readonly TemporaryFolder _folder = new();

    public KnowledgeSchemaTests()
    {
        _folder.Write("declarations.json", Declarations);
        _folder.Write("facts.json", Facts);
    }

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> ExampleBases() => new() { "conflict-events", "apollo-13", "seed" };

    [Theory]
    [MemberData(nameof(ExampleBases))]
    public void Every_file_of_an_example_base_validates_against_the_base_s_schema(string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "knowledge", name);
        var schema = SchemaOf(folder);

        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Where(p => !p.EndsWith(".schema.json")))
        {
            AssertValid(schema, JsonNode.Parse(File.ReadAllText(file))!, file);
        }
    }

    [Fact]
    public void The_small_base_validates_and_its_declared_kind_has_a_section()
    {
        var schema = SchemaOf(_folder.Path);

        AssertValid(schema, JsonNode.Parse(Facts)!, "facts.json");
        AssertValid(schema, JsonNode.Parse(Declarations)!, "declarations.json");
        Assert.False(Evaluate(schema, """{ "vessel": [] }"""), "a section no kind declares (the singular) is flagged");
    }

    public static TheoryData<string, string> WrongValues() => new()
    {
        { "an integer given as text", """{ "vessels": [ { "id": "x", "crew": "three" } ] }""" },
        { "a required declared property left out", """{ "vessels": [ { "id": "x" } ] }""" },
        { "a value outside an enum", """{ "vessels": [ { "id": "x", "crew": 1, "hull": "plastic" } ] }""" },
        { "a malformed date", """{ "vessels": [ { "id": "x", "crew": 1, "launched": "April 1998" } ] }""" },
        { "a boolean given as a number", """{ "vessels": [ { "id": "x", "crew": 1, "active": 1 } ] }""" },
        { "a quantity without an amount", """{ "vessels": [ { "id": "x", "crew": 1, "length": { "unit": "m" } } ] }""" },
        { "an identifier that does not match its scheme", """{ "vessels": [ { "id": "x", "crew": 1, "registryNumber": "123" } ] }""" },
        { "a property the kind does not declare", """{ "vessels": [ { "id": "x", "crew": 1, "colour": "red" } ] }""" },
        { "a declared event property of the wrong type", """{ "events": [ { "id": "x", "type": "storm", "windSpeed": "high", "sources": [ { "source": "log" } ] } ] }""" },
        { "a declared reference to an unknown actor", """{ "vessels": [ { "id": "x", "crew": 1, "owner": "harbour-bord" } ] }""" },
        { "a declared reference to a fact of another kind", """{ "vessels": [ { "id": "x", "crew": 1, "owner": "great-storm" } ] }""" },
        { "an unknown id in a list of references", """{ "vessels": [ { "id": "x", "crew": 1, "sisterShips": [ "tug", "ferry" ] } ] }""" },
        { "an unknown term of a declared term property", """{ "vessels": [ { "id": "x", "crew": 1, "ownerKind": "pirate" } ] }""" },
        { "an unknown speaker", """{ "statements": [ { "id": "x", "speaker": "nobody", "mode": "paraphrase", "text": "t", "sources": [ { "source": "log" } ] } ] }""" },
        { "an unknown source in a citation", """{ "actors": [ { "id": "x", "name": "X", "sources": [ { "source": "diary" } ] } ] }""" },
        { "an unknown event type", """{ "events": [ { "id": "x", "type": "hurricane", "sources": [ { "source": "log" } ] } ] }""" },
        { "an unknown actor kind", """{ "actors": [ { "id": "x", "kind": "pirate", "name": "X", "sources": [ { "source": "log" } ] } ] }""" },
        { "an unknown predicate", """{ "relations": [ { "id": "x", "subject": "harbour-board", "predicate": "owns", "object": "harbour-board", "sources": [ { "source": "log" } ] } ] }""" },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_wrong_value_fails_validation(string what, string json)
    {
        var schema = SchemaOf(_folder.Path);

        Assert.False(Evaluate(schema, json), what + " must fail validation");
    }

    [Fact]
    public void The_same_values_with_known_ids_pass()
    {
        var schema = SchemaOf(_folder.Path);

        Assert.True(Evaluate(schema, """{ "vessels": [ { "id": "x", "crew": 1, "owner": "harbour-board", "sisterShips": [ "tug" ], "ownerKind": "state" } ] }"""));
        Assert.True(Evaluate(schema, """{ "statements": [ { "id": "x", "speaker": "harbour-board", "mode": "paraphrase", "text": "t", "about": [ "great-storm", "tug" ], "sources": [ { "source": "log" } ] } ] }"""));
    }

    [Fact]
    public void The_standard_schema_accepts_what_the_base_s_schema_rejects()
    {
        // The difference is the base's: the format alone cannot know these ids or types.
        var standard = JsonSchema.FromText(StandardSchema.Text);

        Assert.True(standard.Evaluate(JsonNode.Parse("""{ "vessels": [ { "id": "x", "crew": "three", "owner": "nobody" } ] }""")).IsValid);
    }

    [Fact]
    public void The_command_writes_the_schema_to_the_output_file()
    {
        var output = Path.Combine(_folder.Path, "schema", "knowledge.schema.json");

        Assert.Equal(0, Program.Main(["schema", _folder.Path, "--output", output]));

        var written = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.NotNull(written["properties"]!["vessels"]);
        Assert.Equal(2, Program.Main(["schema", Path.Combine(_folder.Path, "missing")]));
    }

    private static JsonSchema SchemaOf(string folder) =>
        JsonSchema.FromText(KnowledgeSchema.Write(KnowledgeFolder.Load(folder).Spec, "test"));

    private static bool Evaluate(JsonSchema schema, string json) => schema.Evaluate(JsonNode.Parse(json)).IsValid;

    private static void AssertValid(JsonSchema schema, JsonNode json, string file)
    {
        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{file}: " + string.Join("; ", result.Details.Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
