using System;
using System.IO;
using System.Linq;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Output;

namespace Curata.Knowledge.Tool.Tests.Export;

/// <summary>
/// <c>curata-knowledge export</c> run as a user runs it (the built tool in a child process): a base with errors is reported as
/// <c>check</c> reports it and nothing is written, unless <c>--keep-going</c>.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("curata-export-cmd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Knowledge => Path.Combine(_folder, "knowledge");

    private void WriteBase(string speaker)
    {
        Directory.CreateDirectory(Knowledge);
        File.WriteAllText(Path.Combine(Knowledge, "facts.json"), $$"""
            {
              "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ],
              "actors": [ { "id": "north", "kind": "state", "name": "North, \"the\" state", "sources": [ { "source": "paper", "paragraph": 1 } ] } ],
              "statements": [
                { "id": "good", "speaker": "north", "mode": "paraphrase", "text": "Said\nsomething.", "sources": [ { "source": "paper" } ] },
                { "id": "bad", "speaker": "{{speaker}}", "mode": "paraphrase", "text": "Said.", "sources": [ { "source": "paper" } ] }
              ]
            }
            """);
    }

    private static (int Exit, string Stdout, string Stderr) Tool(params string[] arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Curata.Knowledge.Tool.dll");
        return Oxigraph.Run("dotnet", new[] { tool }.Concat(arguments), null);
    }

    [Fact]
    public void A_base_with_errors_reports_what_check_reports_writes_nothing_and_exits_1()
    {
        WriteBase(speaker: "nort");
        var output = Path.Combine(_folder, "out");

        var (exit, _, stderr) = Tool("export", Knowledge, "--format", "csv", "--output", output);

        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(output));
        var expected = KnowledgeFolder.Load(Knowledge).Diagnostics.Select(CompilerLines.Format).ToList();
        Assert.Contains(expected, line => line.Contains("error KB0201"));
        foreach (var line in expected) Assert.Contains(line, stderr);
    }

    [Fact]
    public void Keep_going_exports_the_valid_facts_and_says_how_many_were_left_out()
    {
        WriteBase(speaker: "nort");
        var output = Path.Combine(_folder, "out");

        var (exit, _, stderr) = Tool("export", Knowledge, "--format", "csv", "--output", output, "--keep-going");

        Assert.Equal(0, exit);
        Assert.Contains("1 left out", stderr);
        var statements = File.ReadAllText(Path.Combine(output, "statements.csv"));
        Assert.Contains("\r\ngood,north,", statements);
        Assert.DoesNotContain("\r\nbad,", statements);
        Assert.Contains("\"Said\nsomething.\"", statements); // a line break inside a quoted field, as RFC 4180 allows
        Assert.Contains("\"North, \"\"the\"\" state\"", File.ReadAllText(Path.Combine(output, "actors.csv")));
    }

    [Fact]
    public void A_clean_base_exports_turtle_under_the_given_base_iri()
    {
        WriteBase(speaker: "north");
        var output = Path.Combine(_folder, "kb.ttl");

        var (exit, _, stderr) = Tool("export", Knowledge, "--format", "turtle", "--output", output, "--base", "https://data.example.net/k/");

        Assert.True(exit == 0, stderr);
        var turtle = File.ReadAllText(output);
        Assert.Contains("@prefix kb: <https://data.example.net/k/> .", turtle);
        Assert.Contains("kb:good", turtle);
        Assert.Contains("\"Said\\nsomething.\"", turtle);
        Assert.Contains("prov:wasDerivedFrom <https://data.example.net/k/paper/paragraphs/1>", turtle);
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void A_base_iri_that_cannot_take_an_id_is_refused()
    {
        WriteBase(speaker: "north");

        var (exit, _, stderr) = Tool("export", Knowledge, "--format", "ntriples", "--output", Path.Combine(_folder, "kb.nt"), "--base", "https://example.org/kb");

        Assert.NotEqual(0, exit);
        Assert.Contains("must end in '/' or '#'", stderr);
        Assert.False(File.Exists(Path.Combine(_folder, "kb.nt")));
    }
}
