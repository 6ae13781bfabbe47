using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Options;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// The reader, the checker and the emitter stop when their token is cancelled, on a base large enough that finishing would take
/// a long time: they throw <see cref="OperationCanceledException"/> promptly instead of running to the end. The compiler cancels
/// the token whenever an edit makes the run stale, so a stage that ignored it would keep a core busy for nothing.
/// </summary>
[Collection(HugeInputs.Name)] // alone: it times itself, and its 38,000 facts would slow the timed cases of other suites
public class CancellationTests(ITestOutputHelper output)
{
    /// <summary>Facts in the synthetic base (× 19): 2,000 sources, 2,000 actors, 24,000 statements, 6,000 events, 4,000 relations.</summary>
    private const int Scale = 2_000;

    private static readonly Lazy<(string Path, string Text)[]> Files = new(() => SyntheticBase(Scale));

    /// <summary>Writes a valid base of 19 × <paramref name="scale"/> facts over four files.</summary>
    public static (string Path, string Text)[] SyntheticBase(int scale)
    {
        var files = Enumerable.Range(0, 4).Select(_ => new StringBuilder()).ToArray();
        var sections = new[] { "sources", "actors", "statements", "events" };
        for (var f = 0; f < 4; f++) files[f].Append("{\n");
        files[3].Append("\"eventTypes\": [ { \"id\": \"attack\", \"name\": \"Attack\" } ],\n\"participantRoles\": [ { \"id\": \"target\", \"name\": \"target\" } ],\n")
            .Append("\"predicates\": [ { \"id\": \"backs\", \"name\": \"backs\" } ],\n");
        files[0].Append("\"sources\": [\n").AppendJoin(",\n", Enumerable.Range(0, scale).Select(i =>
            $"{{ \"id\": \"source-{i}\", \"kind\": \"news-article\", \"title\": \"Source {i} \\\"quoted\\\" ميليشيا\", \"published\": \"2024-03-01\" }}")).Append("\n],\n");
        files[0].Append("\"actors\": [\n").AppendJoin(",\n", Enumerable.Range(0, scale).Select(i =>
            $"{{ \"id\": \"actor-{i}\", \"kind\": \"person\", \"name\": \"Actor {i}\", \"aliases\": [\"A{i}\"], \"lifespan\": {{ \"from\": \"1950\" }}, \"sources\": [ {{ \"source\": \"source-{i}\", \"paragraph\": 1 }} ] }}")).Append("\n]\n}");
        files[1].Append("\"statements\": [\n").AppendJoin(",\n", Enumerable.Range(0, 6 * scale).Select(i =>
            $"{{ \"id\": \"statement-{i}\", \"speaker\": \"actor-{i % scale}\", \"date\": \"2024-02-0{1 + i % 9}\", \"mode\": \"quotation\", \"text\": \"Words number {i}, with \\\\ and \\n.\", \"about\": [\"actor-{(i + 1) % scale}\"], \"sources\": [ {{ \"source\": \"source-{i % scale}\" }} ] }}")).Append("\n]\n}");
        files[2].Append("\"statements\": [\n").AppendJoin(",\n", Enumerable.Range(6 * scale, 6 * scale).Select(i =>
            $"{{ \"id\": \"statement-{i}\", \"speaker\": \"actor-{i % scale}\", \"mode\": \"paraphrase\", \"text\": \"Said {i}.\", \"sources\": [ {{ \"source\": \"source-{i % scale}\" }} ] }}")).Append("\n],\n");
        files[2].Append("\"relations\": [\n").AppendJoin(",\n", Enumerable.Range(0, 2 * scale).Select(i =>
            $"{{ \"id\": \"relation-{i}\", \"subject\": \"actor-{i % scale}\", \"predicate\": \"backs\", \"object\": \"actor-{(i + 1 + i / scale) % scale}\", \"span\": {{ \"from\": \"2001\" }}, \"sources\": [ {{ \"source\": \"source-{i % scale}\" }} ] }}")).Append("\n]\n}");
        files[3].Append("\"events\": [\n").AppendJoin(",\n", Enumerable.Range(0, 3 * scale).Select(i =>
            $"{{ \"id\": \"event-{i}\", \"type\": \"attack\", \"name\": \"Event {i}\", \"date\": \"2024-01\", \"participants\": [ {{ \"actor\": \"actor-{i % scale}\", \"role\": \"target\" }} ], " +
            $"\"fatalities\": [ {{ \"count\": {{ \"low\": {i}, \"high\": {i + 5} }} }} ], \"causes\": [{(i > 0 ? $"\"event-{i - 1}\"" : "")}], \"sources\": [ {{ \"source\": \"source-{i % scale}\", \"paragraph\": 2 }} ] }}")).Append("\n]\n}");
        return files.Select((f, i) => ($"/k/synthetic-{i}.json", f.ToString())).ToArray();
    }

    private static ImmutableArray<KnowledgeFileSpec> ReadAll() => Read(Files.Value);

    private static ImmutableArray<KnowledgeFileSpec> Read((string Path, string Text)[] files) =>
        files.Select(f => KnowledgeFileReader.Read(f.Path, SourceText.From(f.Text), CancellationToken.None)).ToImmutableArray();

    /// <summary>
    /// Times a stage uncancelled, then with a token cancelled before it starts and one cancelled a quarter of the way in, and
    /// asserts both cancelled runs throw and stop long before the uncancelled run would finish.
    /// </summary>
    private void AssertStopsPromptly(string stage, Action<CancellationToken> run, TimeSpan notCancellable = default)
    {
        run(CancellationToken.None); // warm
        // The shorter of two runs: one stalled by the machine would put the cancel after a normal run's end.
        var duration = TimeSpan.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            var full = Stopwatch.StartNew();
            run(CancellationToken.None);
            if (full.Elapsed < duration) duration = full.Elapsed;
        }

        var before = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => run(new CancellationToken(canceled: true)));
        var stoppedBefore = before.Elapsed;

        // Cancelled a quarter of the way in, from a thread of its own (a timer could fire late on a busy thread pool).
        var cancelAt = duration / 4;
        using var source = new CancellationTokenSource();
        var during = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;
        var canceller = new Thread(() =>
        {
            Thread.Sleep(cancelAt);
            cancelledAt = during.Elapsed;
            source.Cancel();
        }) { IsBackground = true, Priority = ThreadPriority.Highest };
        canceller.Start();
        Exception? thrown;
        TimeSpan stoppedDuring;
        try
        {
            thrown = Record.Exception(() => run(source.Token));
            stoppedDuring = during.Elapsed;
        }
        finally
        {
            // The canceller must be done with the source before it is disposed, whatever the run did: cancelling a disposed
            // source throws, and on a thread of its own that would take the whole test process down.
            canceller.Join();
        }
        Assert.True(thrown is OperationCanceledException,
            $"{stage}: cancelled at {cancelAt.TotalMilliseconds:0} ms, but " + (thrown == null ? $"it finished first, after {stoppedDuring.TotalMilliseconds:0} ms" : "it threw " + thrown));

        var latency = stoppedDuring - cancelledAt;
        output.WriteLine($"[cancellation] {stage}: {duration.TotalMilliseconds:0} ms to finish; cancelled before the start, stopped after {stoppedBefore.TotalMilliseconds:0} ms; " +
            $"cancelled at {cancelledAt.TotalMilliseconds:0} ms, stopped {latency.TotalMilliseconds:0} ms later");
        Assert.True(duration > TimeSpan.FromMilliseconds(100), $"{stage}: the base is too small to measure ({duration.TotalMilliseconds:0} ms)");
        // Promptly: well before the uncancelled run would have ended. The slack is wide because CI shares two cores with
        // other test projects; what this proves is that cancellation is honoured inside the loops, not how fast.
        var slack = TimeSpan.FromMilliseconds(250) + notCancellable;
        Assert.True(stoppedBefore < duration / 4 + slack, $"{stage}: a token cancelled before the start was honoured only after {stoppedBefore.TotalMilliseconds:0} ms of {duration.TotalMilliseconds:0}");
        Assert.True(latency < duration / 4 + slack, $"{stage}: cancelled at {cancelledAt.TotalMilliseconds:0} ms, stopped only {latency.TotalMilliseconds:0} ms later (a full run takes {duration.TotalMilliseconds:0} ms)");
    }

    [Fact]
    public void The_reader_stops_when_cancelled()
    {
        // Three times the base: reading it once took 80–120 ms on two cores, too close to the shortest run this can measure.
        var texts = SyntheticBase(3 * Scale).Select(f => (f.Path, Text: SourceText.From(f.Text))).ToArray();
        var facts = texts.Select(f => KnowledgeFileReader.Read(f.Path, f.Text, CancellationToken.None))
            .Sum(spec => spec.Sources.Count + spec.Actors.Count + spec.Statements.Count + spec.Events.Count + spec.Relations.Count);
        Assert.Equal(19 * 3 * Scale, facts);

        // The parser checks the token only every few thousand values: the longest file's parse is measured and allowed for.
        var parsing = texts.Max(f =>
        {
            var parse = Stopwatch.StartNew();
            Json.JsonParser.Parse(f.Text.ToString());
            return parse.Elapsed;
        });
        output.WriteLine($"[cancellation] {facts:N0} facts in {texts.Sum(f => f.Text.Length) / 1048576.0:0.0} MB of JSON; parsing the largest file, which no token interrupts: {parsing.TotalMilliseconds:0} ms");
        AssertStopsPromptly("reader", token =>
        {
            foreach (var (path, text) in texts) KnowledgeFileReader.Read(path, text, token);
        }, parsing);
    }

    [Fact]
    public void The_checker_stops_when_cancelled()
    {
        // Twice the base: the checker runs on every core and takes too little of the base's time to measure otherwise.
        var files = Read(SyntheticBase(2 * Scale));
        var spec = KnowledgeBaseChecker.Check(files, ImmutableArray<SourceTextSpec>.Empty, CancellationToken.None);
        Assert.Empty(spec.Diagnostics.Where(d => Diagnostics.DiagnosticDescriptors.ById[d.Id].DefaultSeverity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(d => d.ToString()));
        // Fresh model instances for every run, and nothing left by the last check: the checker reuses its last result for the
        // very same instances, and takes up what still holds of the last check for equal ones.
        AssertStopsPromptly("checker", token =>
        {
            KnowledgeBaseChecker.ForgetLastCheck();
            KnowledgeBaseChecker.Check(files.Select(f => f with { }).ToImmutableArray(), ImmutableArray<SourceTextSpec>.Empty, token);
        });
    }

    [Fact]
    public void A_stage_that_ends_before_its_cancel_fails_the_test_and_leaves_the_process_running()
    {
        // Slow while timed, quick once cancellable: the run under the token ends before the canceller wakes. The canceller
        // then cancels a source the test would already have disposed, had it not waited for it, and the test process dies.
        var calls = 0;
        var error = Record.Exception(() => AssertStopsPromptly("a stage that gets quick", token =>
        {
            token.ThrowIfCancellationRequested();
            Thread.Sleep(++calls <= 3 ? 400 : 10);
        }));
        Assert.Contains("it finished first", Assert.IsAssignableFrom<Xunit.Sdk.XunitException>(error).Message);
    }

    [Fact]
    public void The_emitter_stops_when_cancelled()
    {
        var spec = KnowledgeBaseChecker.Check(ReadAll(), ImmutableArray<SourceTextSpec>.Empty, CancellationToken.None);
        var options = GeneratorOptions.Read(new TestOptionsProvider(RobustHarness.Properties()).GlobalOptions);
        // What a build's compile emits: the API, then the fact table's file (the longer by far), written afresh each time: a
        // write of the same base would copy the last one's.
        AssertStopsPromptly("emitter", token =>
        {
            WrittenFactTable.Forget();
            KnowledgeEmitter.Emit(spec, options, false, EquatableArray<string>.Empty, token);
            KnowledgeEmitter.FactTable(spec, options, token);
        });
    }
}
