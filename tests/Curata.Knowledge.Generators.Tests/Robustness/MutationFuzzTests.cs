using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// A small valid knowledge file, broken in every way a disk, an editor, a merge or an attacker can break it: cut short at every
/// position, bytes flipped, tokens swapped, keys duplicated, bytes that are not UTF-8, a byte-order mark, nesting 100,000 deep,
/// a 50 MB string, numbers beyond any range. For every case: nothing escapes the generator or the analyzer, the case ends
/// within its time bound, an invalid file gets at least one diagnostic of its own, and the generated code still compiles.
/// </summary>
public class MutationFuzzTests(ITestOutputHelper output)
{
    internal const string Mutated = "/k/facts.json";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    internal static readonly TimeSpan HugeBound = TimeSpan.FromSeconds(10);

    private static readonly string Seed = new PCG(11, 20240207).ToString();

    private const string Vocabulary = """
        {
          "eventTypes": [ { "id": "attack", "name": "Attack" } ],
          "participantRoles": [ { "id": "perpetrator", "name": "perpetrator" }, { "id": "target", "name": "target" } ],
          "predicates": [ { "id": "opposes", "name": "opposes" } ]
        }
        """;

    /// <summary>Valid, warning-free, and touching most of the format: escapes, Arabic, dates, spans, counts, references.</summary>
    public const string Facts = """
        {
          "$schema": "./schema/knowledge.schema.json",
          "sources": [ { "id": "gazette", "kind": "news-article", "title": "The \"Gazette\" \\ Times", "published": "2024-03-01", "contributors": ["A. Writer"] } ],
          "actors": [
            { "id": "northland", "kind": "state", "name": "Northland", "aliases": ["N-land"], "sources": [ { "source": "gazette", "paragraph": 1 } ] },
            { "id": "harbour-militia", "kind": "armed-group", "name": "ميليشيا الميناء", "lifespan": { "from": "~2015" },
              "sources": [ { "source": "gazette", "paragraph": 2, "note": "line\nbreak" } ] }
          ],
          "statements": [ { "id": "north-warns", "speaker": "northland", "date": "2024-02", "mode": "quotation", "text": "We warn \u201Cthem\u201D.",
            "about": ["raid"], "sources": [ { "source": "gazette", "paragraph": 3 } ] } ],
          "events": [ { "id": "raid", "type": "attack", "name": "Raid", "date": "2024-02-10",
            "participants": [ { "actor": "northland", "role": "perpetrator" }, { "actor": "harbour-militia", "role": "target" } ],
            "fatalities": [ { "count": { "low": 4, "high": 6 } } ], "occurrences": { "best": 2 }, "sources": [ { "source": "gazette", "paragraph": 4 } ] } ],
          "relations": [ { "id": "north-opposes-militia", "subject": "northland", "predicate": "opposes", "object": "harbour-militia",
            "span": { "from": "2023" }, "sources": [ { "source": "gazette" } ] } ]
        }
        """;

    private static readonly byte[] FactsBytes = Encoding.UTF8.GetBytes(Facts);

    private readonly SuiteStats _stats = new("mutation");

    /// <summary>Runs one mutated file beside the untouched vocabulary and asserts everything a case must satisfy.</summary>
    internal RobustRun Case(string name, byte[] bytes, TimeSpan? bound = null, bool? invalid = null)
    {
        var run = RobustHarness.RunWithin(bound ?? Bound, name,
            () => [RobustHarness.Text("/k/vocabulary.json", Vocabulary), RobustHarness.Bytes(Mutated, bytes)]);
        var why = invalid switch { false => null, true => "invalid by construction", null => Oracle.WhyInvalid(bytes) };
        if (why != null)
        {
            Assert.True(run.In(Mutated).Any(), $"{name}: the file is invalid ({why}) but no diagnostic points into it; got: {string.Join("; ", run.KnowledgeDiagnostics)}");
        }
        RobustHarness.AssertCompiles(run, name);
        _stats.Record(name, run.Elapsed);
        return run;
    }

    internal void Summary() => output.WriteLine(_stats.Summary());

    [Fact]
    public void The_unmutated_file_is_valid_and_clean()
    {
        Assert.Null(Oracle.WhyInvalid(FactsBytes));
        var run = Case("unmutated", FactsBytes);
        Assert.Empty(run.Problems.Select(d => d.ToString()));
        Summary();
    }

    [Fact]
    public void Truncated_at_every_position()
    {
        var keptFacts = new List<int>();
        for (var length = 0; length < FactsBytes.Length; length++)
        {
            var run = Case($"truncated to {length} bytes", FactsBytes[..length]);
            // Counted in the file's model, whatever shape the emitted code takes.
            var file = Parsing.KnowledgeFileReader.Read(Mutated, Microsoft.CodeAnalysis.Text.SourceText.From(FactsBytes, length, Encoding.UTF8), default);
            keptFacts.Add(file.Sources.Count + file.Actors.Count + file.Statements.Count + file.Events.Count + file.Relations.Count);
        }
        // What was complete before the cut survives: the facts kept never decrease as the cut moves later.
        for (var i = 1; i < keptFacts.Count; i++)
        {
            Assert.True(keptFacts[i] >= keptFacts[i - 1], $"cut at {i} bytes kept {keptFacts[i]} facts, cut at {i - 1} kept {keptFacts[i - 1]}");
        }
        Assert.Equal(6, keptFacts.Max()); // cut just before the closing brace, all six facts are kept (and the cut reported)
        Summary();
    }

    [Fact]
    public void Random_byte_flips()
    {
        var flips = Gen.Select(Gen.Int[0, FactsBytes.Length - 1], Gen.Int[1, 255]).Array[1, 4];
        flips.Sample(changes =>
        {
            var bytes = (byte[])FactsBytes.Clone();
            foreach (var (at, mask) in changes) bytes[at] ^= (byte)mask;
            Case("flipped " + string.Join(", ", changes.Select(c => $"byte {c.Item1} ^ 0x{c.Item2:X2}")), bytes);
        }, seed: Seed, iter: 150, threads: 1, print: c => string.Join(", ", c.Select(x => $"byte {x.Item1} ^ 0x{x.Item2:X2}")));
        Summary();
    }

    private static readonly Regex Token = new("""
        "(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}\[\]:,]
        """.Trim(), RegexOptions.Compiled);

    [Fact]
    public void Swapped_tokens()
    {
        var tokens = Token.Matches(Facts).ToArray();
        var swaps = Gen.Select(Gen.Int[0, tokens.Length - 1], Gen.Int[0, tokens.Length - 1]).Where((a, b) => a < b && tokens[a].Value != tokens[b].Value);
        swaps.Sample((a, b) =>
        {
            var (first, second) = (tokens[a], tokens[b]);
            var text = Facts[..first.Index] + second.Value + Facts[(first.Index + first.Length)..second.Index] + first.Value + Facts[(second.Index + second.Length)..];
            Case($"swapped token {a} ({first.Value}) with {b} ({second.Value})", Encoding.UTF8.GetBytes(text));
        }, seed: Seed, iter: 150, threads: 1);
        Summary();
    }

    [Fact]
    public void Every_property_duplicated()
    {
        var root = JsonNode.Parse(Facts)!.AsObject();
        var count = CountProperties(root);
        for (var k = 0; k < count; k++)
        {
            var index = 0;
            string? duplicated = null;
            var text = Write(root, (name) => index++ == k ? duplicated = name : null);
            var run = Case($"property #{k} ('{duplicated}') given twice", Encoding.UTF8.GetBytes(text), invalid: true);
            Assert.Contains(run.In(Mutated), d => d.Id == "KB0006" && d.GetMessage().Contains($"'{duplicated}'"));
        }
        Summary();
    }

    [Fact]
    public void Bytes_that_are_not_utf8()
    {
        byte[][] bad = [[0xFF], [0xC0, 0x80], [0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80]];
        // Inside strings (a name, an Arabic name, a text, an id, a date), between tokens, and at both ends.
        var anchors = new[] { "Northland\"", "ميليشيا", "We warn", "\"raid\"", "2024-02-10", "\"events\"", ": [", "}" }
            .Select(a => Encoding.UTF8.GetBytes(Facts).AsSpan().IndexOf(Encoding.UTF8.GetBytes(a)) + 2).Append(0).Append(FactsBytes.Length).ToArray();
        foreach (var at in anchors)
        {
            foreach (var sequence in bad)
            {
                var bytes = FactsBytes[..at].Concat(sequence).Concat(FactsBytes[at..]).ToArray();
                Case($"bytes {Convert.ToHexString(sequence)} at {at}", bytes, invalid: true);
            }
        }
        Summary();
    }

    [Fact]
    public void A_byte_order_mark_changes_nothing()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var plain = Case("no byte-order mark", FactsBytes);
        var marked = Case("UTF-8 byte-order mark", bom.Concat(FactsBytes).ToArray());
        Assert.Empty(marked.Problems);
        Assert.Equal(plain.Sources, marked.Sources);
        // The decoder drops the first mark and the parser skips a second one: lenient (System.Text.Json refuses it), but
        // nothing is lost or changed.
        var twice = Case("two byte-order marks", bom.Concat(bom).Concat(FactsBytes).ToArray(), invalid: false);
        Assert.Empty(twice.Problems);
        Assert.Equal(plain.Sources, twice.Sources);
        // A mark inside the file is not whitespace: it is reported, as System.Text.Json would.
        var inside = Encoding.UTF8.GetBytes(Facts.Replace("\"actors\"", "\uFEFF\"actors\""));
        Assert.Contains(Case("byte-order mark between tokens", inside, invalid: true).In(Mutated), d => d.Id == "KB0001");
        Summary();
    }

    [Fact]
    public void Nesting_100000_deep()
    {
        const int Depth = 100_000;
        string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
        var cases = new (string Name, string Text)[]
        {
            ("arrays at the root", Repeat("[", Depth) + Repeat("]", Depth)),
            ("arrays in a section", "{ \"actors\": " + Repeat("[", Depth) + Repeat("]", Depth) + " }"),
            ("objects in a fact", "{ \"actors\": [ { \"id\": \"x\", \"kind\": \"person\", \"name\": " + Repeat("{\"a\":", Depth) + "1" + Repeat("}", Depth) + " } ] }"),
            ("unclosed arrays", "{ \"events\": " + Repeat("[", Depth)),
            ("unclosed objects", Repeat("{\"a\":", Depth)),
        };
        foreach (var (name, text) in cases)
        {
            var run = Case("nested 100,000 deep: " + name, Encoding.UTF8.GetBytes(text), invalid: true);
            Assert.Contains(run.In(Mutated), d => d.Id == "KB0001" && d.GetMessage().Contains("nested more than 64"));
        }
        // The limit itself: 64 levels are read, the 65th is reported.
        Assert.DoesNotContain(Case("nested 64 deep", Encoding.UTF8.GetBytes(NestedActors(64))).In(Mutated), d => d.Id == "KB0001");
        Assert.Contains(Case("nested 65 deep", Encoding.UTF8.GetBytes(NestedActors(65)), invalid: true).In(Mutated), d => d.Id == "KB0001");
        Summary();
    }

    /// <summary>A file whose deepest value is at nesting level <paramref name="levels"/> (the root object is level 1).</summary>
    public static string NestedActors(int levels) =>
        "{ \"actors\": " + new string('[', levels - 2) + "{}" + new string(']', levels - 2) + " }";

    [Fact]
    public void Numbers_beyond_any_range()
    {
        var cases = new (string Name, string From, string To, bool Valid)[]
        {
            ("1e999999 as paragraph", "\"paragraph\": 1 }", "\"paragraph\": 1e999999 }", false),
            ("-0 as paragraph", "\"paragraph\": 1 }", "\"paragraph\": -0 }", false),
            ("99999999999999999999 as paragraph", "\"paragraph\": 1 }", "\"paragraph\": 99999999999999999999 }", false),
            ("2147483648 as paragraph", "\"paragraph\": 1 }", "\"paragraph\": 2147483648 }", false),
            ("1.5 as paragraph", "\"paragraph\": 1 }", "\"paragraph\": 1.5 }", false),
            ("1E2 as paragraph", "\"paragraph\": 1 }", "\"paragraph\": 1E2 }", false),
            ("a million digits as paragraph", "\"paragraph\": 1 }", "\"paragraph\": " + new string('9', 1_000_000) + " }", false),
            ("1e999999 as a count", "\"low\": 4", "\"low\": 1e999999", false),
            ("-1e999999 as a count", "\"low\": 4", "\"low\": -1e999999", false),
            ("-1 as a count", "\"low\": 4", "\"low\": -1", false),
            ("99999999999999999999 as a count", "\"high\": 6", "\"high\": 99999999999999999999", false),
            ("-0 as a count", "\"low\": 4", "\"low\": -0", true),
            ("2147483647 as a count", "\"high\": 6", "\"high\": 2147483647", true),
        };
        foreach (var (name, from, to, valid) in cases)
        {
            Assert.Contains(from, Facts);
            var run = Case(name, Encoding.UTF8.GetBytes(ReplaceFirst(Facts, from, to)), invalid: !valid);
            if (valid)
            {
                Assert.Empty(run.Problems.Select(d => d.ToString()));
                var count = RobustHarness.Graph(RobustHarness.Load(run)).Events.Single().Fatalities.Single().Count;
                Assert.Equal(to.EndsWith("-0") ? 0 : 4, count.Low);
                Assert.Equal(to.EndsWith("2147483647") ? int.MaxValue : 6, count.High);
            }
            else
            {
                Assert.Contains(run.In(Mutated), d => d.Id is "KB0009" && d.Severity == DiagnosticSeverity.Error);
            }
        }
        Summary();
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static int CountProperties(JsonNode? node) => node switch
    {
        JsonObject o => o.Count + o.Sum(p => CountProperties(p.Value)),
        JsonArray a => a.Sum(CountProperties),
        _ => 0,
    };

    /// <summary>Writes JSON, writing a property twice when <paramref name="duplicate"/> says so (no JSON library writes that).</summary>
    private static string Write(JsonNode? node, Func<string, string?> duplicate)
    {
        switch (node)
        {
            case JsonObject o:
                var members = new List<string>();
                foreach (var (name, value) in o)
                {
                    var again = duplicate(name) != null;
                    var written = System.Text.Json.JsonSerializer.Serialize(name) + ": " + Write(value, duplicate);
                    members.Add(written);
                    if (again) members.Add(written);
                }
                return "{ " + string.Join(", ", members) + " }";
            case JsonArray a:
                return "[ " + string.Join(", ", a.Select(item => Write(item, duplicate))) + " ]";
            case null:
                return "null";
            default:
                return node.ToJsonString();
        }
    }
}

/// <summary>
/// The 50 MB cases of <see cref="MutationFuzzTests"/>, in a collection that runs alone: the hundreds of megabytes they allocate
/// would otherwise stall the timed cases of suites running beside them.
/// </summary>
[Collection(HugeInputs.Name)]
public class HugeInputTests(ITestOutputHelper output)
{
    private const string Mutated = MutationFuzzTests.Mutated;
    private static readonly TimeSpan HugeBound = MutationFuzzTests.HugeBound;
    private static readonly string Facts = MutationFuzzTests.Facts;
    private readonly MutationFuzzTests _cases = new(output);

    [Fact]
    public void A_50_MB_string()
    {
        var huge = new StringBuilder(50 * 1024 * 1024);
        while (huge.Length < 50 * 1024 * 1024) huge.Append("Lorem \\\"ipsum\\\" \u0645\u064A\u0644\u064A\u0634\u064A\u0627 ");
        var value = huge.ToString();
        var bytes = Encoding.UTF8.GetBytes(Facts.Replace("\"name\": \"Northland\"", "\"name\": \"Northland\", \"description\": \"" + value + "\""));
        // Valid JSON, valid by the schema (which sets no length): the oracle is skipped, it would only take seconds to say so.
        var asValue = _cases.Case($"a {bytes.Length / 1048576} MB description", bytes, HugeBound, invalid: false);
        AssertReportedOrKept(asValue, "description");

        var asName = _cases.Case("a 50 MB property name", Encoding.UTF8.GetBytes(Facts.Replace("\"kind\": \"state\"", "\"kind\": \"state\", \"" + value + "\": 1")), HugeBound, invalid: true);
        Assert.Contains(asName.In(Mutated), d => d.Id == "KB0004");

        var unclosed = _cases.Case("a 50 MB string never closed", Encoding.UTF8.GetBytes("{ \"sources\": [ { \"id\": \"s\", \"title\": \"" + value), HugeBound, invalid: true);
        Assert.Contains(unclosed.In(Mutated), d => d.Id == "KB0001");
        _cases.Summary();
    }

    /// <summary>A huge value either reaches the compiled API whole or is reported where it was written; never cut or mangled.</summary>
    private static void AssertReportedOrKept(RobustRun run, string property)
    {
        var reported = run.In(Mutated).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (reported.Length > 0)
        {
            Assert.Contains(reported, d => d.GetMessage().Contains($"'{property}'"));
            Assert.DoesNotContain("Lorem", run.Sources["KnowledgeBase.g.cs"]);
        }
        else
        {
            var actor = RobustHarness.Graph(RobustHarness.Load(run)).Actors.Single(a => a.Id == "northland");
            Assert.True(actor.Description!.Length > 40_000_000);
        }
    }

}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HugeInputs
{
    public const string Name = "Huge inputs";
}
