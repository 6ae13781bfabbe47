using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using Curata.Knowledge.Generators.Tests.Support;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// Random knowledge bases that declare their own kinds (kebab ids, camelCase plurals) with properties of every datatype (dates
/// with times of day and offsets, spans, counts, quantities with and without a default unit, points, identifiers of a declared
/// scheme, enums, references to declared and standard kinds, terms of the vocabularies), required and many-valued, and add
/// properties to events and actors: each compiles with no diagnostic, and every value written reads back equal through
/// <see cref="Fact.GetValue"/> and the generated typed member. A wrong value or a misspelt property name gives exactly one
/// located diagnostic and costs nothing else.
/// </summary>
public class DeclarationPropertyTests(ITestOutputHelper output)
{
    private static readonly string Seed = new PCG(11, 20240611).ToString();

    /// <summary>Each case compiles and loads an assembly; a dozen keep each test to a few seconds.</summary>
    private const int Iterations = 12;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static RobustRun Run(string name, IReadOnlyList<(string Path, string Text)> files) =>
        RobustHarness.RunWithin(Bound, name, () => files.Select(f => RobustHarness.Text(f.Path, f.Text)));

    /// <summary>Writes the files to a fresh folder (ReadBack reads the JSON itself, independently of the generator).</summary>
    private static string Folder(IReadOnlyList<(string Path, string Text)> files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "curata-declared-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in files) File.WriteAllText(Path.Combine(folder, Path.GetFileName(path)), text);
        return folder;
    }

    [Fact]
    public void Random_declared_bases_compile_cleanly_and_read_back_every_value()
    {
        RobustHarness.WarmUp();
        var stats = new SuiteStats("declared property");
        var values = 0;
        var datatypes = new HashSet<string>();
        DeclaredBase.Bases.Sample(b =>
        {
            var name = $"declared base (seed {b.Seed})";
            var files = b.Files();
            var run = Run(name, files);
            var problems = run.Problems.Select(d => d.ToString()).ToArray();
            Assert.True(problems.Length == 0, "a valid declared base raised: " + string.Join(Environment.NewLine, problems));
            RobustHarness.AssertCompiles(run, name);
            var assembly = RobustHarness.Load(run);
            var graph = RobustHarness.Graph(assembly);

            foreach (var kind in b.Kinds)
            {
                var type = assembly.GetType("UserProject." + kind.TypeName, throwOnError: false);
                Assert.True(type != null && type.IsSubclassOf(typeof(DeclaredFact)), $"{name}: no generated type {kind.TypeName} for the kind '{kind.Id}'");
                Assert.Equal(b.Facts.Where(f => f.Kind == kind.Id).Select(f => f.Id).Order(StringComparer.Ordinal), graph.FactsOfKind(kind.Id).Select(f => f.Id));
            }
            var folder = Folder(files);
            try
            {
                var compared = ReadBack.AssertEveryValue(folder, graph, assembly);
                var declared = b.Facts.Sum(f => f.Values.Count(v => b.Properties.Any(p => p.Kind == f.Kind && p.Name == v.Name)));
                Assert.True(compared.Count >= declared, $"{name}: compared {compared.Count} values, but {declared} declared ones were written");
                values += declared;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
            datatypes.UnionWith(b.Properties.Select(p => p.Type));
            stats.Record(name, run.Elapsed);
        }, seed: Seed, iter: Iterations, threads: 1, print: b => b.ToString());
        output.WriteLine(stats.Summary() + $"; {values} declared values read back");
        Assert.Equal(DeclaredBase.Datatypes.Order(), datatypes.Order());
    }

    [Fact]
    public void The_same_declarations_and_facts_give_byte_identical_sources_whatever_the_files()
    {
        DeclaredBase.Bases.Sample(b =>
        {
            var reference = Generate(Run("three files", b.Files(3)));
            var variants = new (string Name, IReadOnlyList<(string Path, string Text)> Files)[]
            {
                ("shuffled into two files, properties at the root", b.Files(2, order: b.Seed | 1, inline: false)),
                ("shuffled into five files", b.Files(5, order: b.Seed ^ 0x5a5a, inline: true)),
                ("one file", b.Files(1, order: 7, inline: false)),
            };
            foreach (var (name, files) in variants)
            {
                var generated = Generate(Run(name, files));
                Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
                foreach (var (hint, (text, checksum)) in reference)
                {
                    Assert.True(text == generated[hint].Text, $"{name}: {hint} differs");
                    Assert.Equal(checksum, generated[hint].Checksum);
                }
            }
        }, seed: Seed, iter: 6, threads: 1, print: b => b.ToString());
    }

    private static Dictionary<string, (string Text, byte[] Checksum)> Generate(RobustRun run)
    {
        Assert.Empty(run.Problems.Select(d => d.ToString()));
        return run.Run.Driver.GetRunResult().Results.Single().GeneratedSources
            .ToDictionary(s => s.HintName, s => (s.SourceText.ToString(), s.SourceText.GetChecksum().ToArray()));
    }

    /// <summary>Wrong values of each datatype, and the diagnostic each must give.</summary>
    private static readonly Dictionary<string, (string Json, string Id)[]> WrongValues = new()
    {
        ["text"] = [("12", "KB0002"), ("true", "KB0002"), ("{ }", "KB0002")],
        ["verbatim"] = [("[ ]", "KB0002"), ("-1.5", "KB0002")],
        ["reference"] = [("7", "KB0002"), ("false", "KB0002")],
        ["term"] = [("1", "KB0002"), ("{ \"id\": \"city\" }", "KB0002")],
        ["identifier"] = [("\"not a code\"", "KB0804"), ("\"ab-12\"", "KB0804"), ("42", "KB0002")],
        ["integer"] = [("\"12\"", "KB0002"), ("1.5", "KB0009"), ("99999999999999999999", "KB0009"), ("true", "KB0002")],
        ["decimal"] = [("\"1.5\"", "KB0002"), ("1e400", "KB0009"), ("1" + new string('0', 40), "KB0009")],
        ["boolean"] = [("\"true\"", "KB0002"), ("1", "KB0002")],
        ["date"] = [("20220603", "KB0002"), ("{ \"from\": \"2020\" }", "KB0002")],
        ["span"] = [("2022", "KB0002"), ("[ \"2020\" ]", "KB0002")],
        ["count"] = [("5", "KB0002"), ("\"5\"", "KB0002")],
        ["quantity"] = [("\"5 t\"", "KB0002"), ("[ 5 ]", "KB0002")],
        ["point"] = [("\"here\"", "KB0002"), ("[ 1, 2 ]", "KB0002")],
        ["enum"] = [("\"not-a-listed-value\"", "KB0007"), ("3", "KB0002")],
    };

    [Fact]
    public void A_value_of_the_wrong_datatype_gives_one_located_diagnostic_and_keeps_every_fact()
    {
        var cases = 0;
        var ids = new HashSet<string>();
        FixedSamples.Run(DeclaredBase.Bases.Select(Gen.Int[0, DeclaredBase.Datatypes.Length - 1], Gen.Int, Gen.Int, (b, type, pick, wrong) => (b, type, pick, wrong)), Seed, 60, c =>
        {
            var (b, type, pick, wrongPick) = c;
            // A fact and one of its kind's optional properties (so the fact survives without it), of the chosen datatype if any.
            var choices = b.Facts.SelectMany(f => b.Properties.Where(p => p.Kind == f.Kind && !p.Required).Select(p => (Fact: f, Property: p))).ToArray();
            if (choices.Length == 0) return;
            if (choices.Any(x => x.Property.Type == DeclaredBase.Datatypes[type])) choices = choices.Where(x => x.Property.Type == DeclaredBase.Datatypes[type]).ToArray();
            var (fact, property) = choices[(int)((uint)pick % choices.Length)];
            var options = WrongValues[property.Type];
            var (wrong, id) = options[(int)((uint)wrongPick % options.Length)];
            var written = property.Many ? "[ " + wrong + " ]" : wrong;
            var edited = fact with { Values = fact.Values.Where(v => v.Name != property.Name).Prepend((property.Name, written)).ToList() };
            b.Facts[b.Facts.IndexOf(fact)] = edited;
            var files = b.Files();
            var name = $"{wrong} for {fact.Kind}.{property.Name} ({property.Type}{(property.Many ? ", many" : "")}) in seed {b.Seed}";

            var run = Run(name, files);
            var problems = run.Problems.ToArray();
            Assert.True(problems.Length == 1 && problems[0].Id == id,
                $"{name}: expected one {id}, got [{string.Join("; ", problems.Select(d => d.ToString()))}]");

            // Located on the wrong value itself: the fact's text is unique (it holds the fact's id), the value is its first property.
            var diagnostic = problems[0];
            var (path, text) = files.Single(f => f.Text.Contains(edited.Json(), StringComparison.Ordinal));
            var expected = text.IndexOf(edited.Json(), StringComparison.Ordinal) + $"{{ \"id\": \"{fact.Id}\", \"{property.Name}\": {(property.Many ? "[ " : "")}".Length;
            Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
            Assert.Equal(expected, diagnostic.Location.SourceSpan.Start);
            Assert.Equal(wrong, text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));

            // Every fact is kept; the wrong value is left out.
            RobustHarness.AssertCompiles(run, name);
            var graph = RobustHarness.Graph(RobustHarness.Load(run));
            foreach (var f in b.Facts) Assert.True(graph.Find(f.Id) != null, $"{name}: '{f.Id}' was dropped");
            var value = graph.Find(fact.Id)!.GetValue(property.Name);
            Assert.True(property.Many ? value is System.Collections.IList { Count: 0 } : value == null, $"{name}: the wrong value read back as {value}");
            cases++;
            ids.Add(id);
        }, c => c.ToString()!);
        output.WriteLine($"{cases} wrong values, diagnostics {string.Join(", ", ids.Order())}");
        Assert.True(cases >= 45, $"only {cases} cases had an optional property");
        Assert.Superset(new HashSet<string> { "KB0002", "KB0007", "KB0009", "KB0804" }, ids);
    }

    /// <summary>Every name a fact of these standard kinds may carry, besides the declared ones.</summary>
    private static readonly Dictionary<string, string[]> StandardNames = new()
    {
        ["event"] = ["type", "name", "summary", "date", "place", "participants", "fatalities", "occurrences", "causes", "partOf", "places"],
        ["actor"] = ["kind", "name", "aliases", "description", "lifespan", "roles"],
    };

    [Fact]
    public void A_misspelt_property_gives_one_located_KB0004_suggesting_the_declared_name()
    {
        var cases = 0;
        FixedSamples.Run(DeclaredBase.Bases.Select(Gen.Int, Gen.Int, Gen.Char['a', 'z'], (b, pick, at, letter) => (b, pick, at, letter)), Seed, 30, c =>
        {
            var (b, pick, at, letter) = c;
            var choices = b.Facts.SelectMany(f => f.Values.Select(v => (Fact: f, v.Name, v.Json)))
                .Where(x => b.Properties.Any(p => p.Kind == x.Fact.Kind && p.Name == x.Name && !p.Required) && x.Name.Length >= 4).ToArray();
            if (choices.Length == 0) return;
            var (fact, property, json) = choices[(int)((uint)pick % choices.Length)];
            var position = 1 + (int)((uint)at % (property.Length - 1)); // the first letter stays lower case: still a valid name
            var typo = property[..position] + letter + property[(position + 1)..];
            // Only a typo whose one closest name is the intended one (at distance 1) says what the suggestion must be.
            var candidates = b.Properties.Where(p => p.Kind == fact.Kind).Select(p => p.Name)
                .Concat(StandardNames.GetValueOrDefault(fact.Kind, [])).Concat(["id", "ids", "sources"]).Distinct().ToArray();
            if (typo == property || candidates.Contains(typo) || candidates.Count(n => Distance(n, typo) <= 2) != 1) return;

            var edited = fact with { Values = fact.Values.Where(v => v.Name != property).Prepend((typo, json)).ToList() };
            b.Facts[b.Facts.IndexOf(fact)] = edited;
            var files = b.Files();
            var name = $"'{typo}' for {fact.Kind}.{property} in seed {b.Seed}";
            var run = Run(name, files);
            var problems = run.Problems.ToArray();
            Assert.True(problems.Length == 1 && problems[0].Id == "KB0004", $"{name}: expected one KB0004, got [{string.Join("; ", problems.Select(d => d.ToString()))}]");
            Assert.Contains($"'{typo}'; did you mean '{property}'?", problems[0].GetMessage(), StringComparison.Ordinal);
            var (path, text) = files.Single(f => f.Text.Contains(edited.Json(), StringComparison.Ordinal));
            var span = problems[0].Location.SourceSpan;
            Assert.Equal(path, problems[0].Location.GetLineSpan().Path);
            Assert.Equal(text.IndexOf(edited.Json(), StringComparison.Ordinal) + $"{{ \"id\": \"{fact.Id}\", ".Length, span.Start);
            Assert.Equal($"\"{typo}\"", text.Substring(span.Start, span.Length));
            var graph = RobustHarness.Graph(RobustHarness.Load(run));
            foreach (var f in b.Facts) Assert.True(graph.Find(f.Id) != null, $"{name}: '{f.Id}' was dropped");
            cases++;
        }, c => c.ToString()!);
        output.WriteLine($"{cases} misspelt names");
        Assert.True(cases >= 15, $"only {cases} typos were unambiguous");
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
            }
        }
        return d[a.Length, b.Length];
    }
}
