using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The checked sources, actors, events and predicates by id, which the content rules look facts up in
    /// (<see cref="CheckedFacts"/>). Hashing every id again costs a check after an edit more than it seems: the ids lie all over
    /// a large heap. After an edit most facts are the very instances the last check had, in the same places, so a list whose
    /// facts have the same ids in the same order takes the last check's dictionary, copied (its entries keep their hashes),
    /// and puts in again only the facts that changed.
    /// </summary>
    internal sealed class FactsById
    {
        private readonly List<SourceSpec> _sources;
        private readonly List<ActorSpec> _actors;
        private readonly List<EventSpec> _events;
        private readonly List<PredicateSpec> _predicates;

        private FactsById(List<SourceSpec> sources, List<ActorSpec> actors, List<EventSpec> events, List<PredicateSpec> predicates, FactsById? last)
        {
            _sources = sources;
            _actors = actors;
            _events = events;
            _predicates = predicates;
            Sources = ById(sources, last?._sources, last?.Sources, s => s.Id.Id);
            Actors = ById(actors, last?._actors, last?.Actors, a => a.Id.Id);
            Events = ById(events, last?._events, last?.Events, e => e.Id.Id);
            Predicates = ById(predicates, last?._predicates, last?.Predicates, p => p.Id.Id);
        }

        public Dictionary<string, SourceSpec> Sources { get; }

        public Dictionary<string, ActorSpec> Actors { get; }

        public Dictionary<string, EventSpec> Events { get; }

        public Dictionary<string, PredicateSpec> Predicates { get; }

        /// <summary>
        /// The facts of a check by id, taking up the last complete check's (<see cref="LastCheck{T}"/>) where it can; the lists
        /// are not changed after. Offered to the next check at once: nothing here changes once made.
        /// </summary>
        public static FactsById Of(List<SourceSpec> sources, List<ActorSpec> actors, List<EventSpec> events, List<PredicateSpec> predicates, bool takeUpLast)
        {
            var made = new FactsById(sources, actors, events, predicates, takeUpLast ? LastCheck<FactsById>.Get() : null);
            if (takeUpLast) LastCheck<FactsById>.Set(made);
            return made;
        }

        /// <summary>
        /// <paramref name="facts"/> by id: <paramref name="byIdBefore"/> itself when they are the very facts of <paramref name="before"/>,
        /// a copy with the changed facts put in again when they have the same ids in the same order, else made afresh.
        /// </summary>
        internal static Dictionary<string, T> ById<T>(List<T> facts, List<T>? before, Dictionary<string, T>? byIdBefore, Func<T, string> id) where T : class
        {
            if (before != null && byIdBefore != null && before.Count == facts.Count)
            {
                // The last one itself while nothing changed: no dictionary is changed once made.
                Dictionary<string, T>? byId = byIdBefore;
                for (var i = 0; i < facts.Count; i++)
                {
                    if (ReferenceEquals(facts[i], before[i])) continue;
                    var key = id(facts[i]);
                    if (key != id(before[i]))
                    {
                        byId = null;
                        break;
                    }
                    if (ReferenceEquals(byId, byIdBefore)) byId = new Dictionary<string, T>(byIdBefore, StringComparer.Ordinal);
                    byId[key] = facts[i];
                }
                if (byId != null) return byId;
            }
            var fresh = new Dictionary<string, T>(facts.Count, StringComparer.Ordinal);
            foreach (var fact in facts) fresh.Add(id(fact), fact);
            return fresh;
        }
    }
}
