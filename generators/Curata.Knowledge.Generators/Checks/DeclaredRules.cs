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
        /// <summary>
        /// Cycles through references declared acyclic, over the whole base: the same search as for causes and part-of, over
        /// each reference declared acyclic (a place's partOf).
        /// </summary>
        public static void Check(CheckedFacts facts)
        {
            foreach (var group in facts.DeclaredReferences.Where(r => r.Property.Acyclic).GroupBy(r => (r.Property.Kind.Name, r.Property.Id.Name)))
            {
                var links = group.GroupBy(r => r.Fact.Id.Id, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<IdRef>)g.Select(r => new IdRef(r.Value.Text!, r.Value.Location)).ToList(), StringComparer.Ordinal);
                foreach (var (cycle, first) in CycleRules.Cycles(links.Keys.ToList(), id => links.TryGetValue(id, out var to) ? to : Array.Empty<IdRef>(), facts.CancellationToken))
                    facts.Report(DiagnosticDescriptors.Cycle, first.Location, group.Key.Item2, string.Join(" -> ", cycle));
            }
        }

        /// <summary>An event: each fatality breakdown's parts (their best figures or, lacking them, their ranges) fit its total.</summary>
        public static void Breakdowns(CheckedFacts facts, EventSpec e)
        {
            foreach (var report in e.Fatalities)
            {
                if (report.Breakdown.Count == 0) continue;
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
