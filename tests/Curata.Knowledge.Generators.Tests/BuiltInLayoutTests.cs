using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// The layout of every value is defined once, by the schema the table carries: the built-in properties of sources, actors,
/// statements, events and relations (with the properties of their objects) are listed there as the standard declarations
/// declare them, written by the one value writer and read back by the runtime through the schema.
/// </summary>
public class BuiltInLayoutTests
{
    private static readonly string[] KindsWithOwnReader = ["source", "actor", "statement", "event", "relation"];

    /// <summary>One fact of each standard kind with every built-in property set, objects' properties included.</summary>
    private static readonly (string Path, string Text)[] EveryBuiltIn =
    [
        ("/k/everything.json", """
        {
          "eventTypes": [ { "id": "strike", "name": "Strike" } ],
          "participantRoles": [ { "id": "perpetrator", "name": "Perpetrator" }, { "id": "target", "name": "Target" } ],
          "predicates": [ { "id": "backs", "name": "backs" } ],
          "sources": [
            { "id": "report", "kind": "report", "title": "A report", "published": "2024-02-07", "publisher": "The Desk", "place": "Riverton",
              "contributors": [ "A. Writer", "B. Writer" ], "language": "en", "notes": "Translated.", "textFile": "report.txt" }
          ],
          "actors": [
            { "id": "land", "kind": "state", "name": "Land", "aliases": [ "The Land" ], "description": "A state.", "lifespan": { "from": "1950" },
              "sources": [ { "source": "report", "note": "Throughout." } ] },
            { "id": "leader", "kind": "person", "name": "Ada Leader", "aliases": [ "Leader" ], "description": "Its president.", "lifespan": { "from": "1960-05-01" },
              "roles": [
                { "kind": "leads", "title": "President", "of": "land", "span": { "from": "2020-01-01" },
                  "sources": [ { "source": "report", "paragraph": 2, "note": "Named as president." } ] },
                { "kind": "member-of", "of": "land" }
              ],
              "sources": [ { "source": "report" } ] }
          ],
          "statements": [
            { "id": "said", "speaker": "leader", "issuedThrough": "land", "date": "2024-02-05", "mode": "paraphrase",
              "text": "The strike was answered.", "about": [ "strike", "land" ], "sources": [ { "source": "report", "paragraph": 1 } ] }
          ],
          "events": [
            { "id": "campaign", "type": "strike", "name": "A campaign", "date": { "from": "2024-01-01", "to": "2024-03-01" },
              "occurrences": { "low": 10, "best": 12, "high": 15 }, "participants": [ { "actor": "land", "role": "perpetrator" } ],
              "sources": [ { "source": "report" } ] },
            { "id": "earlier", "type": "strike", "date": "2024-01-20", "participants": [ { "actor": "leader", "role": "target" } ],
              "sources": [ { "source": "report" } ] },
            { "id": "strike", "type": "strike", "name": "The strike", "summary": "A strike near the river.", "date": "2024-02-02T05:30:00+03:00",
              "place": "Near the river",
              "participants": [ { "actor": "land", "role": "perpetrator" }, { "actor": "leader", "role": "target" } ],
              "fatalities": [
                { "count": { "best": 5 }, "victims": "Soldiers and passers-by", "victimActors": [ "land" ],
                  "breakdown": [
                    { "category": "side", "actor": "land", "count": { "best": 3 }, "victims": "Soldiers" },
                    { "category": "civilians", "count": { "best": 2 } }
                  ],
                  "sources": [ { "source": "report", "paragraph": 3, "note": "The first count." } ] },
                { "count": { "low": 4, "high": 6 }, "breakdown": [ { "category": "unknown", "count": { "low": 4 } } ], "sources": [ { "source": "report" } ] }
              ],
              "causes": [ "earlier" ], "partOf": "campaign", "sources": [ { "source": "report", "paragraph": 3 } ] }
          ],
          "relations": [
            { "id": "backing", "subject": "land", "predicate": "backs", "object": "leader", "span": { "from": "2020" }, "note": "Openly.",
              "sources": [ { "source": "report", "paragraph": 2 } ] }
          ]
        }
        """),
        ("/k/report.txt", "A report.\n\nThe Land named Ada Leader its president.\n\nFive died in the strike."),
    ];

    [Fact]
    public void Every_built_in_property_objects_included_is_written_and_read_back_through_the_schema()
    {
        // The fixture must use every built-in property the standard declarations list: a new one must be added here too.
        using var fixture = JsonDocument.Parse(EveryBuiltIn[0].Text);
        var used = new HashSet<string>();
        foreach (var (section, kind) in KindsWithOwnReader.Select(k => (k + "s", k)))
        {
            foreach (var fact in fixture.RootElement.GetProperty(section).EnumerateArray()) Paths(fact, kind, used);
        }
        var declared = KindsWithOwnReader.SelectMany(kind => DeclaredPaths(StandardKind(kind).GetProperty("properties"), kind)).ToList();
        Assert.Empty(declared.Except(used));

        var run = RobustHarness.RunWithin(TimeSpan.FromSeconds(30), "every built-in property", () => EveryBuiltIn.Select(f => RobustHarness.Text(f.Path, f.Text)));
        Assert.True(!run.Problems.Any(), string.Join(Environment.NewLine, run.Problems.Select(d => d.ToString())));
        RobustHarness.AssertCompiles(run, "every built-in property");
        var assembly = RobustHarness.Load(run);
        var graph = RobustHarness.Graph(assembly);
        var folder = Path.Combine(Path.GetTempPath(), "curata-built-in-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (path, text) in EveryBuiltIn) File.WriteAllText(Path.Combine(folder, Path.GetFileName(path)), text);
            var compared = ReadBack.AssertEveryValue(folder, graph, assembly);
            var topLevel = declared.Where(p => p.Count(c => c == '.') == 1).ToList();
            Assert.Empty(topLevel.Except(compared.Select(c => c.Split(' ')[0] + "." + c.Split('.').Last())));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_schema_lists_the_built_in_properties_first_with_their_objects_in_the_order_standard_json_declares_them()
    {
        foreach (var graph in new[] { global::Seed.KnowledgeBase.Graph, global::Examples.ConflictEvents.KnowledgeBase.Graph, global::Examples.Apollo13.KnowledgeBase.Graph })
        {
            var schema = Member(graph, "Schema")!;
            foreach (var kind in KindsWithOwnReader)
            {
                var info = schema.GetType().GetMethod("Kind")!.Invoke(schema, [kind])!;
                AssertListed(StandardKind(kind).GetProperty("properties"), Properties(info), kind);
            }
        }
    }

    [Fact]
    public void Statement_modes_and_fatality_categories_are_declared_in_the_order_of_the_runtime_enums()
    {
        // The runtime reads an enum's index as the member: the declared values and the enums must agree, position by position.
        static string[] Values(JsonElement properties, params string[] path)
        {
            var property = properties.EnumerateArray().Single(p => p.GetProperty("id").GetString() == path[0]);
            return path.Length > 1 ? Values(property.GetProperty("properties"), path[1..])
                : property.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToArray();
        }
        static string[] Members<TEnum>() where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(Parsing.Names.ToKebabCase).ToArray();

        Assert.Equal(Members<StatementMode>(), Values(StandardKind("statement").GetProperty("properties"), "mode"));
        Assert.Equal(Members<FatalityCategory>(), Values(StandardKind("event").GetProperty("properties"), "fatalities", "breakdown", "category"));
    }

    [Fact]
    public void Seed_reads_back_every_value_as_written()
    {
        var compared = ReadBack.AssertEveryValue(Path.Combine(RepositoryPaths.Knowledge, "seed"), global::Seed.KnowledgeBase.Graph, typeof(global::Seed.KnowledgeBase).Assembly);

        Assert.True(compared.Count > 300, $"only {compared.Count} values compared");
        foreach (var kind in KindsWithOwnReader) Assert.Contains(compared, c => c.StartsWith(kind + " '", StringComparison.Ordinal));
        Assert.Contains(compared, c => c.EndsWith(".roles", StringComparison.Ordinal));
        Assert.Contains(compared, c => c.EndsWith(".fatalities", StringComparison.Ordinal));
    }

    // Each declared property (and each property of an object) compared with the schema the compiled table carries: name,
    // datatype, many, and its own properties, at the slot its position gives.
    private static void AssertListed(JsonElement declared, IReadOnlyList<object> listed, string at)
    {
        var declarations = declared.EnumerateArray().ToList();
        Assert.True(listed.Count >= declarations.Count, $"{at}: the schema lists {listed.Count} properties, the declarations {declarations.Count}");
        for (var slot = 0; slot < declarations.Count; slot++)
        {
            var declaration = declarations[slot];
            var info = listed[slot];
            var name = declaration.GetProperty("id").GetString()!;
            Assert.Equal(name, (string)Member(info, "Name")!);
            Assert.Equal(slot, (int)Member(info, "Slot")!);
            var type = declaration.GetProperty("type").GetString()!;
            Assert.True((int)Enum.Parse<Model.Datatype>(type, ignoreCase: true) == (int)Member(info, "Datatype")!, $"{at}.{name}: datatype");
            Assert.Equal(declaration.TryGetProperty("many", out var many) && many.GetBoolean(), (bool)Member(info, "IsMany")!);
            if (declaration.TryGetProperty("properties", out var nested)) AssertListed(nested, Properties(info), at + "." + name);
            else Assert.Empty(Properties(info));
        }
    }

    private static JsonElement StandardKind(string kind) =>
        JsonDocument.Parse(StandardDeclarations.Text()).RootElement.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("id").GetString() == kind);

    // "actor.roles.sources.paragraph" for every property an object declares, at any depth.
    private static IEnumerable<string> DeclaredPaths(JsonElement properties, string prefix)
    {
        foreach (var property in properties.EnumerateArray())
        {
            var path = prefix + "." + property.GetProperty("id").GetString();
            yield return path;
            if (!property.TryGetProperty("properties", out var nested)) continue;
            foreach (var inner in DeclaredPaths(nested, path)) yield return inner;
        }
    }

    private static void Paths(JsonElement fact, string prefix, HashSet<string> into)
    {
        foreach (var property in fact.EnumerateObject())
        {
            var path = prefix + "." + property.Name;
            into.Add(path);
            if (property.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var item in property.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object)) Paths(item, path, into);
        }
    }

    // The runtime's schema is internal: read through reflection, as it is, not through a copy.
    private static object? Member(object owner, string name) =>
        owner.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(owner);

    private static IReadOnlyList<object> Properties(object info) => ((IEnumerable)Member(info, "Properties")!).Cast<object>().ToList();
}
