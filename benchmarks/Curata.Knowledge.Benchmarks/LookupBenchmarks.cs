using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// (f) The queries the runtime serves from indexes, against the LINQ scan over <c>All</c> that answers the same question, on
/// the compiled base (loaded once): an actor's statements (64 actors per call, popular and obscure alike) and the events
/// certainly within one quarter. Each pair is one category; the scan is the baseline, so Ratio is indexed / scan.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private const int SampledActors = 64;

    private KnowledgeGraph _graph = null!;
    private Actor[] _actors = null!;
    private PartialDate _from;
    private PartialDate _to;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Settings.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        byte[] image;
        try
        {
            image = CompiledKnowledge.Get(N);
        }
        catch (CaseSkippedException skipped)
        {
            Guard.Report(skipped, $"{nameof(LookupBenchmarks)}(N={N})");
            throw;
        }
        _graph = CompiledKnowledge.Load(image, collectible: false).Graph();
        var actors = _graph.Actors;
        _actors = Enumerable.Range(0, SampledActors).Select(i => actors[(int)((long)i * actors.Count / SampledActors)]).ToArray();
        _from = PartialDate.Parse("2012-04-01");
        _to = PartialDate.Parse("2012-06-30");
        var (indexed, scanned) = (EventsInMonth_Indexed(), EventsInMonth_Scan());
        if (indexed != scanned || ActorStatements_Indexed() != ActorStatements_Scan())
        {
            throw new InvalidOperationException($"The index and the scan disagree: {indexed} and {scanned} events, "
                + $"{ActorStatements_Indexed()} and {ActorStatements_Scan()} statements.");
        }
        Console.WriteLine($"// {SampledActors} actors with {ActorStatements_Indexed():N0} statements; {indexed:N0} events certainly in April-June 2012");
    }

    [Benchmark(OperationsPerInvoke = SampledActors)]
    [BenchmarkCategory("ActorStatements")]
    public int ActorStatements_Indexed()
    {
        var count = 0;
        foreach (var actor in _actors) count += actor.Statements.Count;
        return count;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SampledActors)]
    [BenchmarkCategory("ActorStatements")]
    public int ActorStatements_Scan()
    {
        var count = 0;
        foreach (var actor in _actors) count += _graph.Statements.Count(s => s.Speaker == actor);
        return count;
    }

    [Benchmark]
    [BenchmarkCategory("EventsBetween")]
    public int EventsInMonth_Indexed() => _graph.EventsBetween(_from, _to).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("EventsBetween")]
    public int EventsInMonth_Scan()
    {
        DateTime from = _from.Earliest, to = _to.Latest;
        return _graph.Events.Count(e => e.Date is DateSpan date && date.Earliest >= from && date.Latest <= to);
    }
}
