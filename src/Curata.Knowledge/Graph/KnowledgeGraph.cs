using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>
    /// All facts of one knowledge base, linked both ways. Generated code builds one graph per knowledge base; user code reaches it
    /// through the generated <c>KnowledgeBase.Graph</c> or through the generated <c>All</c> collections.
    /// </summary>
    public sealed class KnowledgeGraph
    {
        private static readonly IReadOnlyList<Statement> NoStatements = Array.Empty<Statement>();
        private static readonly IReadOnlyList<Participant> NoParticipants = Array.Empty<Participant>();
        private static readonly IReadOnlyList<Relation> NoRelations = Array.Empty<Relation>();
        private static readonly IReadOnlyList<Event> NoEvents = Array.Empty<Event>();
        private static readonly IReadOnlyList<Fact> NoFacts = Array.Empty<Fact>();

        private readonly Dictionary<string, Fact> _factsById = new Dictionary<string, Fact>(StringComparer.Ordinal);
        private readonly Dictionary<Actor, IReadOnlyList<Statement>> _statementsBySpeaker;
        private readonly Dictionary<Actor, IReadOnlyList<Participant>> _participationsByActor;
        private readonly Dictionary<Actor, IReadOnlyList<Relation>> _relationsByActor;
        private readonly Dictionary<Event, IReadOnlyList<Event>> _consequencesByCause;
        private readonly Dictionary<Event, IReadOnlyList<Event>> _partsByWhole;
        private readonly Dictionary<Source, IReadOnlyList<Fact>> _factsBySource;

        /// <summary>
        /// Builds and links a graph. Generated code calls this with facts the build has already checked, each list ordered by id.
        /// </summary>
        /// <exception cref="ArgumentException">Two facts share an id.</exception>
        /// <exception cref="KeyNotFoundException">A fact refers to an id that is not in the graph.</exception>
        public KnowledgeGraph(
            IReadOnlyList<Source> sources,
            IReadOnlyList<Actor> actors,
            IReadOnlyList<Statement> statements,
            IReadOnlyList<Event> events,
            IReadOnlyList<Relation> relations,
            IReadOnlyList<EventType> eventTypes,
            IReadOnlyList<ParticipantRole> participantRoles,
            IReadOnlyList<Predicate> predicates)
        {
            Sources = sources;
            Actors = actors;
            Statements = statements;
            Events = events;
            Relations = relations;
            Vocabulary = new Vocabulary(eventTypes, participantRoles, predicates);

            var facts = sources.Cast<Fact>().Concat(actors).Concat(statements).Concat(events).Concat(relations).ToArray();
            foreach (var fact in facts)
            {
                if (_factsById.ContainsKey(fact.Id)) throw new ArgumentException($"Two facts share the id '{fact.Id}'.");
                _factsById.Add(fact.Id, fact);
            }
            foreach (var fact in facts) fact.Link(this);

            _statementsBySpeaker = Index(statements, s => new[] { s.Speaker });
            _participationsByActor = Index(events.SelectMany(e => e.Participants), p => new[] { p.Actor });
            _relationsByActor = Index(relations, r => r.Subject == r.Object ? new[] { r.Subject } : new[] { r.Subject, r.Object });
            _consequencesByCause = Index(events, e => e.Causes);
            _partsByWhole = Index(events, e => e.PartOf is Event whole ? new[] { whole } : NoEvents);
            _factsBySource = Index(facts, f => f.Citations.Select(c => c.Source).Distinct());
        }

        /// <summary>Every source, ordered by id.</summary>
        public IReadOnlyList<Source> Sources { get; }

        /// <summary>Every actor, ordered by id.</summary>
        public IReadOnlyList<Actor> Actors { get; }

        /// <summary>Every statement, ordered by id.</summary>
        public IReadOnlyList<Statement> Statements { get; }

        /// <summary>Every event, ordered by id.</summary>
        public IReadOnlyList<Event> Events { get; }

        /// <summary>Every relation, ordered by id.</summary>
        public IReadOnlyList<Relation> Relations { get; }

        /// <summary>The event types, participant roles and predicates.</summary>
        public Vocabulary Vocabulary { get; }

        /// <summary>The fact with this id, or null.</summary>
        public Fact? Find(string id) => _factsById.TryGetValue(id, out var fact) ? fact : null;

        /// <summary>The fact of type <typeparamref name="T"/> with this id.</summary>
        /// <exception cref="KeyNotFoundException">No fact of that type has that id.</exception>
        public T Resolve<T>(string id) where T : Fact =>
            _factsById.TryGetValue(id, out var fact) && fact is T typed
                ? typed
                : throw new KeyNotFoundException($"The knowledge base has no {typeof(T).Name.ToLowerInvariant()} with the id '{id}'.");

        internal IReadOnlyList<Statement> StatementsBy(Actor actor) => Lookup(_statementsBySpeaker, actor, NoStatements);

        internal IReadOnlyList<Participant> ParticipationsOf(Actor actor) => Lookup(_participationsByActor, actor, NoParticipants);

        internal IReadOnlyList<Relation> RelationsOf(Actor actor) => Lookup(_relationsByActor, actor, NoRelations);

        internal IReadOnlyList<Event> ConsequencesOf(Event cause) => Lookup(_consequencesByCause, cause, NoEvents);

        internal IReadOnlyList<Event> PartsOf(Event whole) => Lookup(_partsByWhole, whole, NoEvents);

        internal IReadOnlyList<Fact> CitingFacts(Source source) => Lookup(_factsBySource, source, NoFacts);

        private static IReadOnlyList<TValue> Lookup<TKey, TValue>(Dictionary<TKey, IReadOnlyList<TValue>> index, TKey key, IReadOnlyList<TValue> none)
            where TKey : notnull =>
            index.TryGetValue(key, out var values) ? values : none;

        // Groups items under each key they name, keeping the items' order (ids ascending), so reverse navigation is a lookup.
        private static Dictionary<TKey, IReadOnlyList<TValue>> Index<TKey, TValue>(IEnumerable<TValue> items, Func<TValue, IEnumerable<TKey>> keys)
            where TKey : notnull
        {
            var lists = new Dictionary<TKey, List<TValue>>();
            foreach (var item in items)
            {
                foreach (var key in keys(item))
                {
                    if (!lists.TryGetValue(key, out var list)) lists[key] = list = new List<TValue>();
                    list.Add(item);
                }
            }
            return lists.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<TValue>)pair.Value.ToArray());
        }
    }
}
