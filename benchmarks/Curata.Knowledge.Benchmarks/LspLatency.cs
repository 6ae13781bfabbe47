using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Curata.Knowledge.Tool.Tests.Lsp;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// <c>lsp-latency</c>: what an editor waits for from <c>curata-knowledge lsp</c> on a synthetic base (per size of <c>--n</c>, in
/// <c>--files</c> files), measured end to end through a client over stdio, as the tests speak to it. Per keystroke-like edit
/// of one file: the time from <c>didChange</c> to the <c>publishDiagnostics</c> that carries its result (a broken reference,
/// found by checking the edited fact against the base; a syntax error in it, found by parsing the file again; an actor renamed
/// in its own file, which breaks a statement in another that only the full check finds), and the completion round trip at a
/// speaker's value. Warm-up rounds first; the median and the slowest of the measured rounds are printed.
/// </summary>
public static class LspLatency
{
    private const int WarmUpRounds = 2;
    private const int MeasuredRounds = 9;

    public static int Run()
    {
        foreach (var facts in Settings.Sizes)
        {
            var folder = Directory.CreateTempSubdirectory("curata-lsp-bench-").FullName;
            try
            {
                Measure(folder, facts);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        return 0;
    }

    private static void Measure(string folder, int facts)
    {
        var paths = Synthetic.SyntheticKnowledge.WriteTo(folder, facts, Settings.Files, Settings.Seed).Select(p => Path.Combine(folder, p)).ToList();
        var path = paths.First(p => File.ReadAllText(p).Contains("\"speaker\": \"", StringComparison.Ordinal));
        var text = File.ReadAllText(path);
        var speaker = text.IndexOf("\"speaker\": \"", StringComparison.Ordinal) + "\"speaker\": \"".Length;
        var speakerEnd = text.IndexOf('"', speaker);
        var brokenReference = text.Substring(0, speakerEnd) + "-nobody" + text.Substring(speakerEnd);
        var brokenSyntax = text.Substring(0, speaker - 1) + text.Substring(speaker); // the opening quote of the speaker's id removed
        // An actor defined in another file and named as a speaker here: renaming it breaks the statement, which only the
        // full check sees.
        var others = paths.Where(p => p != path).ToDictionary(p => p, File.ReadAllText);
        var (actorsPath, actorsText, idEnd) = SpokenHereDefinedThere(text, others);
        Console.WriteLine($"{facts:N0} facts in {paths.Count} files ({paths.Sum(p => new FileInfo(p).Length) / 1e6:F1} MB); editing {Path.GetFileName(path)} ({text.Length / 1e6:F1} MB)");

        var start = Stopwatch.StartNew();
        using var client = LspClient.Start(folder);
        client.Open(path, text);
        client.Open(actorsPath, actorsText);
        var version = 1;
        var actorsVersion = 1;
        var reference = new List<double>();
        var crossFile = new List<double>();
        var ownFirst = new List<double>();
        var completion = new List<double>();
        var completionPrefix = new List<double>();
        for (var round = 0; round < WarmUpRounds + MeasuredRounds; round++)
        {
            var measured = round >= WarmUpRounds;
            // Each edit is sent as an editor sends it to this server (incremental sync): the range it changes and the new text.
            var timer = Stopwatch.StartNew();
            client.Edit(path, ++version, text, speakerEnd, speakerEnd, "-nobody");
            client.WaitForDiagnostics(path, d => d.Any(x => (string?)x!["code"] == "KB0201"));
            if (round == 0) Console.WriteLine($"  first check after start-up (load, read every file, check): {start.Elapsed.TotalMilliseconds:F0} ms");
            if (measured) reference.Add(timer.Elapsed.TotalMilliseconds);

            // Restored. Not timed: on a large base the early answer clears the error before the full check confirms it
            // silently (an unchanged list is not published again), so the client cannot see when the check ended. So the
            // next edit arrives while that check runs, as a keystroke does, and has to cancel it.
            client.Edit(path, ++version, brokenReference, speakerEnd, speakerEnd + "-nobody".Length, "");
            client.WaitForDiagnostics(path, d => !d.Any(x => (string?)x!["code"] == "KB0201"));

            timer.Restart();
            client.Edit(path, ++version, text, speaker - 1, speaker, "");
            client.WaitForDiagnostics(path, d => d.Any(x => (string?)x!["code"] == "KB0001"));
            if (measured) ownFirst.Add(timer.Elapsed.TotalMilliseconds);
            client.Edit(path, ++version, brokenSyntax, speaker - 1, speaker - 1, "\"");
            client.WaitForDiagnostics(path, d => !d.Any(x => (string?)x!["code"] == "KB0001"));

            // An actor renamed in its own file: the statement that names it, in another file, is broken by the full check.
            timer.Restart();
            client.Edit(actorsPath, ++actorsVersion, actorsText, idEnd, idEnd, "-renamed");
            client.WaitForDiagnostics(path, d => d.Any(x => (string?)x!["code"] == "KB0201"));
            if (measured) crossFile.Add(timer.Elapsed.TotalMilliseconds);
            client.Edit(actorsPath, ++actorsVersion, actorsText.Insert(idEnd, "-renamed"), idEnd, idEnd + "-renamed".Length, "");
            client.WaitForDiagnostics(path, d => !d.Any(x => (string?)x!["code"] == "KB0201"));

            completion.AddRange(Time(measured, () => client.Request("textDocument/completion", At(path, text, speaker))));
            completionPrefix.AddRange(Time(measured, () => client.Request("textDocument/completion", At(path, text, speaker + 3))));
        }
        Report("didChange → publishDiagnostics, broken reference (the edited fact checked against the base)", reference);
        Report("didChange → publishDiagnostics, syntax error in the edited fact", ownFirst);
        Report("didChange → publishDiagnostics in another file, an actor renamed (full check)", crossFile);
        Report("completion round trip at \"speaker\": \" (500 of all actors)", completion);
        Report("completion round trip, 3 characters typed", completionPrefix);
    }

    // The first speaker of `text` whose definition is in another file: that file, its text, and where the id's value ends.
    private static (string Path, string Text, int IdEnd) SpokenHereDefinedThere(string text, Dictionary<string, string> others)
    {
        for (var at = text.IndexOf("\"speaker\": \"", StringComparison.Ordinal); at >= 0; at = text.IndexOf("\"speaker\": \"", at + 1, StringComparison.Ordinal))
        {
            var start = at + "\"speaker\": \"".Length;
            var definition = "\"id\": \"" + text.Substring(start, text.IndexOf('"', start) - start) + "\"";
            foreach (var (path, other) in others)
            {
                var found = other.IndexOf(definition, StringComparison.Ordinal);
                if (found >= 0) return (path, other, found + definition.Length - 1);
            }
        }
        throw new InvalidOperationException("no statement names a speaker defined in another file");
    }

    private static IEnumerable<double> Time(bool measured, Action action)
    {
        var timer = Stopwatch.StartNew();
        action();
        return measured ? new[] { timer.Elapsed.TotalMilliseconds } : Array.Empty<double>();
    }

    private static JsonObject At(string path, string text, int offset)
    {
        var line = text.Take(offset).Count(c => c == '\n');
        var character = offset - (text.LastIndexOf('\n', offset - 1) + 1);
        return new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        };
    }

    private static void Report(string what, List<double> milliseconds)
    {
        var sorted = milliseconds.OrderBy(m => m).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: median {sorted[sorted.Count / 2]:F0} ms, slowest {sorted[^1]:F0} ms ({sorted.Count} rounds)"));
    }
}
