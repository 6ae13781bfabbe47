using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using CsCheck;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// "Did you mean" runs once per broken reference over every id of the kind, so a base with thousands of broken references
/// (an actor renamed, a file of typos) must not take minutes: the suggestion search is bounded, and gives the same answers as
/// the plain search it replaced.
/// </summary>
public class SuggestionTests(ITestOutputHelper output)
{
    private static readonly string Seed = new PCG(17, 20240207).ToString();

    /// <summary>
    /// The plain search: full Damerau-Levenshtein (optimal string alignment) distance to every plausible candidate, accepted
    /// as documented for KB0201 (containment, or a shared start and at most max(1, length / 4) edits).
    /// </summary>
    private static string? Reference(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lowered = wrong.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var lowerCandidate = candidate.ToLowerInvariant();
            var contains = lowered.Length >= 4 && lowerCandidate.Length >= 4 && (lowerCandidate.Contains(lowered) || lowered.Contains(lowerCandidate));
            var sameStart = lowered.Length > 0 && lowerCandidate.Length > 0 && (lowered[0] == lowerCandidate[0]
                || (lowered.Length > 1 && lowerCandidate.Length > 1 && lowered[0] == lowerCandidate[1] && lowered[1] == lowerCandidate[0]));
            var distance = contains ? 1 : sameStart ? DamerauLevenshtein(lowered, lowerCandidate) : int.MaxValue;
            if (!contains && distance > Math.Max(1, wrong.Length / 4)) continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int DamerauLevenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [Fact]
    public void The_bounded_search_suggests_what_the_plain_search_does()
    {
        // A small alphabet and related strings, so candidates are often near, tied, contained or just past the limit.
        var word = Gen.Char["abAB-1é"].Array[0, 30].Select(c => new string(c));
        var cases = Gen.Select(word, word.Array[0, 25]);
        cases.Sample((wrong, candidates) =>
        {
            var related = candidates.Concat(candidates.Select(c => c.Length > 0 ? c[1..] + wrong : wrong + "x")).ToArray();
            Assert.Equal(Reference(wrong, related), Names.Closest(wrong, related));
        }, seed: Seed, iter: 20_000, threads: 1);
    }

    [Fact]
    public void Thousands_of_broken_references_are_reported_in_seconds()
    {
        // 600 ids and 1,200 broken references: over a million comparisons in each of the generator and the analyzer. The search
        // is still one pass over the ids per broken reference (see docs/limits.md), so this stays at a size a build meets.
        const int N = 600;
        var actors = string.Join(",\n", Enumerable.Range(0, N).Select(i =>
            $"{{ \"id\": \"actor-number-{i}\", \"kind\": \"person\", \"name\": \"Actor {i}\", \"aliases\": [\"Number {i}\"], \"sources\": [ {{ \"source\": \"s\" }} ] }}"));
        // Half the statements name a speaker that is not there (and are dropped); the other half are about a fact that is not.
        var statements = string.Join(",\n", Enumerable.Range(0, 2 * N).Select(i => i < N
            ? $"{{ \"id\": \"st-{i}\", \"speaker\": \"actor-numbr-{i}x\", \"mode\": \"paraphrase\", \"text\": \"t\", \"sources\": [ {{ \"source\": \"s\" }} ] }}"
            : $"{{ \"id\": \"st-{i}\", \"speaker\": \"actor-number-{i - N}\", \"mode\": \"paraphrase\", \"text\": \"t\", \"about\": [\"nothing-{i}\"], \"sources\": [ {{ \"source\": \"s\" }} ] }}"));
        var text = $"{{ \"sources\": [ {{ \"id\": \"s\", \"kind\": \"report\", \"title\": \"t\" }} ],\n\"actors\": [\n{actors}\n],\n\"statements\": [\n{statements}\n] }}";

        var run = RobustHarness.RunWithin(TimeSpan.FromSeconds(10), $"{N} broken speakers and {N} broken references", () => [RobustHarness.Text("/k/broken.json", text)]);
        output.WriteLine($"[suggestions] {N:N0} actors, {2 * N:N0} broken references: generator and analyzer in {run.Elapsed.TotalMilliseconds:0} ms");
        var unknown = run.Problems.Where(d => d.Id == "KB0201").ToArray();
        Assert.Equal(2 * N, unknown.Length);
        Assert.Contains(unknown, d => d.GetMessage() == "No actor has the id 'actor-numbr-17x'; did you mean 'actor-number-17'?");
        RobustHarness.AssertCompiles(run, "broken references");
    }
}
