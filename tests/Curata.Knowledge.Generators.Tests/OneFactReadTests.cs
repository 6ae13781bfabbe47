using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// <see cref="KnowledgeFileReader.ReadFactAt"/> reads one fact of a file as reading the whole file reads it: the same record,
/// the same locations, the same problems. An editor's early answer for an edited fact stands on this.
/// </summary>
public sealed class OneFactReadTests
{
    public static TheoryData<string> ExampleBases() => new() { "seed", "conflict-events", "apollo-13" };

    [Theory]
    [MemberData(nameof(ExampleBases))]
    public void Every_fact_read_alone_is_the_fact_the_whole_file_reads(string name)
    {
        var facts = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Knowledge, name), "*.json"))
        {
            var text = File.ReadAllText(path);
            facts += CompareEveryFact(path, text, withProblems: false);
            // The same with a problem in every fact, which the reader reports: external ids that are not an object.
            facts += CompareEveryFact(path, WithBadIdsInEveryFact(text), withProblems: true);
        }
        Assert.True(facts > 50, $"only {facts} facts compared in {name}");
    }

    [Fact]
    public void A_span_that_is_not_inside_one_fact_or_a_file_that_does_not_parse_gets_no_answer()
    {
        const string text = """{ "actors": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ], "eventTypes": [ { "id": "t", "name": "T" } ] }""";
        var source = SourceText.From(text);
        Assert.NotNull(ReadAlone("k.json", source, text.IndexOf("\"A\""), text.IndexOf("\"A\"")));
        Assert.Null(ReadAlone("k.json", source, text.IndexOf("\"A\""), text.IndexOf("\"B\""))); // two facts
        Assert.Null(ReadAlone("k.json", source, text.IndexOf("\"T\""), text.IndexOf("\"T\""))); // a term, not a fact
        Assert.Null(ReadAlone("k.json", source, 0, 0)); // outside every fact
        var broken = text.Replace("\"B\" }", "\"B\" ");
        Assert.Null(ReadAlone("k.json", SourceText.From(broken), broken.IndexOf("\"A\""), broken.IndexOf("\"A\"")));
    }

    // The fact that holds [start, end) of a file as it is, read alone; null when the file does not parse cleanly.
    private static FactAt? ReadAlone(string path, SourceText text, int start, int end)
    {
        using var parsed = KnowledgeFileReader.Parse(text, CancellationToken.None);
        return FactLayout.Of(parsed) is { } layout ? KnowledgeFileReader.ReadFactAt(path, text.ToString(), layout, start, end, end, CancellationToken.None) : null;
    }

    private static int CompareEveryFact(string path, string text, bool withProblems)
    {
        var source = SourceText.From(text);
        var whole = KnowledgeFileReader.Read(path, source, CancellationToken.None);
        var byId = whole.Facts.ToDictionary(f => f.Id.Id);
        var compared = 0;
        foreach (var element in FactElements(text))
        {
            var alone = ReadAlone(path, source, element.Start + 1, element.End - 1);
            Assert.NotNull(alone);
            Assert.Equal((element.Start, element.End), (alone!.Start, alone.End));
            var fact = Assert.Single(alone.File.Facts);
            Assert.Equal(byId[alone.Id!], fact);
            Assert.Equal(whole.Diagnostics.Where(d => d.Location!.Value.Start >= element.Start && d.Location.Value.Start < element.End), alone.File.Diagnostics);
            Assert.Equal(withProblems, alone.File.Diagnostics.Count > 0);
            compared++;
        }
        return compared;
    }

    // The objects of every root section that holds facts (the built-in kinds' and those of declared kinds).
    private static IEnumerable<JsonValue> FactElements(string text)
    {
        var root = JsonParser.Parse(text).Root;
        return root.Properties
            .Where(p => KnowledgeFileReader.IsFactSection(p.Name))
            .SelectMany(p => p.Value.Items.Where(item => item.Kind == JsonKind.Object));
    }

    private static string WithBadIdsInEveryFact(string text)
    {
        foreach (var element in FactElements(text).OrderByDescending(e => e.Start))
            text = text.Insert(element.Start + 1, " \"ids\": 5,");
        return text;
    }
}
