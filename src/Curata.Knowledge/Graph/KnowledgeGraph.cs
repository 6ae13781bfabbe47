using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>
    /// All facts of one knowledge base, linked both ways. Generated code builds one graph per knowledge base from the fact
    /// table the generator compiled; user code reaches it through the generated <c>KnowledgeBase.Graph</c> or the generated
    /// <c>All</c> collections. Facts are decoded on first access, and the reverse links and date indexes were computed at
    /// build time, so start-up costs almost nothing and each query touches only what it reads.
    /// </summary>
    public sealed class KnowledgeGraph
    {
        private readonly int[] _kindStarts;
        private readonly IReadOnlyList<Fact>[] _kinds;
        private readonly Dictionary<string, IReadOnlyList<Fact>> _kindsById = new Dictionary<string, IReadOnlyList<Fact>>(StringComparer.Ordinal);
        private readonly int[] _kindSections;
        private readonly Lazy<FactIndex<Statement>> _statementsBySpeaker;
        private readonly Lazy<FactIndex<Participant>> _participationsByActor;
        private readonly Lazy<FactIndex<Relation>> _relationsByActor;
        private readonly Lazy<FactIndex<Event>> _consequencesByEvent;
        private readonly Lazy<FactIndex<Event>> _partsByEvent;
        private readonly Lazy<FactIndex<Statement>> _statementsAbout;
        private readonly Lazy<FactIndex<Role>> _rolesByInstitution;
        private readonly Lazy<FactIndex<Fact>> _factsBySource;
        private readonly Lazy<FactIndex<Reference>> _referencesTo;
        private readonly Lazy<DateIndex<Event>> _eventsByDate;
        private readonly Lazy<DateIndex<Statement>> _statementsByDate;

        /// <summary>
        /// Used by generated code: opens a fact table kept in pieces in the generated code (<see cref="FactTableChunkAttribute"/>),
        /// written by the generator of the same package version, each piece decoded when a read first reaches it. Declared kinds
        /// are read into the generated classes that <paramref name="kinds"/> bind (a declared kind without one is read as
        /// <see cref="UntypedFact"/>).
        /// </summary>
        /// <exception cref="InvalidOperationException">The table is damaged or not in this runtime's format.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public KnowledgeGraph(PackedFactTable factTable, params DeclaredKind[] kinds)
            : this((factTable ?? throw new ArgumentNullException(nameof(factTable))).Bytes, kinds) { }

        private KnowledgeGraph(PackedBytes factTable, DeclaredKind[] kinds)
        {
            Reader = new FactTableReader(new PagedBytes(factTable));
            Schema = new Schema(Reader);
            var schemaKinds = Schema.Kinds;
            _kinds = new IReadOnlyList<Fact>[schemaKinds.Count];
            _kindSections = new int[schemaKinds.Count];
            _kindSections[0] = Reader.Section(FactTableFormat.Sources);
            _kindSections[1] = Reader.Section(FactTableFormat.Actors);
            _kindSections[2] = Reader.Section(FactTableFormat.Statements);
            _kindSections[3] = Reader.Section(FactTableFormat.Events);
            _kindSections[4] = Reader.Section(FactTableFormat.Relations);
            var declared = Reader.Section(FactTableFormat.DeclaredFacts);
            for (var k = FactTableFormat.KindCount; k < schemaKinds.Count; k++)
                _kindSections[k] = declared + Reader.Int32(declared + 4 + 4 * (k - FactTableFormat.KindCount));
            _kindStarts = new int[schemaKinds.Count + 1];
            for (var k = 0; k < schemaKinds.Count; k++) _kindStarts[k + 1] = _kindStarts[k] + Reader.Int32(_kindSections[k]);

            Sources = Records(_kindSections[0], (index, position) => Source.Read(this, schemaKinds[0], index, position));
            Actors = Records(_kindSections[1], (index, position) => Actor.Read(this, schemaKinds[1], index, position));
            Statements = Records(_kindSections[2], (index, position) => Statement.Read(this, schemaKinds[2], index, position));
            Events = Records(_kindSections[3], (index, position) => Event.Read(this, schemaKinds[3], index, position));
            Relations = Records(_kindSections[4], (index, position) => Relation.Read(this, schemaKinds[4], index, position));
            _kinds[0] = Sources;
            _kinds[1] = Actors;
            _kinds[2] = Statements;
            _kinds[3] = Events;
            _kinds[4] = Relations;
            for (var k = FactTableFormat.KindCount; k < schemaKinds.Count; k++)
            {
                var kind = schemaKinds[k];
                var binding = Array.Find(kinds ?? Array.Empty<DeclaredKind>(), b => b.Id == kind.Id);
                Func<FactRecord, DeclaredFact> create = binding?.Create ?? (kind.Id == "place" ? r => new Place(r) : r => new UntypedFact(r));
                _kinds[k] = Records(_kindSections[k], (index, position) => create(new FactRecord(this, kind, index, position)));
            }
            for (var k = 0; k < schemaKinds.Count; k++) _kindsById[schemaKinds[k].Id] = _kinds[k];
            Places = _kindsById.TryGetValue("place", out var places) ? new CastList<Place>(places) : (IReadOnlyList<Place>)Array.Empty<Place>();
            Vocabulary = new Vocabulary(this);

            _statementsBySpeaker = Index(FactTableFormat.StatementsBySpeaker, 1, n => Statements[n[0]]);
            _participationsByActor = Index(FactTableFormat.ParticipationsByActor, 2, n => Events[n[0]].Participants[n[1]]);
            _relationsByActor = Index(FactTableFormat.RelationsByActor, 1, n => Relations[n[0]]);
            _consequencesByEvent = Index(FactTableFormat.ConsequencesByEvent, 1, n => Events[n[0]]);
            _partsByEvent = Index(FactTableFormat.PartsByEvent, 1, n => Events[n[0]]);
            _statementsAbout = Index(FactTableFormat.StatementsAboutFact, 1, n => Statements[n[0]]);
            _rolesByInstitution = Index(FactTableFormat.RolesByInstitution, 2, n => Actors[n[0]].Roles[n[1]]);
            _factsBySource = Index(FactTableFormat.FactsBySource, 1, n => FactNumbered(n[0]));
            _referencesTo = Index(FactTableFormat.ReferencesTo, 2, n =>
            {
                var referrer = FactNumbered(n[0]);
                return new Reference(referrer, referrer.KindInfo.Properties[n[1]].Name);
            });
            _eventsByDate = new Lazy<DateIndex<Event>>(() => new DateIndex<Event>(Reader, Reader.Section(FactTableFormat.EventsByDate), Events));
            _statementsByDate = new Lazy<DateIndex<Statement>>(() => new DateIndex<Statement>(Reader, Reader.Section(FactTableFormat.StatementsByDate), Statements));
        }

        internal FactTableReader Reader { get; }

        internal Schema Schema { get; }

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

        /// <summary>Every place, ordered by id.</summary>
        public IReadOnlyList<Place> Places { get; }

        /// <summary>The vocabularies: event types, participant roles, predicates, and actor, source, role and place kinds.</summary>
        public Vocabulary Vocabulary { get; }

        /// <summary>The identifier schemes the knowledge base declares (and the standard ones).</summary>
        public IReadOnlyList<IdentifierScheme> IdentifierSchemes => Schema.Schemes;

        /// <summary>The ids of every kind of fact the knowledge base holds: the standard kinds and the declared ones.</summary>
        public IReadOnlyList<string> KindIds => Schema.Kinds.Select(k => k.Id).ToArray();

        /// <summary>Every fact of the kind <paramref name="kindId"/> ("place", or a declared kind's id), ordered by id.</summary>
        /// <exception cref="KeyNotFoundException">The knowledge base has no such kind.</exception>
        public IReadOnlyList<Fact> FactsOfKind(string kindId) =>
            _kindsById.TryGetValue(kindId, out var facts) ? facts : throw new KeyNotFoundException($"The knowledge base declares no kind '{kindId}'.");

        /// <summary>Used by generated code: the facts of a declared kind, typed.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public IReadOnlyList<T> FactsOfKind<T>(string kindId) where T : Fact => new CastList<T>(FactsOfKind(kindId));

        /// <summary>The fact with this id, or null.</summary>
        public Fact? Find(string id)
        {
            if (id == null) return null;
            for (var k = 0; k < _kinds.Length; k++)
            {
                if (FindIn(k, id) is Fact fact) return fact;
            }
            return null;
        }

        private Fact? FindIn(int kind, string id) => IndexAt(_kindSections[kind], id) is int index ? _kinds[kind][index] : null;

        /// <summary>The fact of type <typeparamref name="T"/> with this id.</summary>
        /// <exception cref="KeyNotFoundException">No fact of that type has that id (for actors: nor that name or alias).</exception>
        /// <exception cref="AmbiguousNameException">The text is no actor's id but a name or alias several actors share.</exception>
        public T Resolve<T>(string id) where T : Fact => Find<T>(id) ?? throw NotFound<T>(id);

        // Ids are unique across kinds, so where one kind holds every fact of type T only its records are searched: a first
        // query then reads the pages of that kind's records alone, not those of every kind listed before it.
        private T? Find<T>(string? id) where T : Fact
        {
            if (id == null) return null;
            var kind = typeof(T) == typeof(Source) ? 0 : typeof(T) == typeof(Actor) ? 1 : typeof(T) == typeof(Statement) ? 2
                : typeof(T) == typeof(Event) ? 3 : typeof(T) == typeof(Relation) ? 4 : -1;
            return (kind < 0 ? Find(id) : FindIn(kind, id)) as T;
        }

        // Why a lookup found nothing: a name several actors share names them; anything else says what was searched.
        private KeyNotFoundException NotFound<T>(string? text) where T : Fact
        {
            if (typeof(T) != typeof(Actor))
            {
                return new KeyNotFoundException($"No {typeof(T).Name.ToLowerInvariant()} has the id '{text}'.");
            }
            var candidates = text == null ? Array.Empty<string>() : ActorsSharing(FactTableFormat.NormaliseName(text));
            return candidates.Length > 1
                ? new AmbiguousNameException(text!, candidates)
                : new KeyNotFoundException($"No actor has the id, name or alias '{text}'.");
        }

        // The fact table keeps no list of who shares a name (ambiguity is rare, and a build warns of it: KB0104), so the
        // actors are scanned, only when a lookup has already failed.
        private string[] ActorsSharing(string key)
        {
            if (key.Length == 0) return Array.Empty<string>();
            return Actors.Where(a => FactTableFormat.NormaliseName(a.Name) == key || a.Aliases.Any(alias => FactTableFormat.NormaliseName(alias) == key))
                .Select(a => a.Id).ToArray();
        }

        /// <summary>The fact of kind <typeparamref name="T"/> with this typed id.</summary>
        /// <exception cref="KeyNotFoundException">No such fact.</exception>
        public T Get<T>(FactId<T> id) where T : Fact => Resolve<T>(id.Value);

        /// <summary>
        /// Finds a fact of kind <typeparamref name="T"/> by id or, for actors, by name or alias (compared ignoring case and
        /// anything but letters and digits). A name shared by several actors finds none of them (<see cref="Resolve{T}"/> and
        /// the generated <c>Get</c> say which share it).
        /// </summary>
        public bool TryGet<T>(string idOrAlias, out T? fact) where T : Fact
        {
            fact = Find<T>(idOrAlias);
            if (fact == null && idOrAlias != null && typeof(T) == typeof(Actor) && ActorNamed(idOrAlias) is int actor) fact = Actors[actor] as T;
            return fact != null;
        }

        /// <summary>
        /// Events dated within the range, in order of their first possible day: with <see cref="DateCertainty.Certainly"/> only
        /// those that certainly fall inside it, with <see cref="DateCertainty.Possibly"/> also those that may. A precomputed index
        /// makes this a binary search, not a scan.
        /// </summary>
        public IEnumerable<Event> EventsBetween(PartialDate from, PartialDate to, DateCertainty certainty = DateCertainty.Certainly) =>
            _eventsByDate.Value.Between(from.Earliest, to.Latest, certainty);

        /// <summary>Statements dated within the range; see <see cref="EventsBetween"/>.</summary>
        public IEnumerable<Statement> StatementsBetween(PartialDate from, PartialDate to, DateCertainty certainty = DateCertainty.Certainly) =>
            _statementsByDate.Value.Between(from.Earliest, to.Latest, certainty);

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

        internal IReadOnlyList<Statement> StatementsBy(Actor actor) => _statementsBySpeaker.Value[actor.Index];

        internal IReadOnlyList<Participant> ParticipationsOf(Actor actor) => _participationsByActor.Value[actor.Index];

        internal IReadOnlyList<Relation> RelationsOf(Actor actor) => _relationsByActor.Value[actor.Index];

        internal IReadOnlyList<Event> ConsequencesOf(Event cause) => _consequencesByEvent.Value[cause.Index];

        internal IReadOnlyList<Event> PartsOf(Event whole) => _partsByEvent.Value[whole.Index];

        internal IReadOnlyList<Statement> StatementsAbout(Fact fact) => _statementsAbout.Value[Number(fact)];

        internal IReadOnlyList<Role> RolesIn(Actor institution) => _rolesByInstitution.Value[institution.Index];

        internal IReadOnlyList<Fact> CitingFacts(Source source) => _factsBySource.Value[source.Index];

        internal IReadOnlyList<Reference> ReferencesTo(Fact fact) => _referencesTo.Value[fact.Number];

        /// <summary>The number of the first fact of <paramref name="kind"/>: facts are numbered across kinds in schema order.</summary>
        internal int FirstNumber(KindInfo kind) => _kindStarts[kind.Number];

        /// <summary>A lazily decoded list of the records of the record section at <paramref name="start"/>.</summary>
        internal IReadOnlyList<T> Records<T>(int start, Func<int, int, T> read) where T : class
        {
            var count = Reader.Int32(start);
            var records = start + 4 + 4 * count;
            return new LazyList<T>(count, index => read(index, records + Reader.Int32(start + 4 + 4 * index)));
        }

        /// <summary>Binary search of the record section at <paramref name="start"/> (ordered by id, ordinal) for <paramref name="id"/>.</summary>
        internal int? IndexAt(int start, string id)
        {
            var count = Reader.Int32(start);
            var records = start + 4 + 4 * count;
            int low = 0, high = count - 1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                var position = records + Reader.Int32(start + 4 + 4 * middle);
                var comparison = string.CompareOrdinal(Reader.String(ref position), id);
                if (comparison == 0) return middle;
                if (comparison < 0) low = middle + 1;
                else high = middle - 1;
            }
            return null;
        }

        // Names and aliases, normalised and sorted by the generator: (name string, actor + 1, or 0 when the name is shared).
        private int? ActorNamed(string name)
        {
            var key = FactTableFormat.NormaliseName(name);
            var start = Reader.Section(FactTableFormat.ActorNames);
            int low = 0, high = Reader.Int32(start) - 1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                var comparison = Reader.CompareString(Reader.Int32(start + 4 + 8 * middle), key);
                if (comparison == 0)
                {
                    var actor = Reader.Int32(start + 8 + 8 * middle);
                    return actor == 0 ? null : actor - 1;
                }
                if (comparison < 0) low = middle + 1;
                else high = middle - 1;
            }
            return null;
        }

        private static int Number(Fact fact) => fact.Number;

        internal Fact FactNumbered(int number)
        {
            var kind = 0;
            while (number >= _kindStarts[kind + 1]) kind++;
            return _kinds[kind][number - _kindStarts[kind]];
        }

        private Lazy<FactIndex<T>> Index<T>(int section, int width, Func<int[], T> resolve) where T : class =>
            new Lazy<FactIndex<T>>(() => new FactIndex<T>(Reader, Reader.Section(section), width, resolve));
    }

    /// <summary>
    /// A lookup by a name or alias that several actors share: it finds none of them, since any one would be a guess. Look one
    /// up by its id; <see cref="Candidates"/> lists them. A build warns of each shared name (KB0104) and refuses a constant
    /// lookup of one (KB0702). It is a <see cref="KeyNotFoundException"/>, so code that handles "not found" handles this too.
    /// </summary>
    public sealed class AmbiguousNameException : KeyNotFoundException
    {
        /// <summary>Creates the exception for <paramref name="name"/>, shared by the actors with the ids <paramref name="candidates"/>.</summary>
        public AmbiguousNameException(string name, IReadOnlyList<string> candidates)
            : base($"'{name}' is a name or alias of more than one actor ({string.Join(", ", candidates.Select(c => "'" + c + "'"))}); look one up by its id.")
        {
            Name = name;
            Candidates = candidates;
        }

        /// <summary>The name or alias looked up.</summary>
        public string Name { get; }

        /// <summary>The ids of the actors that have it, in id order.</summary>
        public IReadOnlyList<string> Candidates { get; }
    }
}
