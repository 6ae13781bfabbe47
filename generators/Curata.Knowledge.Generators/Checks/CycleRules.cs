using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Cycles in links that must lead somewhere: events' <c>causes</c> and event types' <c>parent</c> (KB0405), and events'
    /// <c>partOf</c> (KB0403). Each strongly connected group of facts that loops is reported once, however many cycles run
    /// through it, with one shortest cycle through its first id (ordinal), on the link that leaves that id. Time is linear in
    /// facts and links (Tarjan's algorithm, then one breadth-first search per group), and nothing recurses, so a chain of a
    /// million causes cannot overflow the stack.
    /// </summary>
    internal static class CycleRules
    {
        public static void Check(CheckedFacts facts, IReadOnlyList<EventTypeSpec> eventTypes)
        {
            var events = facts.Events.Select(e => e.Id.Id).ToList();
            Report(facts, DiagnosticDescriptors.CauseCycle, "causes", events,
                id => facts.EventsById.TryGetValue(id, out var e) ? e.Causes : (IReadOnlyList<IdRef>)Array.Empty<IdRef>());

            var typesById = new Dictionary<string, EventTypeSpec>(StringComparer.Ordinal);
            foreach (var type in eventTypes) typesById[type.Id.Id] = type;
            Report(facts, DiagnosticDescriptors.CauseCycle, "parent", typesById.Keys.ToList(),
                id => typesById.TryGetValue(id, out var t) && t.Parent != null ? new[] { t.Parent } : Array.Empty<IdRef>());
        }

        /// <summary>KB0403 for cycles in events' <c>partOf</c>.</summary>
        public static void CheckPartOf(CheckedFacts facts) =>
            Report(facts, DiagnosticDescriptors.Cycle, "partOf", facts.Events.Select(e => e.Id.Id).ToList(),
                id => facts.EventsById.TryGetValue(id, out var e) && e.PartOf != null ? new[] { e.PartOf } : Array.Empty<IdRef>());

        private static void Report(CheckedFacts facts, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string property,
            List<string> nodes, Func<string, IReadOnlyList<IdRef>> links)
        {
            foreach (var (cycle, first) in Cycles(nodes, links, facts.CancellationToken))
                facts.Report(descriptor, first.Location, property, string.Join(" -> ", cycle));
        }

        /// <summary>
        /// For each group of nodes that reach each other (and each node that links to itself), one shortest cycle through the
        /// group's first id, as the ids along it (first id at both ends), and the link that leaves the first id. Links to ids
        /// that are not nodes are ignored.
        /// </summary>
        internal static List<(List<string> Cycle, IdRef FirstLink)> Cycles(List<string> nodes, Func<string, IReadOnlyList<IdRef>> links,
            CancellationToken cancellationToken)
        {
            // The groups do not depend on the order roots are visited in, and the result is ordered at the end.
            var known = new HashSet<string>(nodes, StringComparer.Ordinal);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var low = new Dictionary<string, int>(StringComparer.Ordinal);
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var stack = new List<string>();
            var found = new List<(List<string>, IdRef)>();
            var work = new List<(string Node, int Next)>();

            foreach (var root in nodes)
            {
                // A fact that links nowhere, as most do, is a group of one without a cycle, whenever it is visited.
                if (links(root).Count == 0 || index.ContainsKey(root)) continue;
                Visit(root);
                while (work.Count > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (node, next) = work[work.Count - 1];
                    var outgoing = links(node);
                    if (next < outgoing.Count)
                    {
                        work[work.Count - 1] = (node, next + 1);
                        var to = outgoing[next].Id;
                        if (!known.Contains(to)) continue;
                        if (!index.ContainsKey(to)) Visit(to);
                        else if (onStack.Contains(to)) low[node] = Math.Min(low[node], index[to]);
                        continue;
                    }
                    work.RemoveAt(work.Count - 1);
                    if (work.Count > 0)
                    {
                        var parent = work[work.Count - 1].Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }
                    if (low[node] != index[node]) continue;
                    if (stack[stack.Count - 1] == node)
                    {
                        // A group of one, as nearly every fact is: it loops only through a link to itself.
                        stack.RemoveAt(stack.Count - 1);
                        onStack.Remove(node);
                        foreach (var link in outgoing)
                        {
                            if (link.Id != node) continue;
                            found.Add((new List<string> { node, node }, link));
                            break;
                        }
                        continue;
                    }
                    var group = new HashSet<string>(StringComparer.Ordinal);
                    string member;
                    do
                    {
                        member = stack[stack.Count - 1];
                        stack.RemoveAt(stack.Count - 1);
                        onStack.Remove(member);
                        group.Add(member);
                    }
                    while (member != node);
                    var cycle = ShortestCycle(group, links);
                    if (cycle != null) found.Add(cycle.Value);
                }
            }
            return found.OrderBy(c => c.Item1[0], StringComparer.Ordinal).ToList();

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Add(node);
                onStack.Add(node);
                work.Add((node, 0));
            }
        }

        // Breadth-first from the group's first id back to it, within the group; null for a single node without a self-link.
        private static (List<string>, IdRef)? ShortestCycle(HashSet<string> group, Func<string, IReadOnlyList<IdRef>> links)
        {
            var start = group.Aggregate((a, b) => string.CompareOrdinal(a, b) <= 0 ? a : b);
            var previous = new Dictionary<string, (string From, IdRef Link)>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var link in links(node))
                {
                    if (link.Id == start)
                    {
                        var path = new List<string> { start };
                        var firstLink = link;
                        for (var at = node; at != start; at = previous[at].From)
                        {
                            path.Add(at);
                            firstLink = previous[at].Link;
                        }
                        path.Add(start);
                        path.Reverse(1, path.Count - 2);
                        return (path, firstLink);
                    }
                    if (!group.Contains(link.Id) || previous.ContainsKey(link.Id)) continue;
                    previous[link.Id] = (node, link);
                    queue.Enqueue(link.Id);
                }
            }
            return null;
        }
    }
}
