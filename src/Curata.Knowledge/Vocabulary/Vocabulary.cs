using System;
using System.Collections.Generic;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>
    /// The vocabularies of a knowledge base: event types, participant roles and predicates, and the open lists of actor,
    /// source, role and place kinds (the standard terms plus any the knowledge base declares).
    /// </summary>
    public sealed class Vocabulary
    {
        private readonly KnowledgeGraph _graph;
        private readonly int _terms;

        internal Vocabulary(KnowledgeGraph graph)
        {
            _graph = graph;
            EventTypes = graph.Records(graph.Reader.Section(FactTableFormat.EventTypes), (index, position) => Knowledge.EventType.Read(graph, position));
            ParticipantRoles = graph.Records(graph.Reader.Section(FactTableFormat.ParticipantRoles), (index, position) => Knowledge.ParticipantRole.Read(graph, position));
            Predicates = graph.Records(graph.Reader.Section(FactTableFormat.Predicates), (index, position) => Knowledge.Predicate.Read(graph, position));
            _terms = graph.Reader.Section(FactTableFormat.Terms);
            ActorKinds = graph.Records(Part(0), (index, position) => Knowledge.ActorKind.Read(graph, position));
            SourceKinds = graph.Records(Part(1), (index, position) => Knowledge.SourceKind.Read(graph, position));
            RoleKinds = graph.Records(Part(2), (index, position) => Knowledge.RoleKind.Read(graph, position));
            PlaceKinds = graph.Records(Part(3), (index, position) => Knowledge.PlaceKind.Read(graph, position));
        }

        /// <summary>Every event type, ordered by id.</summary>
        public IReadOnlyList<EventType> EventTypes { get; }

        /// <summary>Every participant role, ordered by id.</summary>
        public IReadOnlyList<ParticipantRole> ParticipantRoles { get; }

        /// <summary>Every predicate, ordered by id.</summary>
        public IReadOnlyList<Predicate> Predicates { get; }

        /// <summary>Every actor kind, ordered by id.</summary>
        public IReadOnlyList<ActorKind> ActorKinds { get; }

        /// <summary>Every source kind, ordered by id.</summary>
        public IReadOnlyList<SourceKind> SourceKinds { get; }

        /// <summary>Every role kind, ordered by id.</summary>
        public IReadOnlyList<RoleKind> RoleKinds { get; }

        /// <summary>Every place kind, ordered by id.</summary>
        public IReadOnlyList<PlaceKind> PlaceKinds { get; }

        /// <summary>The event type with this id.</summary>
        /// <exception cref="KeyNotFoundException">No event type has that id.</exception>
        public EventType EventType([KnowledgeId("EventTypes")] string id) => (EventType)Term("eventTypes", id);

        /// <summary>The participant role with this id.</summary>
        /// <exception cref="KeyNotFoundException">No participant role has that id.</exception>
        public ParticipantRole ParticipantRole([KnowledgeId("ParticipantRoles")] string id) => (ParticipantRole)Term("participantRoles", id);

        /// <summary>The predicate with this id.</summary>
        /// <exception cref="KeyNotFoundException">No predicate has that id.</exception>
        public Predicate Predicate([KnowledgeId("Predicates")] string id) => (Predicate)Term("predicates", id);

        /// <summary>The actor kind with this id.</summary>
        /// <exception cref="KeyNotFoundException">No actor kind has that id.</exception>
        public ActorKind ActorKind([KnowledgeId("ActorKinds")] string id) => (ActorKind)Term("actorKinds", id);

        /// <summary>The source kind with this id.</summary>
        /// <exception cref="KeyNotFoundException">No source kind has that id.</exception>
        public SourceKind SourceKind([KnowledgeId("SourceKinds")] string id) => (SourceKind)Term("sourceKinds", id);

        /// <summary>The role kind with this id.</summary>
        /// <exception cref="KeyNotFoundException">No role kind has that id.</exception>
        public RoleKind RoleKind([KnowledgeId("RoleKinds")] string id) => (RoleKind)Term("roleKinds", id);

        /// <summary>The place kind with this id.</summary>
        /// <exception cref="KeyNotFoundException">No place kind has that id.</exception>
        public PlaceKind PlaceKind([KnowledgeId("PlaceKinds")] string id) => (PlaceKind)Term("placeKinds", id);

        /// <summary>The term with this id in the vocabulary named by its section ("eventTypes", "placeKinds", ...).</summary>
        /// <exception cref="KeyNotFoundException">No such vocabulary or term.</exception>
        public Term Term(string vocabulary, string id)
        {
            var (terms, start, what) = Named(vocabulary);
            return Find(terms, start, id, what);
        }

        /// <summary>The term at <paramref name="index"/> (its position by id) in the vocabulary named by its section.</summary>
        internal Term TermAt(string vocabulary, int index) => Named(vocabulary).Terms[index];

        // A vocabulary by its section's name: its terms, where its records start, and what a term of it is called.
        private (IReadOnlyList<Term> Terms, int Start, string What) Named(string vocabulary) => vocabulary switch
        {
            "eventTypes" => (EventTypes, _graph.Reader.Section(FactTableFormat.EventTypes), "event type"),
            "participantRoles" => (ParticipantRoles, _graph.Reader.Section(FactTableFormat.ParticipantRoles), "participant role"),
            "predicates" => (Predicates, _graph.Reader.Section(FactTableFormat.Predicates), "predicate"),
            "actorKinds" => (ActorKinds, Part(0), "actor kind"),
            "sourceKinds" => (SourceKinds, Part(1), "source kind"),
            "roleKinds" => (RoleKinds, Part(2), "role kind"),
            "placeKinds" => (PlaceKinds, Part(3), "place kind"),
            _ => throw new KeyNotFoundException($"There is no vocabulary '{vocabulary}'."),
        };

        private int Part(int index) => _terms + _graph.Reader.Int32(_terms + 4 + 4 * index);

        private T Find<T>(IReadOnlyList<T> terms, int start, string id, string what) =>
            _graph.IndexAt(start, id) is int index ? terms[index] : throw new KeyNotFoundException($"The knowledge base has no {what} '{id}'.");
    }
}
