using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// What declarations and the fatality format say cannot be: a cycle through a reference declared <c>acyclic</c> (a place
    /// inside itself), and a fatality breakdown whose parts do not fit its total.
    /// </summary>
    internal static class DeclaredRules
    {
        public static void Check(CheckedFacts facts)
        {
            CheckAcyclicReferences(facts);
            CheckBreakdowns(facts);
        }

        private static void CheckAcyclicReferences(CheckedFacts facts)
        {
            foreach (var group in facts.DeclaredReferences.Where(r => r.Property.Acyclic).GroupBy(r => (r.Property.Kind.Name, r.Property.Id.Name)))
            {
                var edges = group.GroupBy(r => r.Fact.Id.Id, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(r => r.Value).ToList(), StringComparer.Ordinal);
                var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
                foreach (var root in edges.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (state.ContainsKey(root)) continue;
                    // Iterative depth-first search: a long chain must not overflow the stack.
                    var stack = new List<(string Node, int Next)> { (root, 0) };
                    state[root] = 1;
                    while (stack.Count > 0)
                    {
                        facts.CancellationToken.ThrowIfCancellationRequested();
                        var (node, next) = stack[stack.Count - 1];
                        var outgoing = edges.TryGetValue(node, out var list) ? list : null;
                        if (outgoing == null || next >= outgoing.Count)
                        {
                            state[node] = 2;
                            stack.RemoveAt(stack.Count - 1);
                            continue;
                        }
                        stack[stack.Count - 1] = (node, next + 1);
                        var target = outgoing[next];
                        if (!state.TryGetValue(target.Text!, out var colour))
                        {
                            state[target.Text!] = 1;
                            stack.Add((target.Text!, 0));
                        }
                        else if (colour == 1)
                        {
                            var start = stack.FindIndex(s => s.Node == target.Text);
                            var loop = stack.Skip(start).Select(s => s.Node).Concat(new[] { target.Text! });
                            facts.Report(DiagnosticDescriptors.Cycle, target.Location, group.Key.Item2, string.Join(" -> ", loop));
                        }
                    }
                }
            }
        }

        // The parts' best figures (or, lacking them, their ranges) must fit within what the total allows.
        private static void CheckBreakdowns(CheckedFacts facts)
        {
            foreach (var report in facts.Events.SelectMany(e => e.Fatalities).Where(f => f.Breakdown.Count > 0))
            {
                var low = report.Breakdown.Sum(s => (long)(s.Count.Low ?? s.Count.Best ?? 0));
                var high = report.Breakdown.Any(s => s.Count.High == null && s.Count.Best == null) ? (long?)null
                    : report.Breakdown.Sum(s => (long)(s.Count.High ?? s.Count.Best!.Value));
                var best = report.Breakdown.All(s => s.Count.Best != null) ? report.Breakdown.Sum(s => (long)s.Count.Best!.Value) : (long?)null;
                var total = report.Count;
                var totalLow = total.Low ?? total.Best;
                var totalHigh = total.High ?? total.Best;
                var fits = best != null
                    ? (totalLow == null || best >= totalLow) && (totalHigh == null || best <= totalHigh)
                    : (totalHigh == null || low <= totalHigh) && (high == null || totalLow == null || high >= totalLow);
                if (fits) continue;
                var sum = best?.ToString() ?? $"{low} to {(high?.ToString() ?? "an open number")}";
                facts.Report(DiagnosticDescriptors.BreakdownMismatch, report.Breakdown[0].Location, sum, Describe(total));
            }
        }

        private static string Describe(CountSpec count)
        {
            if (count.Low == null && count.High == null) return count.Best!.Value.ToString();
            var range = $"{count.Low?.ToString() ?? "?"} to {count.High?.ToString() ?? "?"}";
            return count.Best == null ? range : $"{count.Best}, {range}";
        }
    }
}
