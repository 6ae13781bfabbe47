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
        private readonly Dictionary<Fact, IReadOnlyList<Statement>> _statementsAbout;
        private readonly Dictionary<Actor, IReadOnlyList<Role>> _rolesByInstitution;
        private readonly Dictionary<string, IReadOnlyList<Actor>> _actorsByName;
        private readonly DateIndex<Event> _eventsByDate;
        private readonly DateIndex<Statement> _statementsByDate;
        private static readonly IReadOnlyList<Role> NoRoles = Array.Empty<Role>();

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
            _statementsAbout = Index(statements, s => s.About.Distinct());
            _rolesByInstitution = Index(actors.SelectMany(a => a.Roles), r => r.Institution is Actor institution ? new[] { institution } : Array.Empty<Actor>());
            _actorsByName = Index(actors, a => a.Aliases.Concat(new[] { a.Name }).Select(NormaliseName).Distinct());
            _eventsByDate = new DateIndex<Event>(events, e => e.Date);
            _statementsByDate = new DateIndex<Statement>(statements, s => s.Date);
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

        /// <summary>The fact of kind <typeparamref name="T"/> with this typed id.</summary>
        /// <exception cref="KeyNotFoundException">No such fact.</exception>
        public T Get<T>(FactId<T> id) where T : Fact => Resolve<T>(id.Value);

        /// <summary>
        /// Finds a fact of kind <typeparamref name="T"/> by id or, for actors, by name or alias (compared ignoring case and
        /// punctuation). An alias shared by several actors finds none of them.
        /// </summary>
        public bool TryGet<T>(string idOrAlias, out T? fact) where T : Fact
        {
            fact = Find(idOrAlias) as T;
            if (fact == null && typeof(T) == typeof(Actor) && _actorsByName.TryGetValue(NormaliseName(idOrAlias), out var named) && named.Count == 1)
            {
                fact = named[0] as T;
            }
            return fact != null;
        }

        /// <summary>
        /// Events dated within the range, in order of their first possible day: with <see cref="DateCertainty.Certainly"/> only
        /// those that certainly fall inside it, with <see cref="DateCertainty.Possibly"/> also those that may. An index makes this
        /// a binary search, not a scan.
        /// </summary>
        public IEnumerable<Event> EventsBetween(PartialDate from, PartialDate to, DateCertainty certainty = DateCertainty.Certainly) =>
            _eventsByDate.Between(from.Earliest, to.Latest, certainty);

        /// <summary>Statements dated within the range; see <see cref="EventsBetween"/>.</summary>
        public IEnumerable<Statement> StatementsBetween(PartialDate from, PartialDate to, DateCertainty certainty = DateCertainty.Certainly) =>
            _statementsByDate.Between(from.Earliest, to.Latest, certainty);

        /// <summary>Relations that hold on <paramref name="date"/>: certainly, or, with <see cref="DateCertainty.Possibly"/>, maybe.</summary>
        public IEnumerable<Relation> RelationsOn(PartialDate date, DateCertainty certainty = DateCertainty.Certainly) =>
            Relations.Where(r => r.HoldsOn(date) is bool holds ? holds : certainty == DateCertainty.Possibly);

        /// <summary>
        /// Who stands in <paramref name="predicate"/> to <paramref name="target"/> ("who backs the militias?"): the subjects of
        /// such relations, and, following <paramref name="through"/> (part-of, member-of, or their inverses read backwards),
        /// the wider bodies those subjects belong to: a militia backed by the Quds Force is backed by Iran through it.
        /// With <paramref name="asOf"/>, only relations that may hold on that date count.
        /// </summary>
        public IReadOnlyList<Influence> Subjects(Actor target, Predicate predicate, PartialDate? asOf = null, params Predicate[] through)
        {
            bool Holds(Relation r) => asOf is not PartialDate date || r.HoldsOn(date) != false;
            var results = new List<Influence>();
            var seen = new HashSet<Actor>();
            foreach (var direct in RelationsOf(target).Where(r => r.Object == target && r.Predicate == predicate && Holds(r)))
            {
                var frontier = new Queue<(Actor Actor, List<Relation> Via)>();
                frontier.Enqueue((direct.Subject, new List<Relation>()));
                while (frontier.Count > 0)
                {
                    var (actor, via) = frontier.Dequeue();
                    if (!seen.Add(actor)) continue;
                    results.Add(new Influence(actor, direct, via.ToArray()));
                    foreach (var link in RelationsOf(actor).Where(Holds))
                    {
                        var upward = through.Contains(link.Predicate) && link.Subject == actor ? link.Object
                            : link.Predicate.InverseOf is Predicate inverse && through.Contains(inverse) && link.Object == actor ? link.Subject
                            : null;
                        if (upward != null) frontier.Enqueue((upward, new List<Relation>(via) { link }));
                    }
                }
            }
            return results;
        }

        internal IReadOnlyList<Statement> StatementsAbout(Fact fact) => Lookup(_statementsAbout, fact, NoStatements);

        internal IReadOnlyList<Role> RolesIn(Actor institution) => Lookup(_rolesByInstitution, institution, NoRoles);

        private static string NormaliseName(string name) =>
            new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

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
