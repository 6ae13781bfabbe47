using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// (e) Time to the first answered query, from nothing loaded: an actor by id, then one statement by that speaker.
/// The alternative deserializes every file with a source-generated JsonSerializerContext and then scans; the compiled base is
/// loaded into a fresh load context before each measured call (so its static initialiser, and the JIT of its code, run every
/// time) and answers through <c>KnowledgeBase.Graph</c>. One call per iteration. Memory held after loading is printed by
/// <c>-- memory</c>; BenchmarkDotNet's Allocated column is what each side allocates on the way.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class StartupBenchmarks
{
    private byte[][] _files = null!;
    private string _actorId = null!;
    private byte[] _image = null!;
    private LoadedKnowledge? _loaded;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Settings.Sizes;

    [GlobalSetup(Target = nameof(Json_LoadThenFirstQuery))]
    public void SetupJson()
    {
        var workload = Workload.Create(N);
        _files = workload.Files.Select(f => f.Utf8).ToArray();
        _actorId = QueriedActor(workload);
    }

    [GlobalSetup(Target = nameof(Compiled_FirstQuery))]
    public void SetupCompiled()
    {
        SetupJson();
        try
        {
            _image = CompiledKnowledge.Get(N);
        }
        catch (CaseSkippedException skipped)
        {
            Guard.Report(skipped, $"{nameof(StartupBenchmarks)}.{nameof(Compiled_FirstQuery)}(N={N})");
            throw;
        }
    }

    [IterationSetup(Target = nameof(Compiled_FirstQuery))]
    public void LoadFreshCopy() => _loaded = CompiledKnowledge.Load(_image, collectible: true);

    [IterationCleanup(Target = nameof(Compiled_FirstQuery))]
    public void UnloadCopy()
    {
        _loaded?.Unload();
        _loaded = null;
    }

    [Benchmark(Baseline = true)]
    public int Json_LoadThenFirstQuery()
    {
        var files = new KnowledgeFileJson[_files.Length];
        for (var i = 0; i < files.Length; i++) files[i] = JsonSerializer.Deserialize(_files[i], KnowledgeJsonContext.Default.KnowledgeFileJson)!;
        var actor = files.SelectMany(f => f.Actors ?? []).First(a => a.Id == _actorId);
        var statement = files.SelectMany(f => f.Statements ?? []).First(s => s.Speaker == actor.Id);
        return statement.Text.Length;
    }

    [Benchmark]
    public int Compiled_FirstQuery()
    {
        var graph = _loaded!.Graph();
        if (!graph.TryGet<Actor>(_actorId, out var actor)) throw new InvalidOperationException($"No actor '{_actorId}'.");
        return actor!.Statements[0].Text.Length;
    }

    /// <summary>An actor from the middle of the middle fact file: neither the first nor the last thing either side reads.</summary>
    public static string QueriedActor(Workload workload)
    {
        var middle = workload.Files.Where(f => f.Path.StartsWith("facts", StringComparison.Ordinal) || workload.Files.Count == 1)
            .ElementAt(Math.Max(0, (workload.Files.Count - 1) / 2));
        var actors = JsonSerializer.Deserialize(middle.Utf8, KnowledgeJsonContext.Default.KnowledgeFileJson)!.Actors!;
        return actors[actors.Count / 2].Id;
    }
}
