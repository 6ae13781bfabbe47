using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// What the vocabulary says cannot be: relations whose actor kinds a predicate does not allow (<see cref="ActorKinds"/>, one
    /// relation at a time), and over the whole base (<see cref="Check"/>) conflicting relations over overlapping time, predicates
    /// whose symmetry or inverse is declared inconsistently, and cycles in acyclic predicates (membership, part-of); cycles in
    /// events' <c>partOf</c> are found by <see cref="CycleRules"/>.
    /// </summary>
    internal static class LogicRules
    {
        public static void Check(CheckedFacts facts)
        {
            CheckPredicateDeclarations(facts);
            CheckConflicts(facts);
            CheckRelationCycles(facts);
            CycleRules.CheckPartOf(facts);
        }

        private static void CheckPredicateDeclarations(CheckedFacts facts)
        {
            foreach (var predicate in facts.Predicates)
            {
                if (predicate.InverseOf == null) continue;
                if (predicate.Symmetric && predicate.InverseOf.Id != predicate.Id.Id)
                {
                    facts.Report(DiagnosticDescriptors.InconsistentPredicate, predicate.InverseOf.Location, predicate.Id.Id,
                        $"it is symmetric, so it can only be its own inverse, not '{predicate.InverseOf.Id}'");
                }
                else if (facts.PredicatesById.TryGetValue(predicate.InverseOf.Id, out var inverse)
                    && inverse.InverseOf != null && inverse.InverseOf.Id != predicate.Id.Id)
                {
                    facts.Report(DiagnosticDescriptors.InconsistentPredicate, predicate.InverseOf.Location, predicate.Id.Id,
                        $"it names '{inverse.Id.Id}' as its inverse, but '{inverse.Id.Id}' names '{inverse.InverseOf.Id}'");
                }
            }
        }

        /// <summary>A relation: its two actors of kinds its predicate allows.</summary>
        public static void ActorKinds(CheckedFacts facts, RelationSpec relation)
        {
            if (!facts.PredicatesById.TryGetValue(relation.Predicate.Id, out var predicate)) return;
            KindAllowed(facts, relation.Subject, predicate.SubjectKinds, predicate.Id.Id, "subject");
            KindAllowed(facts, relation.Object, predicate.ObjectKinds, predicate.Id.Id, "object");
        }

        // An actor of a narrower kind (declared with a parent) is allowed where its broader kind is.
        private static void KindAllowed(CheckedFacts facts, IdRef actorRef, EquatableArray<IdRef> allowed, string predicate, string side)
        {
            if (allowed.Count == 0 || !facts.ActorsById.TryGetValue(actorRef.Id, out var actor)) return;
            var kind = actor.ActorKind?.Id;
            var actorKinds = facts.Declared.Terms[Declarations.Vocabularies.ActorKinds];
            for (var (term, steps) = (kind, 0); term != null && steps <= actorKinds.Count; term = actorKinds.TryGetValue(term, out var spec) ? spec.Parent?.Id : null, steps++)
            {
                if (allowed.Any(a => a.Id == term)) return;
            }
            facts.Report(DiagnosticDescriptors.PredicateKindNotAllowed, actorRef.Location, predicate, side, actorRef.Id,
                kind ?? "(no kind)", string.Join(", ", allowed.Select(a => a.Id)));
        }

        // Each relation is reported once, against the first earlier relation (in id order) it conflicts with; only earlier
        // relations whose predicate conflicts with its own are searched, and the search stops at the first overlap, so a pair
        // of actors with hundreds of contradicting relations costs about one pass. Past RepeatedProblems.MaxRepeats reports a
        // pair gets one count of the rest.
        private static void CheckConflicts(CheckedFacts facts)
        {
            // Only predicates that declare a conflict can conflict.
            if (!facts.Predicates.Any(p => p.ConflictsWith.Count > 0)) return;
            // Relations between the same two actors, whichever way round, are the only candidates.
            var byPair = facts.Relations.GroupBy(r => string.CompareOrdinal(r.Subject.Id, r.Object.Id) <= 0
                ? (r.Subject.Id, r.Object.Id) : (r.Object.Id, r.Subject.Id));
            foreach (var pair in byPair)
            {
                // One relation between two actors, as most pairs have, conflicts with nothing.
                if (pair.Count() < 2) continue;
                var earlierByPredicate = new Dictionary<(string Predicate, string Subject), List<RelationSpec>>();
                var subject = $"the relations between '{pair.Key.Item1}' and '{pair.Key.Item2}'";
                foreach (var relation in pair.OrderBy(r => r.Id.Id, StringComparer.Ordinal))
                {
                    facts.CancellationToken.ThrowIfCancellationRequested();
                    var first = FirstConflicting(facts, relation, earlierByPredicate);
                    if (first != null)
                    {
                        facts.ReportRepeatable(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingRelations, relation.Predicate.Location, first.Predicate.Location,
                            relation.Id.Id, relation.Predicate.Id, first.Id.Id, first.Predicate.Id), subject);
                    }
                    var key = (relation.Predicate.Id, relation.Subject.Id);
                    if (!earlierByPredicate.TryGetValue(key, out var same)) earlierByPredicate[key] = same = new List<RelationSpec>();
                    same.Add(relation);
                }
            }
        }

        private static RelationSpec? FirstConflicting(CheckedFacts facts, RelationSpec relation, Dictionary<(string Predicate, string Subject), List<RelationSpec>> earlierByPredicate)
        {
            RelationSpec? first = null;
            foreach (var earlier in earlierByPredicate.Values)
            {
                // Relations of one predicate and direction either all may conflict with this one or none does.
                if (!Conflict(facts, earlier[0], relation)) continue;
                foreach (var candidate in earlier)
                {
                    if (first != null && string.CompareOrdinal(candidate.Id.Id, first.Id.Id) >= 0) break;
                    if (Conflict(facts, candidate, relation) && Overlap(candidate.Span, relation.Span))
                    {
                        first = candidate;
                        break;
                    }
                }
            }
            return first;
        }

        private static bool Conflict(CheckedFacts facts, RelationSpec a, RelationSpec b)
        {
            if (!facts.PredicatesById.TryGetValue(a.Predicate.Id, out var pa) || !facts.PredicatesById.TryGetValue(b.Predicate.Id, out var pb)) return false;
            var declared = pa.ConflictsWith.Any(c => c.Id == pb.Id.Id) || pb.ConflictsWith.Any(c => c.Id == pa.Id.Id);
            var sameDirection = a.Subject.Id == b.Subject.Id && a.Object.Id == b.Object.Id;
            return declared && (sameDirection || pa.Symmetric || pb.Symmetric);
        }

        private static bool Overlap(SpanSpec? a, SpanSpec? b) => a == null || b == null || !(a.IsCertainlyBefore(b) || b.IsCertainlyBefore(a));

        private static void CheckRelationCycles(CheckedFacts facts)
        {
            foreach (var predicate in facts.Predicates.Where(p => p.Acyclic))
            {
                // Edges point from the part or member to the whole; relations stated with the inverse predicate count reversed.
                var edges = new Dictionary<string, List<(string To, RelationSpec Relation)>>(StringComparer.Ordinal);
                foreach (var relation in facts.Relations)
                {
                    if (relation.Predicate.Id == predicate.Id.Id) Add(edges, relation.Subject.Id, relation.Object.Id, relation);
                    else if (predicate.InverseOf != null && relation.Predicate.Id == predicate.InverseOf.Id) Add(edges, relation.Object.Id, relation.Subject.Id, relation);
                }
                foreach (var cycle in Cycles(edges, facts))
                {
                    facts.Report(DiagnosticDescriptors.Cycle, cycle.Last().Predicate.Location, predicate.Id.Id,
                        string.Join(" -> ", cycle.Select(r => r.Id.Id)));
                }
            }
        }

        private static void Add(Dictionary<string, List<(string, RelationSpec)>> edges, string from, string to, RelationSpec relation)
        {
            if (!edges.TryGetValue(from, out var list)) edges[from] = list = new List<(string, RelationSpec)>();
            list.Add((to, relation));
        }

        // Depth-first search over a graph with a colour per node; each back edge closes one cycle, reported once.
        private static IEnumerable<List<RelationSpec>> Cycles(Dictionary<string, List<(string To, RelationSpec Relation)>> edges, CheckedFacts facts)
        {
            var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
            var found = new List<List<RelationSpec>>();
            foreach (var root in edges.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (state.ContainsKey(root)) continue;
                var stack = new List<(string Node, int Next, RelationSpec? Via)> { (root, 0, null) };
                state[root] = 1;
                while (stack.Count > 0)
                {
                    facts.CancellationToken.ThrowIfCancellationRequested();
                    var (node, next, via) = stack[stack.Count - 1];
                    var outgoing = edges.TryGetValue(node, out var list) ? list : new List<(string, RelationSpec)>();
                    if (next >= outgoing.Count)
                    {
                        state[node] = 2;
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                    }
                    stack[stack.Count - 1] = (node, next + 1, via);
                    var (to, relation) = outgoing[next];
                    if (!state.TryGetValue(to, out var colour))
                    {
                        state[to] = 1;
                        stack.Add((to, 0, relation));
                    }
                    else if (colour == 1)
                    {
                        var start = stack.FindIndex(s => s.Node == to);
                        var cycle = stack.Skip(start + 1).Select(s => s.Via!).ToList();
                        cycle.Add(relation);
                        found.Add(cycle);
                    }
                }
            }
            return found;
        }
    }
}
