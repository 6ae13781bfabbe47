using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Output;
using Curata.Knowledge.Tool.Tests.Support;
using Json.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Tool.Tests.Check;

/// <summary>What <c>check</c> hands to CI: SARIF a code-scanning service accepts, GitHub annotations, and exit codes.</summary>
public sealed class CheckReportTests : IDisposable
{
    // An unknown speaker (KB0201, error), an impossible date (KB0008, error) and a relation with no source (KB0501, warning).
    private const string Broken = """
        {
          "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ],
          "actors": [ { "id": "north", "kind": "state", "name": "North", "sources": [ { "source": "paper" } ] } ],
          "statements": [ { "id": "s", "speaker": "nort", "date": "2024-02-30", "mode": "paraphrase", "text": "Said.", "sources": [ { "source": "paper" } ] } ],
          "relations": [ { "id": "r", "subject": "north", "predicate": "backs", "object": "north" } ],
          "predicates": [ { "id": "backs", "name": "backs" } ]
        }
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Sarif_is_a_valid_2_1_0_log_with_a_rule_a_level_and_a_location_per_result()
    {
        var path = _folder.Write("broken.json", Broken);
        var knowledge = KnowledgeFolder.Load(_folder.Path);
        var writer = new StringWriter();

        SarifReport.Write(writer, knowledge);

        var log = JsonNode.Parse(writer.ToString())!;
        Assert.Equal("2.1.0", log["version"]!.GetValue<string>());
        var run = log["runs"]!.AsArray().Single()!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        var results = run["results"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(knowledge.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal), rules);
        Assert.Contains("KB0201", rules);
        Assert.Contains("KB0008", rules);
        Assert.Equal(knowledge.Diagnostics.Count, results.Count);
        foreach (var (result, diagnostic) in results.Zip(knowledge.Diagnostics))
        {
            Assert.Equal(diagnostic.Id, result["ruleId"]!.GetValue<string>());
            Assert.Equal(diagnostic.Id, rules[result["ruleIndex"]!.GetValue<int>()]);
            Assert.Equal(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", result["level"]!.GetValue<string>());
            var location = result["locations"]![0]!["physicalLocation"]!;
            Assert.Equal(new Uri(path).AbsoluteUri, location["artifactLocation"]!["uri"]!.GetValue<string>());
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal(span.StartLinePosition.Line + 1, location["region"]!["startLine"]!.GetValue<int>());
            Assert.Equal(span.StartLinePosition.Character + 1, location["region"]!["startColumn"]!.GetValue<int>());
        }
        Assert.Contains(results, r => r["level"]!.GetValue<string>() == "warning" && r["ruleId"]!.GetValue<string>() == "KB0501");

        // The schema is in force: it rejects a log of another version.
        Assert.False(SarifSchema().Evaluate(JsonNode.Parse("{ \"version\": \"2.0.0\", \"runs\": [] }")).IsValid);
        var validation = SarifSchema().Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(validation.IsValid, string.Join("; ", validation.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void GitHub_annotations_escape_percent_and_line_breaks_in_messages_and_also_colons_and_commas_in_properties()
    {
        var path = Path.Combine(_folder.Path, "a,b:c", "x.json");
        var location = Location.Create(path, new TextSpan(2, 3), new LinePositionSpan(new LinePosition(0, 2), new LinePosition(0, 5)));
        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.UnknownReference, location, "actor", "100%\r\nnext: a, b", "");
        var writer = new StringWriter();

        GitHubAnnotations.Write(writer, [diagnostic]);

        var escapedPath = path.Replace("%", "%25").Replace(":", "%3A").Replace(",", "%2C");
        Assert.Equal($"::error file={escapedPath},line=1,col=3,endLine=1,endColumn=6,title=KB0201::No actor has the id '100%25%0D%0Anext: a, b'"
            + Environment.NewLine, writer.ToString());
    }

    [Fact]
    public void Exit_codes_are_0_with_warnings_only_1_with_errors_and_2_for_a_missing_folder()
    {
        var warningsOnly = Path.GetDirectoryName(_folder.Write(Path.Combine("warnings", "unsourced.json"), """
            {
              "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ],
              "actors": [ { "id": "north", "kind": "state", "name": "North", "sources": [ { "source": "paper" } ] } ],
              "relations": [ { "id": "r", "subject": "north", "predicate": "backs", "object": "north" } ],
              "predicates": [ { "id": "backs", "name": "backs" } ]
            }
            """))!;
        var errors = Path.GetDirectoryName(_folder.Write(Path.Combine("errors", "broken.json"), Broken))!;

        Assert.Contains(KnowledgeFolder.Load(warningsOnly).Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(0, Program.Main(["check", warningsOnly]));
        Assert.Equal(1, Program.Main(["check", errors, "--format", "github"]));
        var report = Path.Combine(_folder.Path, "report.sarif");
        Assert.Equal(1, Program.Main(["check", errors, "--format", "sarif", "--output", report]));
        Assert.Equal("2.1.0", JsonNode.Parse(File.ReadAllText(report))!["version"]!.GetValue<string>());
        Assert.Equal(2, Program.Main(["check", Path.Combine(_folder.Path, "missing")]));
        Assert.Equal(2, Program.Main(["check", warningsOnly, "--format", "xml"]));
    }

    // The OASIS schema is draft-04, which JsonSchema.Net does not read; it uses no keyword whose meaning changed in draft-07
    // (no exclusiveMinimum or exclusiveMaximum), so only the dialect and the name of its id are changed.
    private static JsonSchema SarifSchema()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Check", "sarif-schema-2.1.0.json"));
        Assert.DoesNotContain("\"exclusiveM", text);
        var schema = JsonNode.Parse(text)!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema["$id"] = schema["id"]!.GetValue<string>();
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString());
    }
}
