using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// The content rules run side by side; what they report must come out as if they had run one after another, in the order
/// listed, whichever finishes first: the same problems, in the same order, and problems that repeat counted across rules in
/// that order.
/// </summary>
public class RuleOrderTests
{
    private static CheckedFacts NoFacts()
    {
        var declared = DeclaredModel.Check(StandardDeclarations.File, Array.Empty<KnowledgeFileSpec>(), new List<DiagnosticInfo>());
        var (sources, actors, events, predicates) = (new List<SourceSpec>(), new List<ActorSpec>(), new List<EventSpec>(), new List<PredicateSpec>());
        return new CheckedFacts(sources, actors, new(), events, new(), new(), predicates, FactsById.Of(sources, actors, events, predicates, takeUpLast: false), declared,
            new Dictionary<string, string>(), CancellationToken.None);
    }

    private static LocationInfo At(int start) => new LocationInfo("/k/a.json", start, 1, lines: null);

    [Fact]
    public void Problems_come_out_in_the_rules_order_whichever_finishes_first()
    {
        var diagnostics = new List<DiagnosticInfo>();
        NoFacts().Run(new Action<CheckedFacts>[]
        {
            // The first rule finishes last.
            facts => { Thread.Sleep(200); facts.Report(DiagnosticDescriptors.NoSource, At(1), "actor", "a"); facts.Report(DiagnosticDescriptors.NoSource, At(2), "actor", "b"); },
            facts => facts.Report(DiagnosticDescriptors.NoSource, At(3), "actor", "c"),
            facts => { Thread.Sleep(50); facts.Report(DiagnosticDescriptors.NoSource, At(4), "actor", "d"); },
        }, diagnostics, new RepeatedProblems(diagnostics));

        Assert.Equal([1, 2, 3, 4], diagnostics.Select(d => d.Location!.Value.Start));
    }

    [Fact]
    public void A_problem_that_repeats_is_counted_across_rules_in_their_order()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var repeats = new RepeatedProblems(diagnostics);
        DiagnosticInfo Conflict(int start) => DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingRelations, At(start), "r", "p", "q", "p");
        NoFacts().Run(new Action<CheckedFacts>[]
        {
            facts => { Thread.Sleep(100); foreach (var i in Enumerable.Range(0, 8)) facts.ReportRepeatable(Conflict(i), "the pair"); },
            facts => { foreach (var i in Enumerable.Range(100, 5)) facts.ReportRepeatable(Conflict(i), "the pair"); },
        }, diagnostics, repeats);
        repeats.Flush();

        // The first rule's eight, then the second's first two; the summary counts the other three, from the first one left out.
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 100, 101, 102], diagnostics.Select(d => d.Location!.Value.Start));
        var summary = diagnostics.Last();
        Assert.Equal(DiagnosticDescriptors.RepeatedProblem.Id, summary.Id);
        Assert.Equal("3", summary.Arguments[0]);
    }

    [Fact]
    public void A_rule_that_fails_fails_the_check_with_its_own_exception()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var error = Assert.Throws<InvalidOperationException>(() => NoFacts().Run(new Action<CheckedFacts>[]
        {
            _ => { },
            _ => throw new InvalidOperationException("rule failed"),
        }, diagnostics, new RepeatedProblems(diagnostics)));
        Assert.Equal("rule failed", error.Message);
    }
}
