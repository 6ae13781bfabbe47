using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Curata.Knowledge.Generators.Tests.Support;
using Json.Schema;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>The JSON Schema editors use agrees with the files and with the generator.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(RepositoryPaths.Schema);

    public static TheoryData<string> KnowledgeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Knowledge, "*.json", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(RepositoryPaths.Fixtures, "*.json", SearchOption.AllDirectories))
                     .Where(p => !p.EndsWith(".schema.json"))
                     .Order())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KnowledgeFiles))]
    public void Knowledge_file_validates_against_the_schema(string relativePath)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath)));

        var result = Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", result.Details.Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_rejects_what_the_generator_rejects()
    {
        var bad = JsonNode.Parse("""{ "actors": [ { "id": "Not Valid", "kind": "militia", "name": "X", "sources": [ { "source": "s" } ], "nmae": 1 } ] }""");

        Assert.False(Schema.Evaluate(bad).IsValid);
    }

    [Fact]
    public void Every_knowledge_file_names_the_schema()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Knowledge, "*.json", SearchOption.AllDirectories).Where(p => !p.EndsWith(".schema.json")))
        {
            var schema = JsonNode.Parse(File.ReadAllText(path))!["$schema"]?.GetValue<string>();
            Assert.NotNull(schema);
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, schema!))), $"{path} names {schema}, which does not exist");
        }
    }
}
