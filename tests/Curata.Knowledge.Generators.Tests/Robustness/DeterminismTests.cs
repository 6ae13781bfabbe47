using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// The generated source depends on the facts only: the same facts in files given in another order, under other names, split
/// into other files, or with CRLF, CR or LF line endings give byte-identical source.
/// </summary>
public class DeterminismTests(ITestOutputHelper output)
{
    private static readonly string Seed = new PCG(13, 20240207).ToString();

    private const int Iterations = 10;

    [Fact]
    public void The_same_facts_give_byte_identical_source_whatever_the_files()
    {
        var stats = new SuiteStats("determinism");
        ValidBase.Recipes.Where(r => r.Files >= 2).Sample(recipe =>
        {
            var b = ValidBase.Build(recipe);
            var reference = Generate("as written", b.Files, stats);
            var files = b.Files;
            var variants = new List<(string Name, IReadOnlyList<(string Path, string Text)> Files)>
            {
                ("files in reverse order", files.AsEnumerable().Reverse().ToArray()),
                ("files rotated", files.Skip(1).Append(files[0]).ToArray()),
                ("files renamed", files.Select((f, i) => ($"/elsewhere/{files.Count - i:D2}-renamed.json", f.Text)).ToArray()),
                ("files renamed into folders", files.Select((f, i) => ($"/k/{new string('z', i + 1)}/a.json", f.Text)).ToArray()),
                ("CRLF line endings", files.Select(f => (f.Path, f.Text.Replace("\n", "\r\n"))).ToArray()),
                ("CR line endings", files.Select(f => (f.Path, f.Text.Replace("\n", "\r"))).ToArray()),
                ("mixed line endings and a byte-order mark", files.Select((f, i) => (f.Path, (i % 2 == 0 ? "\uFEFF" : "") + f.Text.Replace("\n", i % 2 == 0 ? "\r\n" : "\n"))).ToArray()),
                ("one file", ValidBase.Build(recipe with { Files = 1 }).Files),
                ("four files, split otherwise", ValidBase.Build(recipe with { Files = 4, Choices = recipe.Choices }).Files.AsEnumerable().Reverse().ToArray()),
            };
            foreach (var (name, variant) in variants)
            {
                var generated = Generate(name, variant, stats);
                Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
                foreach (var (hint, (text, checksum)) in reference)
                {
                    var (otherText, otherChecksum) = generated[hint];
                    if (text == otherText && checksum.SequenceEqual(otherChecksum)) continue;
                    var at = Enumerable.Range(0, Math.Min(text.Length, otherText.Length)).FirstOrDefault(i => text[i] != otherText[i]);
                    Assert.Fail($"{name}: {hint} differs at character {at}: \"{Excerpt(text, at)}\" became \"{Excerpt(otherText, at)}\"");
                }
            }
        }, seed: Seed, iter: Iterations, threads: 1, print: r => ValidBase.Build(r).ToString());
        output.WriteLine(stats.Summary());
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(80, text.Length - Math.Max(0, at - 40)));

    /// <summary>The generated files: text and checksum of the bytes the compiler would see.</summary>
    private static Dictionary<string, (string Text, byte[] Checksum)> Generate(string name, IEnumerable<(string Path, string Text)> files, SuiteStats stats)
    {
        var run = RobustHarness.RunWithin(TimeSpan.FromSeconds(5), name, () => files.Select(f => RobustHarness.Text(f.Path, f.Text)));
        Assert.Empty(run.Problems.Select(d => d.ToString()));
        stats.Record(name, run.Elapsed);
        return run.Run.Driver.GetRunResult().Results.Single().GeneratedSources
            .ToDictionary(s => s.HintName, s => (s.SourceText.ToString(), s.SourceText.GetChecksum().ToArray()));
    }
}
