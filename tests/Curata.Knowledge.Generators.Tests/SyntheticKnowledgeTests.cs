using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Curata.Knowledge.Generators.Tests.Support;
using Curata.Knowledge.Synthetic;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// The synthetic knowledge bases the scale benchmarks run on (benchmarks/Curata.Knowledge.Synthetic) must be valid, or the
/// benchmarks would measure error paths: no KB diagnostic of any severity, generated code that compiles, and the same text for
/// the same seed.
/// </summary>
public class SyntheticKnowledgeTests
{
    [Fact]
    public void A_2000_fact_base_over_7_files_is_valid_and_compiles()
    {
        var files = SyntheticKnowledge.Create(2000, 7, seed: 42);
        Assert.Equal(7, files.Count);

        var run = KnowledgeHarness.Run(files);

        // Not even a warning: synthetic names and aliases are unique, so no lookup by name is ambiguous (KB0104).
        var knowledge = run.KnowledgeDiagnostics.ToArray();
        Assert.True(knowledge.Length == 0, "Expected no KB diagnostic, got:\n" + string.Join("\n", knowledge.Take(20).Select(d => d.ToString())));
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The generated code does not compile:\n" + string.Join("\n", errors.Take(20).Select(d => d.ToString())));
        Assert.Contains("Actors.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void A_fact_table_of_several_pieces_reads_back_every_fact_from_every_piece()
    {
        // Large enough that the statements' and events' records lie in runs on pages of their own, and the strings in
        // regions on pages of their own, with gaps between them that no read may reach.
        var files = SyntheticKnowledge.Create(20_000, 4, seed: 7);
        var run = KnowledgeHarness.Run(files);

        // More than one attribute string: a read must find its bytes in whichever piece holds them.
        var pieces = Regex.Matches(run.Sources["FactTable.g.cs"], "FactTableChunk\\(\"([^\"]*)\"\\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.True(pieces.Length >= 3, $"{pieces.Length} pieces");
        Assert.All(pieces[..^1], piece => Assert.Equal(pieces[0].Length, piece.Length));
        var graph = (KnowledgeGraph)run.Load().GetType("UserProject.KnowledgeBase", throwOnError: true)!.GetProperty("Graph")!.GetValue(null)!;
        var expected = files.Where(f => f.Path != "vocabulary.json").Sum(f =>
        {
            using var document = JsonDocument.Parse(f.Text);
            return new[] { "sources", "actors", "statements", "events", "relations" }
                .Sum(section => document.RootElement.TryGetProperty(section, out var items) ? items.GetArrayLength() : 0);
        });
        Fact[] all = [.. graph.Sources, .. graph.Actors, .. graph.Statements, .. graph.Events, .. graph.Relations];
        Assert.Equal(expected, all.Length);
        // From the last fact back, so the last pieces are read first; every fact found again by its id, and its values read.
        foreach (var fact in all.Reverse())
        {
            Assert.Same(fact, graph.Find(fact.Id));
            Assert.NotNull(fact.Citations);
            Assert.False(string.IsNullOrEmpty(fact.DisplayName));
        }
        Assert.All(graph.Statements, s => Assert.False(string.IsNullOrEmpty(s.Text)));
    }

    [Fact]
    public void Facts_are_split_10_60_30_with_relations_and_sources_besides()
    {
        var counts = SyntheticKnowledge.Counts(2000);
        Assert.Equal((200, 1200, 600, 100, 50), (counts.Actors, counts.Statements, counts.Events, counts.Relations, counts.Sources));

        var files = SyntheticKnowledge.Create(2000, 7, seed: 42);
        int Count(string section) => files.Sum(f =>
        {
            using var document = JsonDocument.Parse(f.Text);
            return document.RootElement.TryGetProperty(section, out var items) ? items.GetArrayLength() : 0;
        });
        Assert.Equal(200, Count("actors"));
        Assert.Equal(1200, Count("statements"));
        Assert.Equal(600, Count("events"));
        Assert.Equal(100, Count("relations"));
        Assert.Equal(50, Count("sources"));
        Assert.Equal(new[] { "facts-01.json", "facts-02.json", "facts-03.json", "facts-04.json", "facts-05.json", "facts-06.json", "vocabulary.json" },
            files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_seed_gives_the_same_text_and_another_seed_another()
    {
        var first = SyntheticKnowledge.Create(500, 3, seed: 1);
        var again = SyntheticKnowledge.Create(500, 3, seed: 1);
        var other = SyntheticKnowledge.Create(500, 3, seed: 2);

        Assert.Equal(first, again);
        Assert.Equal(first.Select(f => f.Path), other.Select(f => f.Path));
        Assert.NotEqual(first.Single(f => f.Path == "facts-01.json").Text, other.Single(f => f.Path == "facts-01.json").Text);
    }

    [Fact]
    public void An_edited_file_stays_valid()
    {
        var files = SyntheticKnowledge.Create(300, 3, seed: 7).ToList();
        var last = files.Count - 1;
        files[last] = (files[last].Path, SyntheticKnowledge.Edit(files[last].Text, revision: 1));

        var run = KnowledgeHarness.Run(files);

        Assert.DoesNotContain(run.KnowledgeDiagnostics, d => d.Id != Robustness.Support.RobustRun.SharedName);
        Assert.Contains("Edited (revision 1): ", files[last].Text, StringComparison.Ordinal);
    }
}
